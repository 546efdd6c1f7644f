import { isAuditAction, type AuditAction } from './audit-actions';
import type { GateId, GateState } from './gates';
import { gateApplies } from './lifecycle';
import type { ProjectSnapshot } from './project';
import { ROLES, type Actor, type Role } from './roles';

/**
 * Least privilege for reading: which projects each role sees, and which parts of them. This table is the one rule;
 * the SQL filter of the lists (libs/persistence, `readScopeSql`), the per-project check of the detail routes, the
 * trimming of responses, the event stream and the matrix test all derive from it.
 *
 * A person with several roles sees the union: every project one of their roles sees, with every field group one of
 * the roles that sees *that* project grants (a DPO who is also a case owner sees DPIA details of DPIA projects, and
 * the case owner's groups of their own projects, not the case owner's groups of every DPIA project).
 */

/**
 * Which projects a role sees, as a predicate over the project's read-model facts (`ProjectScopeFacts`):
 * - `all`: every project;
 * - `acting`: the projects the person acts on: they own it, were or are the named assignee of one of its steps, or
 *   did something on it that its workflow accepted (submitted the quick-scan, the DPIA, an answer, a request); and,
 *   while it lasts, the projects of a colleague they stand in for (an absence naming them substitute) or whose open
 *   task was delegated to them (the read model's SQL adds these two; the predicate here gets them as participants);
 * - `department`: the projects of the person's department (the token's department claim); no department, none;
 * - `dpia`: projects with a DPIA: required by the quick-scan, opted in when recommended, or a DPIA gate that was
 *   ever opened (it stays visible after a re-evaluation made the DPIA unnecessary: the advice was given);
 * - `commission`: projects before the Ethics Commission: the quick-scan requires its reflection, someone requested
 *   one, or the commission gate was ever opened.
 */
export const PROJECT_SCOPES = ['all', 'acting', 'department', 'dpia', 'commission'] as const;
export type ProjectScope = (typeof PROJECT_SCOPES)[number];

/**
 * The parts of a project a role may read. Every visible project shows `summary`; the others are trimmed away
 * (the field is absent from the answer, not null) for a role that lacks them.
 * - `summary`: title, summary, department, technologies, planned start, case owner, status, gates' states and
 *   deadlines, open tasks, timers, risk level, policy version: what anyone who may see the project needs to follow it;
 * - `quickScan`: the quick-scan's answers and its route with every reason (`route`, the quick-scan gate's outcome);
 * - `dpia`: the DPIA's elements and document, and the course of the prior consultation (`priorConsultation`, the DPIA
 *   gate's outcome, the DPIA's events);
 * - `dpiaAdvice`: the advices that close the DPIA, as given: the DPO's advice and the Dutch DPA's answer to a prior
 *   consultation, each with its value, text and conditions (`advices` of kind dpo-advice and dpa-prior-consultation,
 *   the events that gave them). What the decision had to answer, without the DPIA it was given on;
 * - `commission`: the commission's questions and answers, its reflection, reflection requests (`commission`,
 *   `advices` of kind commission-reflection, the commission gate's outcome);
 * - `decision`: the decision's rationale, conditions and answers to each advice (`decision`, the decision and
 *   council gates' outcomes);
 * - `people`: who else is or was assigned (the named assignee of gates, tasks and timers): personal data of other
 *   people than the case owner, who is part of the summary;
 * - `refusals`: the details of refused attempts in the audit timeline (who tried what, and why it was refused).
 */
