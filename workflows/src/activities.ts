import { ApplicationFailure, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { ProjectActivities, Refusal } from '@waardenpoort/domain';

/**
 * Every activity has a bound on its retries. The read model and the audit trail catch up through a PostgreSQL outage
 * of up to six hours; after that (or at once, for data PostgreSQL refuses: a non-retryable failure of the activity)
 * the step needs attention, the CIO office is told, and the transition is kept in the workflow and written on the
 * next action or the hourly retry. Nothing is lost, and nothing waits forever. (Retry options are not part of what
 * replay compares; what a run does after a failure is, so that sits behind BOUNDED_ACTIVITIES.)
 */
export const bounded = {
  publishing: proxyActivities<ProjectActivities>({
    // One small transaction; a minute covers a slow database.
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '6 hours',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  }),
  // Calendar lookups and the policy read: a worker or database hiccup, not an outage, is worth waiting for; after
  // that the workflow plans with the calendar without holidays and keeps its policy, and says so.
  planning: proxyActivities<ProjectActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '10 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  }),
  // Runs started with `activities: 'local'` (issue 21) run planning and publishing as local activities, with the
  // same bounds, inside the workflow task. As activity tasks each cost a dispatch through the history service's
  // transfer queue and a workflow task for its result (some 90 ms on the dev server, whose transfer queue loads at
  // most 20 times a second per shard). Planning is a pure function of the calendar; publishTransition is one
  // transaction, idempotent by id, so a local activity's at-least-once is an activity's; the Update still answers
  // only after it committed, and its result is still recorded (a marker). Past a minute of retries the SDK waits on a
  // timer between attempts. Not behind patched(): its marker upserts TemporalChangeVersion on every project's start.
  localPublishing: proxyLocalActivities<ProjectActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '6 hours',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  }),
  localPlanning: proxyLocalActivities<ProjectActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '10 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  }),
};

/**
 * What a run does when an activity fails for good: mark the step as needing attention and go on. Asked only after a
 * failure (histories recorded before never had one: their activities retried without a limit), so a run that never
 * fails records no marker and no TemporalChangeVersion upsert.
 */
export const BOUNDED_ACTIVITIES = 'bounded-activities-needs-attention';

/** Refusals become ApplicationFailures whose type is the refusal code, so the API can map them to HTTP. */
export function refusalFailure(r: Refusal): ApplicationFailure {
  return ApplicationFailure.create({
    type: r.refusal.code,
    message: r.refusal.message,
    nonRetryable: true,
    ...(r.refusal.details !== undefined ? { details: [r.refusal.details] } : {}),
  });
}

/** A deep copy through JSON: the state is plain data, and handlers must not hand out the live object. */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
