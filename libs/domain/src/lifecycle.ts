import { GATE_IDS, RETURNABLE_GATES, type GateId } from './gates';
import type { PolicySource } from './policy/types';
import { CLOSED_PROJECT_STATUSES } from './project';
import { routeIncludes } from './route-gates';
import type {
  ActionCounts,
  Advice,
  Contribution,
  Contributor,
  GateView,
  PersonRef,
  ProjectSnapshot,
  ProjectWorkflowInput,
} from './project';
import type { Actor } from './roles';

/**
 * The project as data: its first snapshot, the facts derived from it (contributors, counts, routing, deadlines) and
 * the refusal every check (./checks.ts) throws.
 */

export type RefusalCode =
  | 'gate-not-active'
  | 'wrong-step'
  | 'missing-role'
  | 'segregation-of-duties'
  | 'invalid-payload'
  | 'project-closed'
  | 'project-on-hold'
  | 'limit-reached';

export class ActionRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'ActionRefused';
  }
}

export function refuse(code: RefusalCode, message: string): never {
  throw new ActionRefused(code, message);
}

/** A gate as it stands before anything happened at it: pending, nobody assigned, no cycle yet. */
export function pendingGateView(gate: GateId): GateView {
  return {
    gate,
    state: 'pending',
    assigneeRole: null,
    assigneeSub: null,
    openedAt: null,
    dueAt: null,
    completedAt: null,
    cycle: 0,
    step: null,
    escalationLevel: 0,
    outcome: null,
  };
}

/** The gates in GATE_IDS order, with a pending view for any a snapshot from an older run lacks (`publication`). */
export function withAllGates(gates: GateView[]): GateView[] {
  if (GATE_IDS.every((id) => gates.some((g) => g.gate === id))) return gates;
  return GATE_IDS.map((id) => gates.find((g) => g.gate === id) ?? pendingGateView(id));
}

export function initialSnapshot(
  input: ProjectWorkflowInput,
  ids: { workflowId: string; runId: string },
): ProjectSnapshot {
  const gates: GateView[] = GATE_IDS.map(pendingGateView);
  return {
    projectId: input.projectId,
    workflowId: ids.workflowId,
    runId: ids.runId,
    version: 0,
    registration: input.registration,
    caseOwner: input.caseOwner,
    registeredAt: input.registeredAt,
    status: 'active',
    currentGate: null,
    gates,
    nextDeadline: null,
    updatedAt: input.registeredAt,
    policy: { id: input.policy.id, version: input.policy.version },
    route: null,
    advices: [],
    decision: null,
    reflectionRequests: [],
    commission: null,
    priorConsultation: null,
    heldAt: null,
    cycle: 0,
    timers: [],
    eventCount: 0,
    contributors: [{ sub: input.caseOwner.sub, what: 'owner', at: input.registeredAt }],
    actionCounts: { holds: 0, reflectionRequests: 0, questionRounds: 0, amendments: 0 },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Contributors and counts: kept in the snapshot, derived for snapshots carried over from runs before they existed

/**
 * Everyone who submitted part of the project. A snapshot from an older run has no list: then what the snapshot
 * still shows is derived (the owner; the quick-scan and the commission's answers, which only the owner gives). Who
 * submitted an older run's DPIA is not in its snapshot and cannot be derived; it is known again from the next one.
 */
export function contributorsOf(s: ProjectSnapshot): Contributor[] {
  if (Array.isArray(s.contributors)) return s.contributors;
  const derived: Contributor[] = [{ sub: s.caseOwner.sub, what: 'owner', at: s.registeredAt }];
  if (s.route) derived.push({ sub: s.caseOwner.sub, what: 'quick-scan', at: s.route.decidedAt });
  const answered = (s.commission?.questions ?? []).find((q) => q.answer !== null);
  if (answered) derived.push({ sub: s.caseOwner.sub, what: 'commission-answers', at: answered.askedAt });
  return derived;
}

/** Records that `sub` submitted `what` (once per person and kind of contribution, so the list stays bounded). */
export function addContributor(s: ProjectSnapshot, sub: string, what: Contribution, at: string): void {
  const list = contributorsOf(s);
  s.contributors = list.some((c) => c.sub === sub && c.what === what) ? list : [...list, { sub, what, at }];
}

/** How often each repeatable action was taken; for an older snapshot, what it still shows. */
export function actionCountsOf(s: ProjectSnapshot): ActionCounts {
  if (s.actionCounts) return s.actionCounts;
  return {
    holds: s.heldAt !== null ? 1 : 0,
    reflectionRequests: s.reflectionRequests.length,
    questionRounds: new Set((s.commission?.questions ?? []).map((q) => q.askedAt)).size,
    amendments: 0,
  };
}

export function countAction(s: ProjectSnapshot, kind: keyof ActionCounts): void {
  const counts = { ...actionCountsOf(s) };
  counts[kind] += 1;
  s.actionCounts = counts;
}

export function gateOf(s: ProjectSnapshot, id: GateId): GateView {
  const g = s.gates.find((x) => x.gate === id);
  if (!g) throw new Error(`unknown gate ${id}`);
  return g;
}

export function person(actor: Actor): PersonRef {
  return { sub: actor.sub, name: actor.name, roles: actor.roles };
}

export function earliestDeadline(s: ProjectSnapshot): string | null {
  const open = s.gates
    .filter((g) => (g.state === 'active' || g.state === 'waiting') && g.dueAt !== null)
    .map((g) => g.dueAt as string)
    .sort();
  return open[0] ?? null;
}

const CLOSED_STATUSES: ReadonlySet<string> = new Set(CLOSED_PROJECT_STATUSES);

export function isClosed(s: ProjectSnapshot): boolean {
  return CLOSED_STATUSES.has(s.status);
}

// ---------------------------------------------------------------------------------------------------------------
// Routing

/** Whether a later gate applies to this project, given the quick-scan route and requests made since. */
export function gateApplies(s: ProjectSnapshot, gate: GateId): boolean {
  return routeIncludes(gate, s.route?.outcome, {
    dpiaOptIn: s.route?.dpiaOptIn === true,
    reflectionRequested: s.reflectionRequests.length > 0,
    councilRequired: (s.councilRequired ?? null) !== null,
  });
}

/** The gate that follows `after` on this project's route, before the decision is taken. */
export function nextGateAfter(s: ProjectSnapshot, after: GateId): GateId {
  const order: GateId[] = ['quick-scan', 'dpia', 'commission-reflection', 'portfolio-decision'];
  for (const g of order.slice(order.indexOf(after) + 1)) {
    if (gateApplies(s, g) && gateOf(s, g).state !== 'completed') return g;
  }
  return 'portfolio-decision';
}

/** The earlier gates a decision can send the project back to. */
export function returnTargets(s: ProjectSnapshot): GateId[] {
  return RETURNABLE_GATES.filter((g) => g === 'quick-scan' || gateApplies(s, g));
}

export function adviceFrom(
  kind: Advice['kind'],
  gate: GateId,
  value: string,
  by: PersonRef,
  at: string,
  extra: { conditions?: string[]; summary?: string },
  cycle: number,
): Advice {
  return {
    id: `${kind}-${cycle}`,
    kind,
    gate,
    value,
    conditions: extra.conditions ?? [],
    summary: extra.summary ?? null,
    by,
    at,
  };
}

/** For reasons shown to people: the citation of a rule's source. */
export function citationOf(source: Pick<PolicySource, 'citation'> & { pinpoint?: string }): string {
  return source.pinpoint ? `${source.citation}, ${source.pinpoint}` : source.citation;
}