export const FIELD_GROUPS = [
  'summary',
  'quickScan',
  'dpia',
  'dpiaAdvice',
  'commission',
  'decision',
  'people',
  'refusals',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

export interface RoleReadScope {
  projects: ProjectScope;
  fields: readonly FieldGroup[];
}

const EVERYTHING: readonly FieldGroup[] = FIELD_GROUPS;

/**
 * THE table. Reasons, per role:
 * - case owner: everything about the projects they act on, except other people's refused attempts: it is their
 *   case; they answer the DPO's advice and the commission's questions and must know the decision's reasons.
 * - department head: first escalation level for the department's projects: the route and the decision, not the
 *   DPIA's content, the DPO's advice or the commission's deliberation, and not who else is assigned.
 * - DPO and privacy officer: the DPIA projects, with the quick-scan (it says why a DPIA is needed) and the DPIA;
 *   the DPO also the decision (it must answer the DPO's advice: comply or explain). Not the commission's work.
 * - ethics secretary: the projects before the commission, with the quick-scan and the commission's work, and the
 *   decision (which must answer the reflection). Not the DPIA's content.
 * - portfolio holder: decides every project: everything but refusals.
 * - council liaison: informs the council about any project: the route, each advice (the DPO's, the DPA's, the
 *   commission's reflection) and how the decision answered it, the decision; not the DPIA's content nor who is
 *   assigned. The council letter reports every advice (`GET …/council-letter`), so the advices are in its scope
 *   and the DPIA they were given on is not.
 * - CIO office: monitors the pipeline, maintains policy, second escalation level: everything.
 * - auditor: reads everything (domain brief).
 */
export const READ_SCOPE: Readonly<Record<Role, RoleReadScope>> = {
  'case-owner': {
    projects: 'acting',
    fields: ['summary', 'quickScan', 'dpia', 'dpiaAdvice', 'commission', 'decision', 'people'],
  },
  'department-head': { projects: 'department', fields: ['summary', 'quickScan', 'decision'] },
  dpo: { projects: 'dpia', fields: ['summary', 'quickScan', 'dpia', 'dpiaAdvice', 'decision', 'people'] },
  'privacy-officer': { projects: 'dpia', fields: ['summary', 'quickScan', 'dpia', 'dpiaAdvice', 'people'] },
  'ethics-secretary': {
    projects: 'commission',
    fields: ['summary', 'quickScan', 'commission', 'decision', 'people'],
  },
  'portfolio-holder': {
    projects: 'all',
    fields: ['summary', 'quickScan', 'dpia', 'dpiaAdvice', 'commission', 'decision', 'people'],
  },
  'council-liaison': { projects: 'all', fields: ['summary', 'quickScan', 'dpiaAdvice', 'commission', 'decision'] },
  'cio-office': { projects: 'all', fields: EVERYTHING },
  auditor: { projects: 'all', fields: EVERYTHING },
};

/** The facts about a project that the scope predicates read; the read model keeps them as columns. */
export interface ProjectScopeFacts {
  department: string;
  caseOwnerSub: string;
  /** Everyone who acts on the project (see `acting`), the case owner included. */
  participantSubs: readonly string[];
  dpia: boolean;
  commission: boolean;
}

/**
 * Who reads: the verified caller. `department` comes from the token's department claim (JWT_DEPARTMENT_CLAIM);
 * `ledDepartments` are the departments the organisation model names the reader head or deputy of: a deputy reads
 * a department's projects as its head does.
 */
export type Reader = Pick<Actor, 'sub' | 'roles' | 'department'> & { ledDepartments?: readonly string[] };

/** The departments whose projects the `department` scope gives this reader; empty: none (fail closed). */
export function readerDepartments(reader: Reader): string[] {
  const own = typeof reader.department === 'string' && reader.department !== '' ? [reader.department] : [];
  return [...new Set([...own, ...(reader.ledDepartments ?? []).filter((d) => typeof d === 'string' && d !== '')])];
}

/** Whether a project of these facts falls in one scope, for this reader. */
export function inProjectScope(scope: ProjectScope, facts: ProjectScopeFacts, reader: Reader): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'acting':
      return facts.caseOwnerSub === reader.sub || facts.participantSubs.includes(reader.sub);
    case 'department':
      // Fail closed: a reader without a department sees no department's projects.
      return readerDepartments(reader).includes(facts.department);
    case 'dpia':
      return facts.dpia;
    case 'commission':
      return facts.commission;
  }
}

/** The field groups this reader may read of a project of these facts; empty: the project is not visible. */
export function readableFieldGroups(facts: ProjectScopeFacts, reader: Reader): Set<FieldGroup> {
  const groups = new Set<FieldGroup>();
  for (const role of new Set(reader.roles)) {
    const rule = READ_SCOPE[role];
    if (!rule || !inProjectScope(rule.projects, facts, reader)) continue;
    for (const g of rule.fields) groups.add(g);
  }
  return groups;
}

export function canReadProject(facts: ProjectScopeFacts, reader: Reader): boolean {
  return readableFieldGroups(facts, reader).size > 0;
}

/** The distinct project scopes of a reader's roles: what the list's SQL filter ORs together. */
export function projectScopesOf(reader: Pick<Actor, 'roles'>): ProjectScope[] {
  const scopes = new Set<ProjectScope>();
  for (const role of reader.roles) {
    const rule = READ_SCOPE[role];
    if (rule) scopes.add(rule.projects);
  }
  return PROJECT_SCOPES.filter((s) => scopes.has(s));
}

/** The roles whose rule sees every project: the dashboard and docs name them. */
export const ROLES_SEEING_ALL: readonly Role[] = ROLES.filter((r) => READ_SCOPE[r].projects === 'all');

