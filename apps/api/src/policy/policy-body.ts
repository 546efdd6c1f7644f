import { checkPolicy, InvalidPolicyError } from '@waardenpoort/persistence';
import type { Policy } from '@waardenpoort/domain';
import { ProblemException } from '../common/problem.exception';

/**
 * A policy document from a request body, validated as every version is (the schema and the meaning checks) and of
 * this deployment's policy: a 422 naming each problem by its path otherwise. Activation and the what-if both take it.
 */
export function policyFromBody(body: unknown, deployedPolicyId: string, refusal: string): Policy {
  let policy: Policy;
  try {
    policy = checkPolicy(body, 'request body');
  } catch (err) {
    if (err instanceof InvalidPolicyError) {
      throw new ProblemException(422, refusal, {
        slug: 'invalid-policy',
        title: 'Invalid policy',
        errors: err.errors.map((e) => ({ field: e.path || '/', messages: [e.message] })),
      });
    }
    throw err;
  }
  if (policy.id !== deployedPolicyId) {
    throw new ProblemException(422, `This deployment runs policy "${deployedPolicyId}", not "${policy.id}".`, {
      slug: 'invalid-policy',
      errors: [{ field: '/id', messages: [`must be ${deployedPolicyId}`] }],
    });
  }
  return policy;
}
