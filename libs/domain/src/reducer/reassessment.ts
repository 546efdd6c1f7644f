import { requireCleanText, requireOpen, requireRole } from '../checks';
import type { GateId } from '../gates';
import { gateApplies, gateOf, isClosed, nextGateAfter, refuse } from '../lifecycle';
import { evaluateQuickScan, QuickScanAnswersError, rulesComingIntoForce } from '../policy';
import { OUTCOME_DIMENSIONS, type OutcomeValues } from '../policy/types';
import type { ProjectRoute, ProjectSnapshot, ReassessmentTrigger, TimerEntry } from '../project';
import { openPublication, registersChanged } from '../registers/lifecycle';
import { ROUTE_DEPENDENT_GATES, routeIncludes, type RouteDependentGate } from '../route-gates';
import type { ActionPayload as Of } from './commands';
import type { Draft } from './draft';

/**
 * Re-assessment (issue 20). A running project's route is assessed again when the CIO office re-routes it after
 * activating a policy version, when its case owner amends it, when its re-evaluation is due, and when a dated rule of
 * its policy comes into force. The new route is compared with the old one and only the gates that now apply reopen:
 * completed work stands, work in progress goes on, and the decision is taken again only when a gate before it
 * reopened. Behind the patch `targeted-reassessment`: histories recorded before it replay the full restart of old.
 */
export const TARGETED_REASSESSMENT = 'targeted-reassessment';

/** What became of one gate in a re-assessment, as recorded in `route-reassessed`. */
export type GateReassessment =
  /** Completed before and still on the route, or completed and no longer needed: its work stands */
  | 'stands'
  /** Open (active or waiting): the work in progress goes on */
  | 'continues'
  /** Newly on the route (or to be done again after a new decision): it opens in its turn */
  | 'reopens'
  /** On the route before and now, not reached yet: nothing changes for it */
  | 'ahead'
  /** Not on the route (any more) and not done */
  | 'not-required';

/** Only the CIO office re-routes a project, for an activation it made; the project must be running. */
export function checkReassessmentRequest(s: ProjectSnapshot, a: Of<'request-reassessment'>): void {
  requireCleanText(a);
  requireOpen(s);
  requireRole(a.actor, ['cio-office'], 'requesting a re-assessment');
  if (typeof a.activationId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(a.activationId)) {
    refuse('invalid-payload', 'activationId must be 1 to 64 letters, digits or dashes');
  }
  if (a.scope !== 'affected' && a.scope !== 'all') refuse('invalid-payload', 'scope must be affected or all');
  if (typeof a.verdict !== 'string' || a.verdict.length > 64) refuse('invalid-payload', 'verdict must be a short text');
  const p: unknown = a.policy;
  const ref = (typeof p === 'object' && p !== null ? p : {}) as { id?: unknown; version?: unknown };
  if (typeof ref.id !== 'string' || ref.id.length > 200 || !Number.isSafeInteger(ref.version)) {
    refuse('invalid-payload', 'policy must be { id, version }');
  }
}

/** A decision waits for the route: while a re-assessment's quick-scan is open, the decision cannot be taken. */
export function checkNotBeingReassessed(s: ProjectSnapshot): void {
  if (s.reassessment?.phase === 'quick-scan' && gateOf(s, 'quick-scan').state === 'active') {
    refuse('wrong-step', 'the route is being re-assessed: the new quick-scan comes first');
  }
}

export function requestReassessment(d: Draft, a: Of<'request-reassessment'>): void {
  begin(d, 'policy-activation', a.activationId, 'loading-policy');
  d.emit('reassessment-requested', null, a.actor, {
    activationId: a.activationId,
    scope: a.scope,
    verdict: a.verdict,
    policy: { id: a.policy.id, version: a.policy.version },
    fromPolicy: d.s.policy,
  });
  d.effects.push({ kind: 'load-policy' });
}

/** Marks a re-assessment as begun; the route it will be compared with is the project's route as it stands. */
export function begin(
  d: Draft,
  trigger: ReassessmentTrigger,
  activationId: string | null,
  phase: 'loading-policy' | 'quick-scan',
): void {
  const s = d.s;
  s.reassessment = {
    trigger,
    requestedAt: d.now,
    activationId,
    phase,
    fromPolicy: s.route ? { ...s.route.outcome.policy } : { ...s.policy },
  };
}

