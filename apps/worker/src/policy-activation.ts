import { Context } from '@temporalio/activity';
import { type DeliveryCounts, type PolicyActivationActivities, type ReassessmentRequest } from '@waardenpoort/domain';
import type { DeliveryOutcome, PolicyActivationRepository } from '@waardenpoort/persistence';
import { updateAnswerOf, type ProjectWorkflows } from '@waardenpoort/temporal';

export interface DeliveryDeps {
  activations: Pick<PolicyActivationRepository, 'byId' | 'pending' | 'settle' | 'counts'>;
  workflows: Pick<ProjectWorkflows, 'requestReassessment'>;
  /** Tells Temporal the activity lives (and where it is); a no-op outside an activity. */
  heartbeat?: (details: unknown) => void;
  /** Projects asked at the same time */
  concurrency?: number;
  /** Rows read per page */
  pageSize?: number;
  /** Rows handled per activity call before it returns (the workflow calls it again while rows are pending) */
  perCall?: number;
  /** Attempts per project before its row is recorded as failed, and the pause after the first */
  attempts?: number;
  retryDelayMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items` with at most `limit` at a time. */
async function bounded<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function activityHeartbeat(details: unknown): void {
  try {
    Context.current().heartbeat(details);
  } catch {
    // Not inside an activity (a unit test): nothing to tell.
  }
}

/**
 * The delivery activity (issue 20): each pending project of the activation gets the `requestReassessment` Update with
 * the activation's Update id (`reassess-<id>`: Temporal answers a repeated id with the first outcome, so a retried
 * page never asks twice), and its row records the answer. A refusal is final; an unknown outcome (no worker, a
 * deadline) is tried again a few times with the same id before the row is recorded as failed.
 */
export function createPolicyActivationActivities(deps: DeliveryDeps): PolicyActivationActivities {
  const heartbeat = deps.heartbeat ?? activityHeartbeat;
  const concurrency = deps.concurrency ?? 8;
  const pageSize = deps.pageSize ?? 100;
  const perCall = deps.perCall ?? 2_000;
  const attempts = deps.attempts ?? 3;
  const retryDelayMs = deps.retryDelayMs ?? 2_000;

  async function ask(payload: ReassessmentRequest, projectId: string): Promise<DeliveryOutcome> {
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      try {
        await deps.workflows.requestReassessment(projectId, payload);
        return { state: 'requested', at: new Date() };
      } catch (err) {
        const answer = updateAnswerOf(err);
        if (answer.kind === 'refused') return { state: 'refused', code: answer.code, message: answer.message };
        last = answer.message;
        if (attempt < attempts) await sleep(retryDelayMs * 2 ** (attempt - 1));
      }
    }
    return { state: 'failed', code: 'no-answer', message: last };
  }

  return {
    async deliverReassessments({ activationId }): Promise<DeliveryCounts> {
      const activation = await deps.activations.byId(activationId);
      if (!activation) return { requested: 0, refused: 0, failed: 0, pending: 0 };
      if (activation.reroute === 'none') return activation.delivered;
      const scope = activation.reroute;
      let handled = 0;
      while (handled < perCall) {
        const page = await deps.activations.pending(activationId, Math.min(pageSize, perCall - handled));
        if (page.length === 0) break;
        await bounded(page, concurrency, async (row) => {
          const payload: ReassessmentRequest = {
            actor: activation.activatedBy,
            activationId,
            policy: { id: activation.policyId, version: activation.version },
            scope,
            verdict: row.verdict,
          };
          await deps.activations.settle(activationId, row.projectId, await ask(payload, row.projectId));
        });
        handled += page.length;
        heartbeat({ handled });
      }
      return deps.activations.counts(activationId);
    },
  };
}