/** The states of a gate that has been opened (or a cycle > 0): its project stays in the gate's read scope. */
export const OPENED_GATE_STATES: readonly GateState[] = ['active', 'waiting', 'completed', 'returned'];
const OPENED: ReadonlySet<GateState> = new Set<GateState>(OPENED_GATE_STATES);

type ScopeSnapshot = Pick<ProjectSnapshot, 'route' | 'gates'> & {
  reflectionRequests?: ProjectSnapshot['reflectionRequests'];
};

function gateWasOpened(s: ScopeSnapshot, gate: GateId): boolean {
  const g = s.gates.find((x) => x.gate === gate);
  return g !== undefined && (g.cycle > 0 || OPENED.has(g.state));
}

/** The `dpia` and `commission` facts of a snapshot (possibly one carried over from an older run). */
export function scopeFlagsOf(s: ScopeSnapshot): { dpia: boolean; commission: boolean } {
  const view = { ...s, reflectionRequests: s.reflectionRequests ?? [] } as ProjectSnapshot;
  return {
    dpia: gateApplies(view, 'dpia') || gateWasOpened(s, 'dpia'),
    commission: gateApplies(view, 'commission-reflection') || gateWasOpened(s, 'commission-reflection'),
  };
}

/**
 * Who acts on a project according to its snapshot: the case owner, every named assignee of a gate or timer, and
 * everyone who gave advice, decided or requested a reflection. The read model adds the actor of every event the
 * workflow accepted (`ProjectEvent.actor`).
 */
export function participantsOf(s: ProjectSnapshot): string[] {
  const subs = new Set<string>([s.caseOwner.sub]);
  for (const g of s.gates) if (g.assigneeSub) subs.add(g.assigneeSub);
  for (const t of s.timers ?? []) if (t.recipientSub) subs.add(t.recipientSub);
  for (const a of s.advices ?? []) subs.add(a.by.sub);
  if (s.decision) subs.add(s.decision.by.sub);
  for (const r of s.reflectionRequests ?? []) subs.add(r.by.sub);
  return [...subs];
}

/** Which field group holds a gate's outcome. */
export const GATE_OUTCOME_GROUP: Readonly<Record<GateId, FieldGroup>> = {
  'quick-scan': 'quickScan',
  dpia: 'dpia',
  'commission-reflection': 'commission',
  'portfolio-decision': 'decision',
  // What the registers publish is public once published; the gate's outcome only names the registers.
  publication: 'summary',
  'council-information': 'decision',
};

/** Which field group holds an advice of each kind. */
export const ADVICE_GROUP: Readonly<
  Record<'dpo-advice' | 'commission-reflection' | 'dpa-prior-consultation', FieldGroup>
> = {
  'dpo-advice': 'dpiaAdvice',
  'dpa-prior-consultation': 'dpiaAdvice',
  'commission-reflection': 'commission',
};

/**
 * Audit actions whose payload belongs to another group than their gate's outcome: the events that give an advice
 * carry the advice only, so they follow `ADVICE_GROUP`.
 */
export const ACTION_PAYLOAD_GROUP: Readonly<Partial<Record<AuditAction, FieldGroup>>> = {
  'dpo-advice-given': ADVICE_GROUP['dpo-advice'],
  'prior-consultation-answered': ADVICE_GROUP['dpa-prior-consultation'],
  // Who claimed or holds a task by delegation: other people than the case owner
  'task-claimed': 'people',
  'task-released': 'people',
  'task-delegated': 'people',
  'task-undelegated': 'people',
};

/** The field group of an audit event's payload (and of who tried, for a refused attempt); null: the summary's. */
export function eventPayloadGroup(action: string, gate: GateId | null | undefined): FieldGroup | null {
  if (action === ('action-refused' satisfies AuditAction)) return 'refusals';
  const own = isAuditAction(action) ? ACTION_PAYLOAD_GROUP[action] : undefined;
  if (own) return own;
  return gate ? GATE_OUTCOME_GROUP[gate] : null;
}

/**
 * The top-level fields of a project's answer that belong to a group other than `summary` (a trimmed answer lacks
 * them). Arrays whose items belong to different groups (`advices`, `gates[].outcome`, assignees) are trimmed item by
 * item (`ADVICE_GROUP`, `GATE_OUTCOME_GROUP`, `people`).
 */
export const PROJECT_FIELD_GROUP: Readonly<Record<string, FieldGroup>> = {
  route: 'quickScan',
  reassessment: 'quickScan',
  priorConsultation: 'dpia',
  commission: 'commission',
  decision: 'decision',
};
