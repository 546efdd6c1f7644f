import { ActionRefused } from '../lifecycle';
import {
  checkAmend,
  checkCommissionAgenda,
  checkCommissionAnswers,
  checkCommissionQuestions,
  checkCommissionReflection,
  checkCouncilInformation,
  checkDecision,
  checkDpiaSubmission,
  checkDpoAdvice,
  checkHold,
  checkPriorConsultation,
  checkQuickScan,
  checkReflectionRequest,
  checkResume,
  checkWithdraw,
} from '../checks';
import { evaluateQuickScan, QuickScanAnswersError } from '../policy';
import { policyLimits, type QuickScanAnswers } from '../policy/types';
import type { ProjectSnapshot } from '../project';
import type { ActingFor } from '../roles';
import * as act from './actions';
import { submitQuickScan } from './quick-scan';
import * as publication from './publication';
import * as reassess from './reassessment';
import * as meetings from './meetings';
import { checkReflectionPublication, checkReflectionPublicationWithdrawal } from '../reflection-publication';
import type { ActionCommand, Decided, DecideContext, ProjectCommand, Refusal } from './commands';
import { Draft } from './draft';
import * as sys from './system';
import * as reg from '../registers/lifecycle';

/**
 * The project lifecycle as one pure function: the snapshot, a command (a person's action, a timer, an activity's
 * result) and the context (workflow time, the policy) give the new snapshot with the events, notifications and
 * effects it brings, or a refusal with its reason. Deterministic: the workflow replays it, and tests run it without
 * Temporal. The input snapshot is never changed.
 */
export function decide(snapshot: ProjectSnapshot, command: ProjectCommand, context: DecideContext): Decided | Refusal {
  try {
    check(snapshot, command, context);
    const d = new Draft(snapshot, context);
    apply(d, command);
    return withActingFor(d.done(), command);
  } catch (err) {
    return asRefusal(err);
  }
}

/** The refusal a person's action would get, or null when it would be accepted (for Update validators). */
export function refusalOf(s: ProjectSnapshot, c: ProjectCommand, context: DecideContext): Refusal | null {
  try {
    check(s, c, context);
    return null;
  } catch (err) {
    return asRefusal(err);
  }
}

function asRefusal(err: unknown): Refusal {
  if (err instanceof reg.RegisterEntryRefused) {
    return { refusal: { code: err.code, message: err.message, details: err.issues } };
  }
  if (err instanceof ActionRefused) return { refusal: { code: err.code, message: err.message } };
  if (err instanceof QuickScanAnswersError) {
    return { refusal: { code: err.code, message: err.message, details: err.issues } };
  }
  throw err;
}

/** The checks of a person's action (system commands have none: the workflow brings them about itself). */
export function check(s: ProjectSnapshot, c: ProjectCommand, context: DecideContext): void {
  if (!isAction(c)) return;
  checkActingFor(c.update);
  const limits = policyLimits(context.policy);
  switch (c.type) {
    case 'submit-quick-scan':
      checkQuickScan(s, c.update);
      evaluateQuickScan(context.policy, c.update.answers as QuickScanAnswers);
      return;
    case 'submit-dpia':
      return checkDpiaSubmission(s, c.update);
    case 'give-dpo-advice':
      return checkDpoAdvice(s, c.update);
    case 'record-prior-consultation':
      return checkPriorConsultation(s, c.update);
    case 'request-reflection':
      return checkReflectionRequest(s, c.update, limits);
    case 'schedule-commission':
      return checkCommissionAgenda(s, c.update, context.now);
    case 'ask-commission-questions':
      return checkCommissionQuestions(s, c.update, limits);
    case 'answer-commission-questions':
      return checkCommissionAnswers(s, c.update);
    case 'record-reflection':
      return checkCommissionReflection(s, c.update);
    case 'decide':
      checkDecision(s, c.update);
      return reassess.checkNotBeingReassessed(s);
    case 'record-council-information':
      return checkCouncilInformation(s, c.update);
    case 'hold':
      return checkHold(s, c.update, limits);
    case 'resume':
      return checkResume(s, c.update);
    case 'withdraw':
      return checkWithdraw(s, c.update);
    case 'amend':
      return checkAmend(s, c.update, limits);
    case 'request-reassessment':
      return reassess.checkReassessmentRequest(s, c.update);
    case 'submit-register-entry':
      return reg.checkRegisterEntrySubmission(s, c.update, context.now, context.policy);
    case 'review-register-entry':
      return reg.checkRegisterEntryReview(s, c.update);
    case 'publish-reflection':
      return checkReflectionPublication(s, c.update);
    case 'withdraw-reflection-publication':
      return checkReflectionPublicationWithdrawal(s, c.update);
    case 'move-commission-meeting':
      return meetings.checkMeetingMove(s, c.update);
    case 'submit-commission-documents':
      return meetings.checkDocumentsSubmission(s, c.update, context.now);
    default:
      return exhaustive(c);
  }
}