/** Whether `policy-loaded` is for a re-assessment (else it is an amendment of old: a full restart). */
export function isLoadingForReassessment(s: ProjectSnapshot): boolean {
  return s.reassessment?.phase === 'loading-policy';
}

/**
 * The policy in force is read: the project follows it from now on, and its case owner gets a new quick-scan task.
 * Work in progress at another gate goes on beside it (a decision waits); the route is compared when it is submitted.
 */
export function reassessmentPolicyLoaded(d: Draft): void {
  const s = d.s;
  const r = s.reassessment;
  if (!r) return;
  d.effects.push({ kind: 'use-policy', policy: d.policy });
  s.policy = { id: d.policy.id, version: d.policy.version };
  s.cycle += 1;
  r.phase = 'quick-scan';
  // A decision on the table waits for the new route; other work in progress goes on.
  const decision = gateOf(s, 'portfolio-decision');
  if (decision.state === 'active') {
    Object.assign(decision, { state: 'pending', step: null, dueAt: null });
    d.dropTimers('portfolio-decision');
  }
  d.emit('reassessment-started', 'quick-scan', null, {
    trigger: r.trigger,
    activationId: r.activationId,
    fromPolicy: r.fromPolicy,
    policy: s.policy,
  });
  d.openGate('quick-scan');
}

interface GateLine {
  gate: RouteDependentGate | 'portfolio-decision';
  wasRequired: boolean;
  required: boolean;
  action: GateReassessment;
}

const dimensionsOf = (o: OutcomeValues): OutcomeValues =>
  Object.fromEntries(OUTCOME_DIMENSIONS.map((k) => [k, o[k]])) as unknown as OutcomeValues;

const PRE_DECISION: readonly GateId[] = ['dpia', 'commission-reflection'];
const POST_DECISION: readonly GateId[] = ['publication', 'council-information'];

/**
 * Compares the project's new route (already in `s.route`) with `before` and reopens only the gates that now apply.
 * A project in use stays in use unless a gate before the decision reopened: then the decision is taken again (and
 * the publication and the council follow it as on a first pass). Gates after the decision that now apply open at
 * once for a project that stays in use.
 */
export function reconcileRoute(
  d: Draft,
  before: ProjectRoute,
  trigger: ReassessmentTrigger,
  extra: Record<string, unknown> = {},
): void {
  const s = d.s;
  const choicesBefore = {
    dpiaOptIn: before.dpiaOptIn,
    reflectionRequested: s.reflectionRequests.length > 0,
    councilRequired: (s.councilRequired ?? null) !== null,
  };
  const inUse = s.status === 'in-use';
  const lines: GateLine[] = [];
  for (const gate of ROUTE_DEPENDENT_GATES) {
    const g = gateOf(s, gate);
    const wasRequired = routeIncludes(gate, before.outcome, choicesBefore);
    const required = gateApplies(s, gate);
    let action: GateReassessment;
    if (g.state === 'active' || g.state === 'waiting') action = 'continues';
    else if (g.state === 'completed') action = 'stands';
    else if (required) action = wasRequired && g.state === 'pending' ? 'ahead' : 'reopens';
    else action = 'not-required';
    if (action === 'reopens' || action === 'ahead') g.state = 'pending';
    if (action === 'not-required') g.state = 'not-required';
    lines.push({ gate, wasRequired, required, action });
  }
  const retake = inUse && lines.some((l) => PRE_DECISION.includes(l.gate) && l.action === 'reopens');
  if (retake) {
    s.status = 'active';
    s.decision = null;
    Object.assign(gateOf(s, 'portfolio-decision'), { state: 'pending', outcome: null, completedAt: null });
    // The publication and the council follow the new decision, as on a first pass: work on them for the old
    // decision stops.
    for (const l of lines) {
      if (!POST_DECISION.includes(l.gate)) continue;
      const g = gateOf(s, l.gate);
      if (!l.required && l.action !== 'continues') continue;
      const state = l.required ? 'pending' : 'not-required';
      Object.assign(g, { state, step: null, dueAt: null, outcome: null, completedAt: null });
      d.dropTimers(l.gate);
      l.action = l.required ? 'reopens' : 'not-required';
    }
  }
  const decision = gateOf(s, 'portfolio-decision');
  const before1st = lines.some((l) => PRE_DECISION.includes(l.gate) && l.action === 'reopens');
  if (decision.state === 'active' && before1st) {
    // The decision was on the table: what now applies before it goes first.
    Object.assign(decision, { state: 'pending', step: null, dueAt: null });
    d.dropTimers('portfolio-decision');
  }
  lines.push({
    gate: 'portfolio-decision',
    wasRequired: true,
    required: true,
    action:
      decision.state === 'completed'
        ? 'stands'
        : decision.state === 'active'
          ? 'continues'
          : inUse
            ? 'reopens'
            : 'ahead',
  });
  const changed = OUTCOME_DIMENSIONS.some((k) => before.outcome[k] !== s.route?.outcome[k]);
  const reopened = lines.filter((l) => l.action === 'reopens' && l.gate !== 'portfolio-decision').map((l) => l.gate);
  d.emit('route-reassessed', null, null, {
    trigger,
    ...extra,
    changed,
    from: dimensionsOf(before.outcome),
    to: s.route ? dimensionsOf(s.route.outcome) : null,
    gates: lines,
    reopened,
    decisionRetaken: retake,
  });
  if (inUse && !retake) {
    if (trigger === 'reevaluation' && reopened.length === 0) d.emit('reevaluation-unchanged', 'quick-scan', null, {});
    return stayInUse(d, lines);
  }
  const open = s.gates.some((g) => g.gate !== 'quick-scan' && (g.state === 'active' || g.state === 'waiting'));
  if (!open) d.openGate(nextGateAfter(s, 'quick-scan'));
}

