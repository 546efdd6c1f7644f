import { proxyActivities } from '@temporalio/workflow';
import type { DeliveryCounts, PolicyActivationActivities, PolicyActivationInput } from '@waardenpoort/domain';

/**
 * The delivery of an activation's re-assessment requests (issue 20) survives the API and the worker stopping: the
 * activity pages the pending rows, heartbeats, and returns after a bounded share of them; each request carries the
 * activation's stable Update id, so a retried page never asks a project twice. A temporary failure is retried with
 * backoff for up to a day; a project that does not answer after the activity's own retries is recorded as failed,
 * so every run ends with no row pending.
 */
const { deliverReassessments } = proxyActivities<PolicyActivationActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '2 minutes',
  scheduleToCloseTimeout: '1 day',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '5 minutes' },
});

export async function policyActivationWorkflow(input: PolicyActivationInput): Promise<DeliveryCounts> {
  for (;;) {
    const counts = await deliverReassessments(input);
    if (counts.pending === 0) return counts;
  }
}