const ACTIONS: ReadonlySet<string> = new Set<ActionCommand['type']>([
  'submit-quick-scan',
  'submit-dpia',
  'give-dpo-advice',
  'record-prior-consultation',
  'request-reflection',
  'schedule-commission',
  'ask-commission-questions',
  'answer-commission-questions',
  'record-reflection',
  'decide',
  'record-council-information',
  'hold',
  'resume',
  'withdraw',
  'amend',
  'request-reassessment',
  'submit-register-entry',
  'review-register-entry',
  'publish-reflection',
  'withdraw-reflection-publication',
  'move-commission-meeting',
  'submit-commission-documents',
]);

export function isAction(c: ProjectCommand): c is ActionCommand {
  return ACTIONS.has(c.type);
}

function apply(d: Draft, c: ProjectCommand): void {
  switch (c.type) {
    case 'submit-quick-scan':
      return submitQuickScan(d, c.update);
    case 'submit-dpia':
      return act.submitDpia(d, c.update);
    case 'give-dpo-advice':
      return act.giveDpoAdvice(d, c.update);
    case 'record-prior-consultation':
      return act.recordPriorConsultation(d, c.update);
    case 'request-reflection':
      return act.requestReflection(d, c.update);
    case 'schedule-commission':
      return act.scheduleCommission(d, c.update);
    case 'ask-commission-questions':
      return act.askCommissionQuestions(d, c.update);
    case 'answer-commission-questions':
      return act.answerCommissionQuestions(d, c.update);
    case 'record-reflection':
      return act.recordReflection(d, c.update);
    case 'decide':
      return act.decideOn(d, c.update);
    case 'record-council-information':
      return act.recordCouncilInformation(d, c.update);
    case 'hold':
      return act.hold(d, c.update);
    case 'resume':
      return act.resume(d, c.update);
    case 'withdraw':
      return act.withdraw(d, c.update);
    case 'amend':
      return act.amend(d, c.update);
    case 'request-reassessment':
      return reassess.requestReassessment(d, c.update);
    case 'submit-register-entry':
      return reg.submitRegisterEntries(d, c.update);
    case 'review-register-entry':
      return reg.reviewRegisterEntries(d, c.update);
    case 'publish-reflection':
      return publication.publishReflection(d, c.update);
    case 'withdraw-reflection-publication':
      return publication.withdrawReflectionPublication(d, c.update);
    case 'move-commission-meeting':
      return meetings.moveMeeting(d, c.update);
    case 'submit-commission-documents':
      return meetings.submitDocuments(d, c.update);
    case 'commission-slot-reserved':
      return meetings.slotReserved(d, c);
    case 'start':
      return sys.start(d, c.mode);
    case 'task-planned':
      return sys.taskPlanned(d, c);
    case 'questions-planned':
      return act.questionsPlanned(d, c.update, c.askedAt, c.plan.dueAt);
    case 'prior-consultation-planned':
      return act.priorConsultationPlanned(d, c.startedAt, c.at);
    case 'prior-consultation-extended':
      return act.priorConsultationExtended(d, c.update, c.at);
    case 'schedule-reevaluation':
      return d.scheduleReevaluation();
    case 'reevaluation-planned':
      return sys.reevaluationPlanned(d, c.interval, c.at);
    case 'policy-loaded':
      d.policy = c.policy;
      if (reassess.isLoadingForReassessment(d.s)) return reassess.reassessmentPolicyLoaded(d);
      return act.amendedPolicyLoaded(d);
    case 'timer-fired':
      return sys.timerFired(d, c.timer);
    case 'timers-swept':
      return sys.timersSwept(d);
    case 'attention-needed':
      return sys.attentionNeeded(d, c);
    case 'attention-resolved':
      return sys.attentionResolved(d);
    default:
      return exhaustive(c);
  }
}

/**
 * Whom the actor acted for, when anyone: well-formed, and someone else. Only the API sets it, after checking an
 * absence or delegation; a malformed one (another client) is refused like any malformed payload.
 */
function checkActingFor(a: { actor: { sub: string }; actingFor?: unknown }): void {
  if (a.actingFor === undefined) return;
  const f: unknown = a.actingFor;
  const { sub, name } = (typeof f === 'object' && f !== null ? f : {}) as Partial<ActingFor>;
  if (typeof sub !== 'string' || typeof name !== 'string') {
    throw new ActionRefused('invalid-payload', 'actingFor must be an object with sub and name');
  }
  if (sub.length === 0 || sub === a.actor.sub) {
    throw new ActionRefused('invalid-payload', 'actingFor must name someone other than the actor');
  }
}

/**
 * The trail says who acted for whom: every event the actor brought about carries `actingFor` in its payload. Only
 * when the action has one, so what was recorded before it existed replays unchanged.
 */
function withActingFor(decided: Decided, c: ProjectCommand): Decided {
  if (!isAction(c)) return decided;
  const f = (c.update as { actingFor?: ActingFor }).actingFor;
  if (f === undefined) return decided;
  const actingFor = { sub: f.sub, name: f.name };
  return {
    ...decided,
    events: decided.events.map((e) => (e.actor === null ? e : { ...e, payload: { ...e.payload, actingFor } })),
  };
}

function exhaustive(c: never): never {
  throw new Error(`unknown command ${(c as { type: string }).type}`);
}
