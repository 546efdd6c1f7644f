import { Injectable, Logger } from '@nestjs/common';
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { canonicalJson, type Actor, type ProjectSnapshot } from '@waardenpoort/domain';
import { IdempotencyRepository, projectScope, type StoredAnswer } from '@waardenpoort/persistence';
import { actionUpdateId, ProjectWorkflows } from '@waardenpoort/temporal';
import { createHash, randomUUID } from 'node:crypto';
import { RefusalRecorder } from '../auth/refusal-recorder';
import { ProblemException } from '../common/problem.exception';
import type { ProblemDetails } from '../common/problem';
import type { ProjectResponseDto } from '../projects/dto/project.response';
import { ProjectsService } from '../projects/projects.service';
import { TaskAssignmentService } from '../tasks/task-assignment.service';

/** How each refusal of the workflow's validators reads over HTTP. */
const REFUSAL_STATUS: Record<string, number> = {
  'missing-role': 403,
  'segregation-of-duties': 403,
  'invalid-payload': 422,
  'invalid-answers': 422,
  'missing-answers': 422,
  'gate-not-active': 409,
  'wrong-step': 409,
  'project-on-hold': 409,
  'project-closed': 409,
  'limit-reached': 409,
  'task-claimed': 409,
  'task-delegated': 409,
};

/** Sends a person's action to the project's workflow as an Update and answers with the project it returns. */
@Injectable()
export class GatesService {
  private readonly logger = new Logger(GatesService.name);

  constructor(
    private readonly workflows: ProjectWorkflows,
    private readonly projects: ProjectsService,
    private readonly refusals: RefusalRecorder,
    private readonly idempotency: IdempotencyRepository,
    private readonly assignments: TaskAssignmentService,
  ) {}

  /**
   * Sends the action as an Update whose id comes from the request's Idempotency-Key (scoped to the caller and the
   * project; a fresh one when the request has none). With a key, the first answer (status and body, an acceptance
   * or a refusal) is stored, and a retry gets exactly that answer; the same key with another action or body is 422.
   */
  async act<A extends { actor: Actor }>(
    projectId: string,
    update: UpdateDefinition<ProjectSnapshot, [A]>,
    payload: A,
    idempotencyKey?: string,
  ): Promise<ProjectResponseDto> {
    const t0 = performance.now();
    // 404 for a project we do not know. Not the read scope: whether the actor may act is the workflow's to decide
    // (and a refusal is recorded), and a refused attempt answers no more than that it was refused.
    await this.projects.assertExists(projectId);
    const actor = payload.actor;
    const scope = projectScope(projectId);
    let updateId = `action-${randomUUID()}`;
    if (idempotencyKey !== undefined) {
      const { actor: _actor, ...body } = payload;
      const requestHash = createHash('sha256')
        .update(canonicalJson({ action: update.name, body }))
        .digest('hex');
      const claim = await this.idempotency.claim(actor.sub, idempotencyKey, requestHash, projectId, scope);
      if (claim.outcome === 'conflict') {
        throw new ProblemException(
          422,
          'This Idempotency-Key was used before with another action or request body. Use a new key for a new action.',
          { slug: 'idempotency-key-reused' },
        );
      }
      // A retry of a request that was answered: the same answer again, and nothing recorded twice.
      if (claim.outcome === 'replay' && claim.answer) return replay(claim.answer);
      updateId = actionUpdateId(projectId, actor.sub, idempotencyKey);
    }
    const remember = async (answer: StoredAnswer): Promise<{ first: boolean; answer: StoredAnswer }> => {
      if (idempotencyKey === undefined) return { first: true, answer };
      const stored = await this.idempotency.answer(actor.sub, scope, idempotencyKey, answer);
      return { first: stored === answer, answer: stored };
    };
    let snapshot: ProjectSnapshot;
    let sentAt = t0;
    try {
      // Someone else holding the task (a claim, a delegation) refuses the action here, recorded like the workflow's
      // refusals; a substitute or delegate acts for the person the task is theirs (`actingFor`, never the body's).
      const actingFor = await this.assignments.beforeAction(projectId, update.name, actor);
      const sent = actingFor ? { ...payload, actingFor } : payload;
      sentAt = performance.now();
      snapshot = await this.workflows.executeUpdate(projectId, update, [sent], { updateId });
    } catch (err) {
      const problem = err instanceof ProblemException ? err : this.toProblem(err, projectId);
      const { status } = problem.problem;
      if (status === 403 || status === 409 || status === 422) {
        const { first, answer } = await remember({ status, body: problem.problem });
        if (!first) return replay(answer);
        await this.refusals.record(projectId, actor, {
          action: update.name,
          code: problem.problem.type.split('/').pop() ?? 'refused',
          reason: problem.problem.detail ?? '',
        });
      }
      // A 503 is not remembered: the retry sends the same Update id, which Temporal applies at most once.
      throw problem;
    }
    // The Update answers with the project as this action recorded it: no second read of the read model.
    const answeredAt = performance.now();
    const project = this.projects.answerAfterAction(snapshot, actor);
    const { answer } = await remember({ status: 200, body: project });
    // Issue 21's breakdown of a gate action, at LOG_LEVEL=debug: checks before the Update, the Update, the answer.
    this.logger.debug(
      `${update.name} on ${projectId}: before the Update ${ms(sentAt - t0)} ms, Update ${ms(answeredAt - sentAt)} ms, ` +
        `answer ${ms(performance.now() - answeredAt)} ms`,
    );
    return replay(answer);
  }

  private toProblem(err: unknown, projectId: string): ProblemException {
    if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
      const type = err.cause.type ?? 'refused';
      const status = REFUSAL_STATUS[type] ?? 422;
      const issues = err.cause.details?.[0];
      return new ProblemException(status, err.cause.message, {
        slug: type,
        title: 'Action refused',
        ...(Array.isArray(issues)
          ? {
              errors: (issues as Array<Record<string, unknown>>).map(issueField),
            }
          : {}),
      });
    }
    if (err instanceof WorkflowNotFoundError || /already completed|not found/i.test((err as Error).message ?? '')) {
      return new ProblemException(409, `Project ${projectId} is closed; its workflow no longer takes actions.`, {
        slug: 'project-closed',
      });
    }
    this.logger.warn(`update on project ${projectId} failed: ${(err as Error).message}`);
    return new ProblemException(503, 'The workflow engine did not answer; the action was not recorded. Try again.', {
      slug: 'workflow-engine-unavailable',
      headers: { 'Retry-After': '5' },
    });
  }
}

function ms(n: number): string {
  return n.toFixed(1);
}

/** A refusal's issue as a problem's field error: a quick-scan answer, or a register entry's field (Dutch first). */
function issueField(i: Record<string, unknown>): { field: string; messages: string[] } {
  if (typeof i.register === 'string') {
    const m = i.message as { nl: string; en: string };
    return { field: `entries.${i.register}.${String(i.field)}`, messages: [m.nl, m.en] };
  }
  const question = typeof i.questionId === 'string' ? i.questionId : null;
  return { field: question ? `answers.${question}` : 'answers', messages: [String(i.message)] };
}

/** The stored answer as the first request got it: the project, or the refusal thrown again as the same problem. */
function replay(answer: StoredAnswer): ProjectResponseDto {
  if (answer.status < 400) return answer.body as ProjectResponseDto;
  const { status: _status, detail, instance: _instance, ...rest } = answer.body as ProblemDetails;
  throw new ProblemException(answer.status, detail ?? '', rest);
}
