import type { Policy } from './types';
import { Checker, type PolicyValidationResult } from './validate-checker';
import { checkMeaning } from './validate-meaning';
import { checkShape } from './validate-shape';

export {
  POLICY_DURATION_PATTERN,
  POLICY_ID_PATTERN,
  type PolicyValidationError,
  type PolicyValidationResult,
} from './validate-checker';
export { compareDurations } from './validate-shape';

/**
 * Checks an already parsed policy document (YAML or JSON, parsed elsewhere) without any library, so workflow code
 * and the browser can use it too. It covers what `policy/policy.schema.json` says about the shape, plus what a
 * schema cannot say: references between ids, option values, `showIf` looking only back, acyclic named
 * conditions, durations that parse. `scripts/policy-check.mjs` does the same with ajv plus its own cross-checks.
 *
 * Paths are JSON Pointers (RFC 6901), the form ajv reports: "/rules/3/when/all/0".
 *
 * The shape is checked in `validate-shape.ts`, the meaning in `validate-meaning.ts`, with the checker of
 * `validate-checker.ts`.
 *
 * Plain data in, a typed policy (a fresh copy, sharing nothing with the input) or every problem found out.
 */
export function validatePolicy(obj: unknown): PolicyValidationResult {
  const c = new Checker();
  checkShape(c, obj);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const policy = JSON.parse(JSON.stringify(obj)) as Policy;
  if (policy.conditions === undefined) policy.conditions = {};
  checkMeaning(c, policy);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, policy };
}
