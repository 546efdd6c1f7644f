import type { GateId, GateState, GateStep } from './gates';
import type { Policy, QuickScanAnswers, QuickScanOutcome } from './policy/types';
import type { Transition } from './events';
import type { Actor, Role } from './roles';
import type { RegisterState } from './registers/state';
export const TECHNOLOGIES = ['sensor', 'camera', 'drone', 'algorithm', 'ai', 'app', 'data-linking', 'other'] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

export const PROJECT_STATUSES = [
  'active',
  'on-hold',
  'stopped',
  'withdrawn',
  'rejected',
  'approved',
  'in-use',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** The statuses of a closed project: its workflow has ended and takes no action any more. */
export const CLOSED_PROJECT_STATUSES: readonly ProjectStatus[] = ['stopped', 'withdrawn', 'rejected'];

/** What a case owner tells us when registering a technology project. */
export interface ProjectRegistration {
  title: string;
  summary: string;
  department: string;
  technologies: Technology[];
  /** ISO date (YYYY-MM-DD) */
  plannedStart: string;
}

export interface GateView {
  gate: GateId;
  state: GateState;
  assigneeRole: Role | null;
  assigneeSub: string | null;
  /** ISO instant */
  openedAt: string | null;
  /** ISO instant */
  dueAt: string | null;
  /** ISO instant */
  completedAt: string | null;
  /** Increments each time the gate is opened again (rework, re-evaluation), so task ids stay unique. */
  cycle: number;
  /** The step within the gate that is waiting for someone (e.g. `dpo-advice` inside the DPIA gate). */
  step: GateStep | null;
  /** How far up the escalation ladder the open step has gone (0: not escalated). */
  escalationLevel: number;
  /** What the gate produced: the quick-scan outcome, the DPO's advice, the decision, ... */
  outcome: Record<string, unknown> | null;
}

export type TimerKind =
  | 'reminder'
  | 'escalation'
  | 'statutory-term'
  | 'meeting'
  | 'reevaluation'
  // The case owner's submission deadline for the meeting: the task closes when it passes.
  | 'submission-deadline'
  // A dated rule of the project's policy comes into force: the route is re-assessed on that day (issue 20).
  | 'rule-in-force';

/** Why a project's route is assessed again. */
export type ReassessmentTrigger = 'policy-activation' | 'amendment' | 'reevaluation' | 'rule-in-force';

export interface PendingReassessment {
  trigger: ReassessmentTrigger;
  /** ISO instant */
  requestedAt: string;
  /** The policy activation that asked for it (trigger `policy-activation`) */
  activationId: string | null;
  /** Waiting for the policy in force to be read, or for the case owner's new quick-scan */
  phase: 'loading-policy' | 'quick-scan';
  /** The version the project was on when it started */
  fromPolicy: { id: string; version: number };
}

/** A moment the workflow will act on by itself; all of them are data, so a hold can shift them and tests can read them. */
export interface TimerEntry {
  id: string;
  kind: TimerKind;
  gate: GateId | null;
  step: GateStep | null;
  /** ISO instant */
  at: string;
  /** Escalation step (1, 2, ...) or reminder number */
  level: number;
  role: Role;
  recipientSub: string | null;
  fired: boolean;
  /** The rule that comes into force (kind `rule-in-force` only) */
  ruleId?: string;
}

/** The case owner's submission task for the meeting the case is on: open until submitted, the deadline, or the meeting. */
export interface CommissionSubmission {
  /** ISO instants: when the task opened, and the submission deadline (its due date) */
  openedAt: string;
  dueAt: string;
  /** When the case owner marked the documents as submitted, and who did */
  submittedAt: string | null;
  submittedBy: PersonRef | null;
  /** When the task closed without a submission: the deadline passed, or the case left the meeting */
  closedAt: string | null;
}

export interface PersonRef {
  sub: string;
  name: string;
  roles: Role[];
}

/** Advice the decision must answer: follow it, or explain why not. */
export interface Advice {
  id: string;
  kind: 'dpo-advice' | 'commission-reflection' | 'dpa-prior-consultation';
  gate: GateId;
  value: string;
  conditions: string[];
  summary: string | null;
  by: PersonRef;
  at: string;
}

export interface AdviceResponse {
  adviceId: string;
  response: 'follow' | 'deviate';
  explanation: string;
}

export const DECISION_OUTCOMES = ['approved', 'approved-with-conditions', 'rejected', 'returned'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface Decision {
  outcome: DecisionOutcome;
  rationale: string;
  conditions: string[];
  returnTo: GateId | null;
  adviceResponses: AdviceResponse[];
  by: PersonRef;
  at: string;
}

/** The route the quick-scan chose, with every reason and the policy version it came from. */
export interface ProjectRoute {
  outcome: Omit<QuickScanOutcome, 'ignoredAnswers'>;
  answers: QuickScanAnswers;
  dpiaOptIn: boolean;
  decidedAt: string;
}

/** Everything the workflow needs at start; pinned in its history so a later policy change never alters it. */
export interface ProjectWorkflowInput {
  projectId: string;
  registration: ProjectRegistration;
  caseOwner: Actor;
  /** ISO instant at which the API accepted the registration */
  registeredAt: string;
  /** The policy in force at registration: the project is pinned to it until a re-evaluation or an amendment. */
  policy: Policy;
  /** Set when the workflow continues as new (a re-evaluation cycle): the state it carries over. */
  carriedOver?: ProjectSnapshot;
  /**
   * Why the run continued as new. Absent (every run before this field existed): a re-evaluation, which opens the
   * quick-scan again. 'history': the previous run's history grew long (Temporal suggested it, or the policy's
   * limits.historyEvents); the new run carries on exactly where the old one stood and starts nothing.
   */
  continuedFor?: 'reevaluation' | 'history';
  /**
   * The Updates applied in the last hour of the previous runs (id, epoch ms), at most 1,000: Temporal deduplicates
   * an Update id within one run only, so a retry that arrives after a continue-as-new is recognised by this list.
   */
  recentUpdates?: Array<{ id: string; at: number }>;
  /**
   * How the workflow keeps its search attributes. 'changed' (every start since the start itself carries the initial
   * values, the first deadline included): upsert only the attributes whose value changed, nothing when none did.
   * Absent (histories recorded before): upsert all of them on every publish, which their replay must repeat.
   */
  searchAttributeUpdates?: 'changed';
  /**
   * How the workflow runs its activities. 'local' (every start since issue 21): calendar planning (planTask,
   * planAfter) and publishTransition as local activities, inside the workflow task, without a dispatch and a workflow
   * task of their own; the other activities as activity tasks. Absent (runs started before, and the histories
   * recorded then): all as activity tasks, which their replay must repeat. Carried over on continue-as-new.
   */
  activities?: 'local';
  /**
   * Set when the workflow continues as new while PostgreSQL still refuses some of its transitions: their events and
   * notifications, so that nothing is lost across the new run (see `ProjectSnapshot.attention`).
   */
  parkedTransitions?: ParkedTransition[];
}

/** What a transition wrote besides its snapshot, kept by the workflow while PostgreSQL refuses it. */
export type ParkedTransition = Pick<Transition, 'events' | 'notifications'>;

/** The activities whose failure can put a project in need of attention. */
export const ATTENTION_ACTIVITIES = [
  'publishTransition',
  'planTask',
  'planAfter',
  'loadActivePolicy',
  'reserveCommissionSlot',
] as const;
export type AttentionActivity = (typeof ATTENTION_ACTIVITIES)[number];

/**
 * A step the workflow could not complete by itself: an activity failed for good (PostgreSQL refused the data, or its
 * retries reached their bound). The project goes on; the CIO office is told; the step is retried on the project's
 * next action and every hour until it succeeds, when this goes back to null.
 */
export interface Attention {
  activity: AttentionActivity;
  /** ISO instant of the first failure */
  since: string;
  /** ISO instant of the latest failure */
  lastFailedAt: string;
  /** Why, as the activity reported it (e.g. the PostgreSQL error) */
  reason: string;
  /** The PostgreSQL error code (SQLSTATE) when the database refused the data; null for a retry bound reached */
  sqlstate: string | null;
  failures: number;
  /** Audit events the read model does not have yet (ids); they are written when the retry succeeds */
  parkedEventIds: string[];
}

/** The workflow's view of a project; written to the read model at every transition. */
export interface ProjectSnapshot {
  projectId: string;
  workflowId: string;
  runId: string;
  /** Monotonic per project: the read model ignores a snapshot older than the one it holds. */
  version: number;
  registration: ProjectRegistration;
  caseOwner: Actor;
  registeredAt: string;
  status: ProjectStatus;
  currentGate: GateId | null;
  gates: GateView[];
  /** ISO instant: the earliest open deadline, if any */
  nextDeadline: string | null;
  updatedAt: string;
  policy: { id: string; version: number };
  route: ProjectRoute | null;
  advices: Advice[];
  decision: Decision | null;
  reflectionRequests: Array<{ by: PersonRef; at: string; reason: string }>;
  /**
   * The council is informed although the quick-scan outcome does not ask for it: the decision deviated from these
   * advices and the policy it was taken under says so (`councilInformation`). Absent in snapshots before it.
   */
  councilRequired?: { reason: 'decision-deviates-from-advice'; adviceIds: string[]; at: string } | null;
  /**
   * A re-assessment under way (issue 20): why it started and the route it will be compared with, from the moment it
   * starts until the new quick-scan is submitted. Absent in snapshots before it.
   */
  reassessment?: PendingReassessment | null;
  commission: {
    meetingDate: string | null;
    questions: Array<{ text: string; askedAt: string; dueAt: string; answer: string | null }>;
    /** The meeting of the calendar the case is on (absent on the path of a typed-in date, and before the calendar) */
    meetingId?: string | null;
    /** ISO instant by which the case owner's documents must be in for that meeting */
    submissionDeadline?: string | null;
    /** ISO instant since when the case waits for a meeting with room, while it does */
    waitingSince?: string | null;
    /** The case owner's task of handing in the documents for that meeting (absent in runs from before it) */
    submission?: CommissionSubmission | null;
  } | null;
  priorConsultation: { startedAt: string; dueAt: string; extended: boolean; answer: string | null } | null;
  /** ISO instant the project was put on hold, while it is */
  heldAt: string | null;
  /** Re-evaluation and amendment cycles so far (0 for the first pass) */
  cycle: number;
  timers: TimerEntry[];
  /** Events the workflow has emitted so far; the next event id uses it. Carried over on continue-as-new. */
  eventCount: number;
  /**
   * The head of the project's audit chain after its latest publish, as the database reported it. Temporal keeps it
   * (state, activity results in the history), out of reach of the database's owner: `audit:verify` checks that the
   * chain still holds this row. Missing in a snapshot carried over from a run before issue 15, and until the first
   * publish of a run.
   */
  auditHead?: AuditHead | null;
  /**
   * Everyone who submitted any part of the project (segregation of duties is checked against them, by person).
   * Missing in snapshots from runs before it existed: `contributorsOf` derives what it can.
   */
  contributors?: Contributor[];
  /** How often each repeatable action was taken, bounded by the policy's limits. Missing in older snapshots. */
  actionCounts?: ActionCounts;
  /** A step that needs attention (absent in snapshots of runs started before it existed: read as null). */
  attention?: Attention | null;
  /** The project's register entries: submitted and published (absent until the publication gate first opened). */
  registers?: RegisterState;
  /** The commission's reflection released for the public pages (absent until the first release). */
  reflectionPublication?: ReflectionPublicationState | null;
}

/** Where a project's audit chain ends: its last seq and that row's hash. */
export interface AuditHead {
  seq: number;
  hash: string;
}

export const CONTRIBUTIONS = [
  'owner',
  'quick-scan',
  'dpia',
  'commission-answers',
  'commission-documents',
  'amendment',
  'register-entry',
] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

/** A person who submitted part of a project: one entry per person and contribution, with the first time. */
export interface Contributor {
  sub: string;
  what: Contribution;
  /** ISO instant of the first such contribution */
  at: string;
}

export interface ActionCounts {
  holds: number;
  reflectionRequests: number;
  questionRounds: number;
  amendments: number;
}

/** On the snapshot: the reflection released for the public pages, and when (see reflection-publication.ts). */
export interface ReflectionPublicationState {
  adviceId: string;
  publishedAt: string;
  /** Set once the release was withdrawn from the public pages */
  withdrawnAt: string | null;
}

/** A UUID of any version, as project, webhook and event ids are written (case-insensitive). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function workflowIdFor(projectId: string): string {
  return `project-${projectId}`;
}

/** The project whose workflow this is (the inverse of workflowIdFor); null for any other workflow. */
export function projectIdOfWorkflow(workflowId: string): string | null {
  return /^project-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(workflowId)?.[1] ?? null;
}

/** A SHA-256 digest as documents and audit hashes are written: 64 lower-case hex characters. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
