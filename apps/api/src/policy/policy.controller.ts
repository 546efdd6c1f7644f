import { Body, Controller, Get, HttpCode, Param, Post, type PipeTransform } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  evaluateQuickScan,
  QuickScanAnswersError,
  ROLES,
  visibleQuestions,
  type Actor,
  type QuickScanAnswers,
  type QuickScanOutcome,
} from '@waardenpoort/domain';
import { PolicyRepository, type PolicyVersionEntity } from '@waardenpoort/persistence';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { ActivePolicy } from './active-policy';
import { PolicyActivationService } from './policy-activation.service';
import { policyFromBody } from './policy-body';
import { EvaluateQuickScanDto, MAX_POLICY_VERSION } from './policy.dto';

export { SYSTEM_AUDIT_ID } from './policy-activation.service';

/** A whole number from 1 to MAX_POLICY_VERSION; anything else (1e309, -1, 99999999999, NaN) is a 400 naming it. */
const versionPipe = (): PipeTransform<unknown, number> => ({
  transform(value: unknown): number {
    // The global pipe made a number of it already (NaN when it was none).
    const version = typeof value === 'number' || typeof value === 'string' ? Number(value) : NaN;
    if (!Number.isInteger(version) || version < 1 || version > MAX_POLICY_VERSION) {
      throw new ProblemException(400, `The version must be a whole number from 1 to ${MAX_POLICY_VERSION}.`, {
        slug: 'validation',
        errors: [{ field: 'version', messages: [`version must be a whole number from 1 to ${MAX_POLICY_VERSION}`] }],
      });
    }
    return version;
  },
});

function summary(v: PolicyVersionEntity): Record<string, unknown> {
  return {
    id: v.policyId,
    version: v.version,
    title: v.title,
    effectiveFrom: v.effectiveFrom,
    sha256: v.sha256,
    source: v.source,
    active: v.active,
    activatedAt: v.activatedAt.toISOString(),
    activatedBy: v.activatedBySub ? { sub: v.activatedBySub, name: v.activatedByName } : null,
  };
}

@ApiTags('policy')
@ApiBearerAuth()
@Controller('api/v1')
export class PolicyController {
  constructor(
    private readonly active: ActivePolicy,
    private readonly policies: PolicyRepository,
    private readonly activations: PolicyActivationService,
  ) {}

  @Get('policy')
  @Roles(...ROLES)
  @ApiOkResponse({ description: 'The policy in force, with its questionnaire, rules and gate timing' })
  async current(): Promise<Record<string, unknown>> {
    const stored = await this.policies.active(this.active.policyId);
    if (!stored) throw new ProblemException(503, 'No policy is in force yet.', { slug: 'no-policy' });
    return { ...summary(stored), policy: stored.document };
  }

  @Get('policy/versions')
  @Roles(...ROLES)
  @ApiOkResponse({ description: 'Every version that was in force, newest first' })
  async versions(): Promise<Array<Record<string, unknown>>> {
    return (await this.policies.list(this.active.policyId)).map(summary);
  }

  @Get('policy/versions/:version')
  @Roles(...ROLES)
  @ApiOkResponse({ description: 'One stored version, whole' })
  @ApiNotFoundResponse({ description: 'No such version' })
  async version(@Param('version', versionPipe()) version: number): Promise<Record<string, unknown>> {
    const stored = await this.policies.byVersion(this.active.policyId, version);
    if (!stored) {
      throw new ProblemException(404, `Policy ${this.active.policyId} has no version ${version}.`, {
        slug: 'policy-version-not-found',
      });
    }
    return { ...summary(stored), policy: stored.document };
  }

  /** Only the CIO office activates a policy; an invalid one is refused with every problem, and nothing changes. */
  @Post('policy/versions')
  @HttpCode(201)
  @Roles('cio-office')
  @ApiBody({ description: 'A complete policy document (the JSON form of policy/*.yaml)', schema: { type: 'object' } })
  @ApiCreatedResponse({ description: 'Stored and in force for new projects, re-evaluations and amendments' })
  @ApiForbiddenResponse({ description: 'Only the CIO office activates a policy' })
  @ApiUnprocessableEntityResponse({ description: 'The policy is invalid; `errors` lists each problem with its path' })
  @ApiConflictResponse({ description: 'The version is not newer than the highest so far' })
  async activate(
    @Body() body: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ): Promise<Record<string, unknown>> {
    const policy = policyFromBody(
      body,
      this.active.policyId,
      'The policy is invalid; the active version stays in force.',
    );
    // Recorded as an activation that keeps every running project on its version (GET /policy/activations lists it).
    const { stored } = await this.activations.activate(policy, 'none', null, actor);
    return summary(stored);
  }

  /** A dry run for a case owner: answers in, the route and its reasons out, nothing stored. */
  @Post('quick-scan/evaluate')
  @Roles(...ROLES)
  @HttpCode(200)
  @ApiOkResponse({ description: 'The outcome, every rule that fired with its source, and the questions shown' })
  @ApiUnprocessableEntityResponse({ description: 'Answers missing or invalid; `errors` names each question' })
  async evaluate(@Body() dto: EvaluateQuickScanDto): Promise<QuickScanOutcome & { shownQuestions: string[] }> {
    let policy = await this.active.current();
    if (dto.policyVersion !== undefined) {
      const stored = await this.policies.byVersion(this.active.policyId, dto.policyVersion);
      if (!stored)
        throw new ProblemException(404, `There is no policy version ${dto.policyVersion}.`, {
          slug: 'policy-version-not-found',
        });
      policy = stored.document;
    }
    try {
      const outcome = evaluateQuickScan(policy, dto.answers as QuickScanAnswers);
      return { ...outcome, shownQuestions: visibleQuestions(policy, dto.answers as QuickScanAnswers).map((q) => q.id) };
    } catch (err) {
      if (err instanceof QuickScanAnswersError) {
        throw new ProblemException(422, err.message, {
          slug: err.code,
          title: err.code === 'missing-answers' ? 'Answers missing' : 'Invalid answers',
          errors: err.issues.map((i) => ({
            field: i.questionId ? `answers.${i.questionId}` : 'answers',
            messages: [i.message],
          })),
        });
      }
      throw err;
    }
  }
}
