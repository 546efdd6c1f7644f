import { createHash } from 'node:crypto';
import { type Client, WorkflowExecutionAlreadyStartedError, type WorkflowHandle } from '@temporalio/client';
import { TypedSearchAttributes, type UpdateDefinition } from '@temporalio/common';
import {
  CurrentGateKey,
  DepartmentKey,
  NextDeadlineKey,
  ProjectStatusKey,
  projectStateQuery,
  requestReassessment,
  type ProjectWorkflow,
} from '@waardenpoort/contracts';
import {
  PROJECT_WORKFLOW_TYPE,
  reassessmentUpdateId,
  workflowIdFor,
  type ReassessmentRequest,
  type ProjectSnapshot,
  type ProjectWorkflowInput,
} from '@waardenpoort/domain';

export interface TemporalSettings {
  namespace: string;
  taskQueue: string;
}

/**
 * How long a start may take before the API gives up and answers 503. The client retries an unreachable server on
 * its own; without a deadline a caller would wait half a minute for a refusal.
 */
const START_DEADLINE_MS = 8_000;
const UPDATE_DEADLINE_MS = 20_000;
const QUERY_DEADLINE_MS = 5_000;

/**
 * The Temporal Update id of an action: derived from the caller's Idempotency-Key, scoped to the caller and the
 * project (the workflow is the project's), so keys of different people never meet. Hashed: subjects and keys may
 * hold any printable character, the id stays short and fixed in form.
 */
export function actionUpdateId(projectId: string, actorSub: string, idempotencyKey: string): string {
  const digest = createHash('sha256')
    .update(`${projectId.toLowerCase()}\n${actorSub}\n${idempotencyKey}`)
    .digest('hex');
  return `action-${digest}`;
}

/** Typed starters and handles for the project workflow; the only code that names its type and task queue. */
export class ProjectWorkflows {
  constructor(
    private readonly client: Client,
    private readonly settings: TemporalSettings,
  ) {}

  /**
   * Starts the workflow of a project. Starting twice is harmless: the workflow id is the project's, and a second
   * start finds the first (`started: false`). The start carries the search attributes the first publish would
   * set; with `nextDeadline` (the quick-scan's deadline, `computeDueDate` from the registration, as `planTask` plans
   * it) that is all of them, and the workflow, which upserts only what changed, sends none at intake.
   */
  async start(
    input: ProjectWorkflowInput,
    initial: { nextDeadline?: string | null } = {},
  ): Promise<{ workflowId: string; runId: string | null; started: boolean }> {
    const workflowId = workflowIdFor(input.projectId);
    try {
      const handle = await this.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.client.workflow.start<ProjectWorkflow>(PROJECT_WORKFLOW_TYPE, {
          workflowId,
          taskQueue: this.settings.taskQueue,
          // A policy read from PostgreSQL travels as a reference to its stored version (policy-converter.ts).
          args: [{ ...input, searchAttributeUpdates: 'changed', activities: 'local' }],
          workflowIdReusePolicy: 'REJECT_DUPLICATE',
          typedSearchAttributes: new TypedSearchAttributes([
            { key: ProjectStatusKey, value: 'active' },
            { key: CurrentGateKey, value: 'quick-scan' },
            { key: DepartmentKey, value: input.registration.department },
            ...(initial.nextDeadline ? [{ key: NextDeadlineKey, value: new Date(initial.nextDeadline) }] : []),
          ]),
        }),
      );
      return { workflowId, runId: handle.firstExecutionRunId, started: true };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, runId: null, started: false };
      throw err;
    }
  }

  /**
   * Runs an Update with a deadline: when no worker answers in time (a worker restarting, Temporal restarting) the
   * caller hears so instead of waiting forever. The action may still be applied later. `updateId` (from the
   * request's Idempotency-Key, see `actionUpdateId`) makes a retry of the same request attach to the first Update
   * instead of applying the action again: Temporal answers a repeated Update id with the first one's outcome.
   */
  async executeUpdate<Ret, Args extends [unknown]>(
    projectId: string,
    update: UpdateDefinition<Ret, Args>,
    args: Args,
    options: { updateId?: string; deadlineMs?: number } = {},
  ): Promise<Ret> {
    const deadlineMs = options.deadlineMs ?? UPDATE_DEADLINE_MS;
    return this.client.connection.withDeadline(Date.now() + deadlineMs, () =>
      this.handle(projectId).executeUpdate(update, {
        args,
        ...(options.updateId ? { updateId: options.updateId } : {}),
      }),
    );
  }

  /**
   * The CIO office's re-assessment request of one activation (issue 20), with the activation's Update id: asked again
   * (a retried delivery), the project answers with the first outcome and records it once.
   */
  async requestReassessment(projectId: string, request: ReassessmentRequest): Promise<ProjectSnapshot> {
    return this.executeUpdate(projectId, requestReassessment, [request], {
      updateId: reassessmentUpdateId(request.activationId),
    });
  }

  /** The workflow's own state (its Query), with a deadline: a worker that does not answer is an error, not a wait. */
  async state(projectId: string, deadlineMs = QUERY_DEADLINE_MS): Promise<ProjectSnapshot> {
    return this.client.connection.withDeadline(Date.now() + deadlineMs, () =>
      this.handle(projectId).query(projectStateQuery),
    );
  }

  handle(projectId: string): WorkflowHandle<ProjectWorkflow> {
    return this.client.workflow.getHandle(workflowIdFor(projectId));
  }

  /** Whether at least one worker polled the project task queue in the last `withinMs`. */
  async workerPolling(withinMs = 90_000): Promise<{ pollers: number }> {
    const res = await this.client.workflowService.describeTaskQueue({
      namespace: this.settings.namespace,
      taskQueue: { name: this.settings.taskQueue },
      taskQueueType: 1, // TASK_QUEUE_TYPE_WORKFLOW
    });
    const now = Date.now();
    const recent = (res.pollers ?? []).filter((p) => {
      const seconds = Number(p.lastAccessTime?.seconds ?? 0);
      return now - seconds * 1000 <= withinMs;
    });
    return { pollers: recent.length };
  }
}