/** A project in use whose decision stands: what newly applies after the decision opens now. */
function stayInUse(d: Draft, lines: GateLine[]): void {
  const s = d.s;
  const publication = lines.find((l) => l.gate === 'publication');
  const council = lines.find((l) => l.gate === 'council-information');
  const publish = publication?.required === true && (publication.action === 'reopens' || registersChanged(s));
  if (publish) openPublication(d);
  else if (council?.action === 'reopens') d.openGate('council-information');
}

/** After a quick-scan: a timer for each rule of the project's policy that comes into force later. */
export function planRulesInForce(d: Draft): void {
  const s = d.s;
  s.timers = s.timers.filter((t) => t.kind !== 'rule-in-force' || t.fired);
  rulesComingIntoForce(d.policy, d.now).forEach((r, i) => {
    const timer: TimerEntry = {
      ...d.timer('rule-in-force', null, null, r.at, i + 1, 'cio-office', null),
      ruleId: r.ruleId,
    };
    s.timers.push(timer);
  });
}

/**
 * A dated rule came into force: the recorded answers are evaluated again on the same policy version, now. When the
 * route changes, the gates that now apply reopen; either way the check is on the trail with what it evaluated, so
 * the route proof can repeat it.
 */
export function ruleCameIntoForce(d: Draft, t: TimerEntry): void {
  const s = d.s;
  const before = s.route;
  if (!before || isClosed(s) || s.reassessment?.phase === 'quick-scan') return;
  let outcome: ReturnType<typeof evaluateQuickScan>;
  try {
    outcome = evaluateQuickScan(d.policy, before.answers, { on: d.now });
  } catch (err) {
    if (err instanceof QuickScanAnswersError) return; // the same answers were accepted on this version before
    throw err;
  }
  const { ignoredAnswers: _ignored, ...kept } = outcome;
  const firedBefore = before.outcome.reasons.map((r) => r.ruleId).join(',');
  const firedNow = kept.reasons.map((r) => r.ruleId).join(',');
  const record = {
    ruleId: t.ruleId ?? null,
    evaluatedAt: d.now,
    answers: before.answers,
    outcome: kept,
    reasons: kept.reasons.map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, source: r.source.citation })),
  };
  if (firedBefore === firedNow) {
    d.emit('route-reassessed', null, null, {
      trigger: 'rule-in-force',
      ...record,
      changed: false,
      from: dimensionsOf(before.outcome),
      to: dimensionsOf(kept),
      gates: [],
      reopened: [],
      decisionRetaken: false,
    });
    return;
  }
  s.route = { ...before, outcome: kept, decidedAt: d.now };
  reconcileRoute(d, before, 'rule-in-force', record);
}
