import type { AttentionActivity, ProjectSnapshot, TimerEntry } from '../project';
import type { Actor, Role } from '../roles';
import type { CommissionSlot } from '../commission-meetings';
import type { Policy, TaskTiming } from '../policy/types';
import type { TaskSchedule } from '../activities';
import type { ProjectEvent, ProjectNotification } from '../events';
import type {
  Amendment,
  ReassessmentRequest,
  CommissionAgenda,
  CommissionAnswers,
  CommissionDocumentsSubmission,
  CommissionMeetingMove,
  CommissionQuestions,
  CommissionReflection,
  CouncilInformation,
  DecisionSubmission,
  DpiaSubmission,
  DpoAdviceSubmission,
  HoldRequest,
  PriorConsultationUpdate,
  QuickScanSubmission,
  ReflectionRequest,
} from '../action-payloads';
import type { RefusalCode } from '../lifecycle';
import type { RegisterEntryReview, RegisterEntrySubmission } from '../registers/lifecycle';
import type { ReflectionPublicationRequest, ReflectionPublicationWithdrawal } from '../reflection-publication';
import type { GateId, GateStep } from '../gates';

/** The human actions: each is one Update of the project workflow. */
export type ActionCommand =
  | { type: 'submit-quick-scan'; update: QuickScanSubmission }
  | { type: 'submit-dpia'; update: DpiaSubmission }
  | { type: 'give-dpo-advice'; update: DpoAdviceSubmission }
  | { type: 'record-prior-consultation'; update: PriorConsultationUpdate }
  | { type: 'request-reflection'; update: ReflectionRequest }
  | { type: 'schedule-commission'; update: CommissionAgenda }
  | { type: 'ask-commission-questions'; update: CommissionQuestions }
  | { type: 'answer-commission-questions'; update: CommissionAnswers }
  | { type: 'submit-commission-documents'; update: CommissionDocumentsSubmission }
  | { type: 'record-reflection'; update: CommissionReflection }
  | { type: 'decide'; update: DecisionSubmission }
  | { type: 'record-council-information'; update: CouncilInformation }
  | { type: 'hold'; update: HoldRequest }
  | { type: 'resume'; update: HoldRequest }
  | { type: 'withdraw'; update: HoldRequest }
  | { type: 'amend'; update: Amendment }
  /** Re-routing after a policy activation with intent (./reassessment.ts) */
  | { type: 'request-reassessment'; update: ReassessmentRequest }
  // Publication in the registers (../registers/lifecycle.ts)
  | { type: 'submit-register-entry'; update: RegisterEntrySubmission }
  | { type: 'review-register-entry'; update: RegisterEntryReview }
  // The reflection on the public pages (./publication.ts)
  | { type: 'publish-reflection'; update: ReflectionPublicationRequest }
  | { type: 'withdraw-reflection-publication'; update: ReflectionPublicationWithdrawal }
  // The commission's meeting calendar (./meetings.ts)
  | { type: 'move-commission-meeting'; update: CommissionMeetingMove };

/** What the human action `T` carries: the argument of its workflow Update (libs/contracts). */
export type ActionPayload<T extends ActionCommand['type']> = Extract<ActionCommand, { type: T }>['update'];

/** What the workflow itself brings about: its start, timers, and the results of the activities an effect asked for. */
export type SystemCommand =
  /** A run begins: a new project, a re-evaluation (continued as new), or a run continued because its history grew. */
  | { type: 'start'; mode: 'registered' | 'reevaluation' | 'history' }
  /** The plan of a step opened at `openedAt` (see the `plan-task` effect). */
  | { type: 'task-planned'; gate: GateId; step: GateStep; role: Role; openedAt: string; plan: TaskSchedule }
  /** The answer deadline of the commission's questions, asked at `askedAt`. */
  | { type: 'questions-planned'; update: CommissionQuestions; askedAt: string; plan: TaskSchedule }
  /** The end of the DPA's statutory term of a prior consultation started at `startedAt`. */
  | { type: 'prior-consultation-planned'; startedAt: string; at: string }
  /** The end of the DPA's extended term; the rest of the update (an answer) follows. */
  | { type: 'prior-consultation-extended'; update: PriorConsultationUpdate; at: string }
  | { type: 'schedule-reevaluation' }
  | { type: 'reevaluation-planned'; interval: string; at: string }
  /** The policy in force now, read for an amendment. */
  | { type: 'policy-loaded'; policy: Policy }
  /** The timer as it was when it came due (a step opened by an earlier timer may have dropped it since). */
  | { type: 'timer-fired'; timer: TimerEntry }
  /** After the due timers fired: fired ones stay visible, but only the recent ones. */
  | { type: 'timers-swept' }
  | {
      type: 'attention-needed';
      activity: AttentionActivity;
      reason: string;
      sqlstate: string | null;
      parkedEventIds: string[];
    }
  | { type: 'attention-resolved' }
  /** The place on a meeting's agenda the reservation got (null: no planned meeting has room). */
  | { type: 'commission-slot-reserved'; requested: string | null; actor: Actor | null; slot: CommissionSlot | null };

export type ProjectCommand = ActionCommand | SystemCommand;
export type ProjectCommandType = ProjectCommand['type'];

type CommandOf<T extends ProjectCommandType> = Extract<ProjectCommand, { type: T }>;
type Without<C, K extends keyof C> = Omit<C, K>;

/**
 * What the workflow must do for a decision, in order; an effect with a result feeds it back as the command in
 * `then`, completed by the result (the plan, the moment, the policy).
 */
export type Effect =
  | { kind: 'plan-task'; from: string; timing: TaskTiming; then: Without<CommandOf<'task-planned'>, 'plan'> }
  | { kind: 'plan-task'; from: string; timing: TaskTiming; then: Without<CommandOf<'questions-planned'>, 'plan'> }
  | { kind: 'plan-after'; from: string; spec: string; then: Without<CommandOf<'prior-consultation-planned'>, 'at'> }
  | { kind: 'plan-after'; from: string; spec: string; then: Without<CommandOf<'prior-consultation-extended'>, 'at'> }
  | { kind: 'plan-after'; from: string; spec: string; then: Without<CommandOf<'reevaluation-planned'>, 'at'> }
  | { kind: 'load-policy' }
  /** Reserve a place on a meeting's agenda: the one named, or the next with room whose submission deadline is ahead. */
  | { kind: 'reserve-meeting-slot'; then: Without<CommandOf<'commission-slot-reserved'>, 'slot'> }
  /** From now on the project follows this policy (its limits, timings and the version on its events). */
  | { kind: 'use-policy'; policy: Policy }
  /** Decide this command next, at the time it is reached (after the effects before it ran). */
  | { kind: 'then'; command: ProjectCommand };

export interface DecideContext {
  /** ISO instant: workflow time */
  now: string;
  /** The policy the project follows */
  policy: Policy;
  /**
   * The workflow's `patched(id)`: whether a behaviour change applies to this project (histories recorded before it
   * replay without). Absent outside a workflow: every change applies.
   */
  patched?: (id: string) => boolean;
}

export interface Decided {
  /** The new snapshot; the very object passed in when nothing changed. */
  snapshot: ProjectSnapshot;
  events: ProjectEvent[];
  notifications: ProjectNotification[];
  effects: Effect[];
}

export interface Refusal {
  refusal: {
    code: RefusalCode | 'missing-answers' | 'invalid-answers';
    message: string;
    /** The answer issues of a refused quick-scan */
    details?: unknown;
  };
}

export function isRefusal(value: Decided | Refusal): value is Refusal {
  return 'refusal' in value;
}
