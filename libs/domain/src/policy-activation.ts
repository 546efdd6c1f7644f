import { CLOSED_PROJECT_STATUSES } from './project';
import type { WhatIfVerdict } from './what-if';

/**
 * Activating a policy version with intent (issue 20): per activation the CIO office chooses what happens to the
 * running projects. `none`: they stay on the version they are pinned to (the default); `affected`: a new quick-scan
 * for the projects whose route would change under the new version (what-if verdict `changed`) or that it asks
 * questions they never answered (`needs-new-quick-scan`); `all`: every running project, also those without a
 * quick-scan yet. Closed projects are never selected: their workflows take no action any more.
 */
export const REROUTE_CHOICES = ['none', 'affected', 'all'] as const;
export type Reroute = (typeof REROUTE_CHOICES)[number];

/** The what-if verdicts `affected` re-routes: the route would change, or cannot be known without new answers. */
export const REROUTED_VERDICTS: readonly WhatIfVerdict[] = ['changed', 'needs-new-quick-scan'];

/**
 * Where the re-assessment request to one selected project stands: `pending` until the delivery sent it; then
 * `requested` (the project's workflow accepted it), `refused` (it said no, with its code: closed, on hold, a
 * missing role, an invalid payload) or `failed` (no answer after the retries; the outcome is unknown).
 */
export const DELIVERY_STATES = ['pending', 'requested', 'refused', 'failed'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

const CLOSED: ReadonlySet<string> = new Set(CLOSED_PROJECT_STATUSES);

/** A running project: not closed (on hold counts: its workflow runs, and answers for itself). */
export function isRunningStatus(status: string): boolean {
  return !CLOSED.has(status);
}

/** Whether an activation with this choice re-routes a project of this status and what-if verdict. */
export function selectedForReroute(reroute: Reroute, status: string, verdict: WhatIfVerdict): boolean {
  if (reroute === 'none' || !isRunningStatus(status)) return false;
  return reroute === 'all' || REROUTED_VERDICTS.includes(verdict);
}

/** The Temporal workflow that delivers an activation's re-assessment requests (workflows/src). */
export const POLICY_ACTIVATION_WORKFLOW_TYPE = 'policyActivationWorkflow';

export function policyActivationWorkflowId(activationId: string): string {
  return `policy-activation-${activationId}`;
}

/**
 * The Update id of an activation's request to a project: the same on every attempt and after a restart, so a
 * project's workflow applies it at most once per activation (Temporal answers a repeated id with the first outcome).
 */
export function reassessmentUpdateId(activationId: string): string {
  return `reassess-${activationId}`;
}

export interface PolicyActivationInput {
  activationId: string;
}

export interface DeliveryCounts {
  requested: number;
  refused: number;
  failed: number;
  pending: number;
}

/** The activity of the delivery workflow; the worker implements it (apps/worker/src/policy-activation.ts). */
export interface PolicyActivationActivities {
  /**
   * Sends the re-assessment request to the pending projects of the activation, a page at a time with bounded
   * concurrency, and records each answer; returns after at most a bounded number of them with the counts then.
   */
  deliverReassessments(input: PolicyActivationInput): Promise<DeliveryCounts>;
}
