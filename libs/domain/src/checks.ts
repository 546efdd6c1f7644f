import { STEP_ROLES, type GateId, type GateStep } from './gates';
import { actionCountsOf, contributorsOf, gateOf, isClosed, refuse, returnTargets } from './lifecycle';
import { DEFAULT_POLICY_LIMITS, type PolicyLimits } from './policy/types';
import {
  DPO_ADVICE_VALUES,
  type Amendment,
  type CommissionAgenda,
  type CommissionAnswers,
  type CommissionQuestions,
  type CommissionReflection,
  type CouncilInformation,
  type DecisionSubmission,
  type DpiaSubmission,
  type DpoAdviceSubmission,
  type HoldRequest,
  type PriorConsultationUpdate,
  type QuickScanSubmission,
  type ReflectionRequest,
} from './action-payloads';
import { SHA256_HEX, UUID_PATTERN, type ActionCounts, type GateView, type ProjectSnapshot } from './project';
import { personOf, type Actor, type PersonAction, type Role } from './roles';
import { checkTextTree, fieldPattern } from './text';
import { REGISTER_URL_MAX } from './registers/definition';
import { isHttpsUrl } from './registers/validate';

/**
 * The checks of each action: who may do what, at which gate, with which payload. `decide` runs them before it
 * changes anything, and the workflow's Update validators ask it, so a refused action is refused at once, with a
 * reason, and never enters the history.
 */

function requireBelowLimit(s: ProjectSnapshot, kind: keyof ActionCounts, limits: PolicyLimits, what: string): void {
  const done = actionCountsOf(s)[kind];
  if (done >= limits[kind]) {
    refuse('limit-reached', `${what}: the policy allows this at most ${limits[kind]} times per project`);
  }
}

export function requireOpen(s: ProjectSnapshot): void {
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}; nothing can be done on it any more`);
  if (s.status === 'on-hold') refuse('project-on-hold', 'the project is on hold; resume it first');
}

export function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.some((r) => actor.roles.includes(r))) {
    refuse('missing-role', `${what} needs one of the roles ${roles.join(', ')}`);
  }
}

export function requireStep(s: ProjectSnapshot, gate: GateId, steps: GateStep[]): GateView {
  const g = gateOf(s, gate);
  if (g.state !== 'active' && g.state !== 'waiting') {
    refuse('gate-not-active', `the gate ${gate} is ${g.state}, not open`);
  }
  if (g.step === null || !steps.includes(g.step)) {
    refuse('wrong-step', `the gate ${gate} is at step ${g.step ?? 'none'}, not ${steps.join(' or ')}`);
  }
  return g;
}

/**
 * Segregation of duties, by person (the token's `sub`), whatever roles that person holds: the case owner and
 * everyone who submitted any part of the project (quick-scan, DPIA, commission answers, amendments) may not advise
 * on, record the prior consultation of, or decide it. `advisers` adds the people who advised, for the decision:
 * whoever advised may not also decide, so the decision weighs advice given by someone else.
 */
export function requireIndependent(s: ProjectSnapshot, actor: Actor, what: string, advisers: string[] = []): void {
  if (actor.sub === s.caseOwner.sub) {
    refuse('segregation-of-duties', `${what}: the case owner cannot advise on or decide their own project`);
  }
  const contributed = contributorsOf(s).find((c) => c.sub === actor.sub);
  if (contributed) {
    refuse(
      'segregation-of-duties',
      `${what}: whoever submitted part of this project (${contributed.what}) cannot also advise on or decide it`,
    );
  }
  if (advisers.includes(actor.sub)) {
    refuse('segregation-of-duties', `${what}: whoever advised on this project cannot also decide it`);
  }
}

/**
 * Every string of an Update's payload, the actor included, under the one text rule (./text.ts): a caller that
 * bypasses the API (the Temporal CLI, another client) is refused what the API refuses. `multiLine` names the prose
 * fields (`conditions[]` for every element of a list); all other strings are one-line.
 */
export function requireCleanText(payload: unknown, multiLine: readonly string[] = []): void {
  const issues = checkTextTree(payload, {
    kindOf: (field, _holder, _key, inherited) =>
      inherited === 'text' || multiLine.includes(fieldPattern(field)) ? 'text' : 'line',
  });
  if (issues.length > 0) refuse('invalid-payload', issues.map((i) => i.message).join('; '));
}

export function requireText(value: unknown, field: string, max = 10_000): string {
  if (typeof value !== 'string' || value.trim().length === 0) refuse('invalid-payload', `${field} is required`);
  if (value.length > max) refuse('invalid-payload', `${field} is longer than ${max} characters`);
  return value.trim();
}

/** The case owner, or whoever stands in for them (an absence's substitute, a delegate), with the case-owner role. */
export function requireCaseOwner(s: ProjectSnapshot, a: PersonAction, what: string): void {
  requireRole(a.actor, STEP_ROLES['answer-quick-scan'], what);
  if (personOf(a) !== s.caseOwner.sub) {
    refuse('missing-role', `${what}: only the case owner of this project (${s.caseOwner.name}) can do this`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

export function checkQuickScan(s: ProjectSnapshot, a: QuickScanSubmission): void {
  requireCleanText(a);
  requireOpen(s);
  requireCaseOwner(s, a, 'answering the quick-scan');
  requireStep(s, 'quick-scan', ['answer-quick-scan']);
  if (typeof a.answers !== 'object' || a.answers === null || Array.isArray(a.answers)) {
    refuse('invalid-payload', 'answers must be an object keyed by question id');
  }
}

export function checkDpiaSubmission(s: ProjectSnapshot, a: DpiaSubmission): void {
  requireCleanText(a, ['elements.description', 'elements.necessity', 'elements.risks', 'elements.measures']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['submit-dpia'], 'submitting the DPIA');
  if (
    a.actor.roles.includes('case-owner') &&
    !a.actor.roles.includes('privacy-officer') &&
    personOf(a) !== s.caseOwner.sub
  ) {
    refuse('missing-role', 'submitting the DPIA: only the case owner of this project, or a privacy officer');
  }
  requireStep(s, 'dpia', ['submit-dpia']);
  requireText(a.document?.reference, 'document.reference', 500);
  if (typeof a.document?.sha256 !== 'string' || !SHA256_HEX.test(a.document.sha256)) {
    refuse('invalid-payload', 'document.sha256 must be 64 lowercase hex characters');
  }
  const publicUrl = a.document.publicUrl;
  if (
    publicUrl !== undefined &&
    (typeof publicUrl !== 'string' || [...publicUrl].length > REGISTER_URL_MAX || !isHttpsUrl(publicUrl))
  ) {
    refuse('invalid-payload', `document.publicUrl must be an https link of at most ${REGISTER_URL_MAX} characters`);
  }
  for (const k of ['description', 'necessity', 'risks', 'measures'] as const) {
    requireText(a.elements?.[k], `elements.${k}`);
  }
}

export function checkDpoAdvice(s: ProjectSnapshot, a: DpoAdviceSubmission): void {
  requireCleanText(a, ['summary', 'conditions[]']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['dpo-advice'], 'giving DPO advice');
  requireIndependent(s, a.actor, 'DPO advice');
  requireStep(s, 'dpia', ['dpo-advice']);
  if (!(DPO_ADVICE_VALUES as readonly string[]).includes(a.advice)) {
    refuse('invalid-payload', `advice must be one of ${DPO_ADVICE_VALUES.join(', ')}`);
  }
  requireText(a.summary, 'summary');
  if (a.advice === 'positive-with-conditions' && (a.conditions ?? []).length === 0) {
    refuse('invalid-payload', 'positive-with-conditions needs at least one condition');
  }
  if (typeof a.priorConsultationRequired !== 'boolean') {
    refuse('invalid-payload', 'priorConsultationRequired must be true or false');
  }
}

export function checkPriorConsultation(s: ProjectSnapshot, a: PriorConsultationUpdate): void {
  requireCleanText(a, ['answer.summary']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['prior-consultation'], 'recording the prior consultation');
  requireIndependent(s, a.actor, 'recording the prior consultation');
  requireStep(s, 'dpia', ['prior-consultation']);
  if (!a.extend && !a.answer) refuse('invalid-payload', 'send extend: true, or the answer of the DPA');
  if (a.extend && s.priorConsultation?.extended) refuse('invalid-payload', 'the DPA can extend its term only once');
  if (a.answer) {
    if (!['no-objection', 'advice', 'objection'].includes(a.answer.outcome)) {
      refuse('invalid-payload', 'answer.outcome must be no-objection, advice or objection');
    }
    requireText(a.answer.reference, 'answer.reference', 500);
    requireText(a.answer.summary, 'answer.summary');
  }
}

export function checkReflectionRequest(
  s: ProjectSnapshot,
  a: ReflectionRequest,
  limits: PolicyLimits = DEFAULT_POLICY_LIMITS,
): void {
  requireCleanText(a, ['reason']);
  requireOpen(s);
  requireRole(a.actor, ['case-owner', 'dpo', 'cio-office'], 'asking for a reflection by the Ethics Commission');
  // By person: the owner of this project, or someone who is the DPO or in the CIO office. Holding the case-owner
  // role (for other projects) next to some other role does not make anyone the owner of this one.
  const isOwner = personOf(a) === s.caseOwner.sub && a.actor.roles.includes('case-owner');
  if (!isOwner && !a.actor.roles.includes('dpo') && !a.actor.roles.includes('cio-office')) {
    refuse('missing-role', 'only the case owner of this project, the DPO or the CIO office can ask for a reflection');
  }
  requireText(a.reason, 'reason', 2_000);
  if (s.decision !== null)
    refuse('gate-not-active', 'the decision has been taken; a reflection can no longer be asked');
  if (gateOf(s, 'commission-reflection').state === 'completed') {
    refuse('gate-not-active', 'the commission has already reflected on this project');
  }
  requireBelowLimit(s, 'reflectionRequests', limits, 'asking for a reflection');
}

export function checkCommissionAgenda(s: ProjectSnapshot, a: CommissionAgenda, now: string): void {
  requireCleanText(a);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['schedule-meeting'], 'putting the project on the agenda');
  requireStep(s, 'commission-reflection', ['schedule-meeting', 'await-meeting']);
  if (a.meetingId !== undefined) {
    if (a.meetingDate !== undefined) refuse('invalid-payload', 'give either meetingId or meetingDate, not both');
    if (typeof a.meetingId !== 'string' || !UUID_PATTERN.test(a.meetingId)) {
      refuse('invalid-payload', 'meetingId must be the id of a commission meeting');
    }
    return;
  }
  if (typeof a.meetingDate !== 'string' || Number.isNaN(Date.parse(a.meetingDate))) {
    refuse('invalid-payload', 'meetingDate must be an ISO date or date-time');
  }
  if (Date.parse(a.meetingDate) < Date.parse(now) - 24 * 3600 * 1000) {
    refuse('invalid-payload', 'meetingDate lies in the past');
  }
}

export function checkCommissionQuestions(
  s: ProjectSnapshot,
  a: CommissionQuestions,
  limits: PolicyLimits = DEFAULT_POLICY_LIMITS,
): void {
  requireCleanText(a, ['questions[]']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['record-reflection'], 'asking the case owner questions');
  requireStep(s, 'commission-reflection', ['await-meeting', 'record-reflection', 'schedule-meeting']);
  if (!Array.isArray(a.questions) || a.questions.length === 0) refuse('invalid-payload', 'questions must not be empty');
  if (a.questions.length > 50) refuse('invalid-payload', 'questions: at most 50 in one round');
  a.questions.forEach((q, i) => requireText(q, `questions[${i}]`, 2_000));
  requireBelowLimit(s, 'questionRounds', limits, 'asking the case owner questions');
}

export function checkCommissionAnswers(s: ProjectSnapshot, a: CommissionAnswers): void {
  requireCleanText(a, ['answers[]']);
  requireOpen(s);
  requireCaseOwner(s, a, 'answering the commission');
  requireStep(s, 'commission-reflection', ['answer-questions']);
  const open = (s.commission?.questions ?? []).filter((q) => q.answer === null);
  if (!Array.isArray(a.answers) || a.answers.length !== open.length) {
    refuse('invalid-payload', `send exactly ${open.length} answer(s), one for each open question`);
  }
  a.answers.forEach((q, i) => requireText(q, `answers[${i}]`));
}

export function checkCommissionReflection(s: ProjectSnapshot, a: CommissionReflection): void {
  requireCleanText(a, ['summary', 'recommendations[]']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['record-reflection'], 'recording the reflection');
  requireIndependent(s, a.actor, 'recording the reflection');
  requireStep(s, 'commission-reflection', ['record-reflection']);
  requireText(a.summary, 'summary');
  if (!Array.isArray(a.recommendations)) refuse('invalid-payload', 'recommendations must be a list');
  a.recommendations.forEach((r, i) => requireText(r, `recommendations[${i}]`, 2_000));
  if (typeof a.publish !== 'boolean') refuse('invalid-payload', 'publish must be true or false');
}

export function checkDecision(s: ProjectSnapshot, a: DecisionSubmission): void {
  requireCleanText(a, ['rationale', 'conditions[]', 'adviceResponses[].explanation']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES.decide, 'deciding');
  requireIndependent(
    s,
    a.actor,
    'the decision',
    s.advices.map((x) => x.by.sub),
  );
  requireStep(s, 'portfolio-decision', ['decide']);
  if (!['approved', 'approved-with-conditions', 'rejected', 'returned'].includes(a.outcome)) {
    refuse('invalid-payload', 'outcome must be approved, approved-with-conditions, rejected or returned');
  }
  requireText(a.rationale, 'rationale');
  if (a.outcome === 'approved-with-conditions' && (a.conditions ?? []).length === 0) {
    refuse('invalid-payload', 'approved-with-conditions needs at least one condition');
  }
  if (a.outcome === 'returned') {
    const allowed = returnTargets(s);
    if (!a.returnTo || !allowed.includes(a.returnTo)) {
      refuse('invalid-payload', `returnTo must be one of the earlier gates of this project: ${allowed.join(', ')}`);
    }
  }
  const responses = Array.isArray(a.adviceResponses) ? a.adviceResponses : [];
  const unanswered = s.advices.filter((adv) => !responses.some((r) => r.adviceId === adv.id));
  if (unanswered.length > 0) {
    refuse(
      'invalid-payload',
      `comply or explain: the decision does not answer ${unanswered.map((u) => u.id).join(', ')}`,
    );
  }
  for (const r of responses) {
    if (!s.advices.some((adv) => adv.id === r.adviceId)) refuse('invalid-payload', `there is no advice ${r.adviceId}`);
    if (r.response !== 'follow' && r.response !== 'deviate') {
      refuse('invalid-payload', `the response to ${r.adviceId} must be follow or deviate`);
    }
    if (r.response === 'deviate') requireText(r.explanation, `the explanation for deviating from ${r.adviceId}`);
  }
}

export function checkCouncilInformation(s: ProjectSnapshot, a: CouncilInformation): void {
  requireCleanText(a);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}`);
  requireRole(a.actor, STEP_ROLES['inform-council'], 'recording how the council was informed');
  requireStep(s, 'council-information', ['inform-council']);
  requireText(a.reference, 'reference', 500);
  if (typeof a.date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(a.date) || Number.isNaN(Date.parse(a.date))) {
    refuse('invalid-payload', 'date must be an ISO date');
  }
  if (!['raadsinformatiebrief', 'commissievergadering', 'raadsvergadering', 'other'].includes(a.channel)) {
    refuse('invalid-payload', 'channel must be raadsinformatiebrief, commissievergadering, raadsvergadering or other');
  }
}

/** By person: the case owner of this project, or anyone in the CIO office (owning other projects is not enough). */
function requireOwnerOrCioOffice(s: ProjectSnapshot, a: PersonAction, what: string, verb: string): void {
  const actor = a.actor;
  requireRole(actor, ['case-owner', 'cio-office'], what);
  if (actor.roles.includes('case-owner') && !actor.roles.includes('cio-office') && personOf(a) !== s.caseOwner.sub) {
    refuse('missing-role', `only the case owner of this project or the CIO office can ${verb}`);
  }
}

export function checkHold(s: ProjectSnapshot, a: HoldRequest, limits: PolicyLimits = DEFAULT_POLICY_LIMITS): void {
  requireCleanText(a, ['reason']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}`);
  requireOwnerOrCioOffice(s, a, 'putting the project on hold', 'put it on hold');
  if (s.status === 'on-hold') refuse('project-on-hold', 'the project is on hold already');
  requireText(a.reason, 'reason', 2_000);
  requireBelowLimit(s, 'holds', limits, 'putting the project on hold');
}

export function checkResume(s: ProjectSnapshot, a: HoldRequest): void {
  requireCleanText(a, ['reason']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}`);
  requireOwnerOrCioOffice(s, a, 'resuming the project', 'resume it');
  if (s.status !== 'on-hold') refuse('gate-not-active', 'the project is not on hold');
  requireText(a.reason, 'reason', 2_000);
}

export function checkWithdraw(s: ProjectSnapshot, a: HoldRequest): void {
  requireCleanText(a, ['reason']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status} already`);
  requireOwnerOrCioOffice(s, a, 'withdrawing the project', 'withdraw it');
  requireText(a.reason, 'reason', 2_000);
}

export function checkAmend(s: ProjectSnapshot, a: Amendment, limits: PolicyLimits = DEFAULT_POLICY_LIMITS): void {
  requireCleanText(a, ['reason', 'changes.summary']);
  requireOpen(s);
  requireCaseOwner(s, a, 'amending the scope');
  requireText(a.reason, 'reason', 2_000);
  if (typeof a.changes !== 'object' || a.changes === null) refuse('invalid-payload', 'changes must be an object');
  requireBelowLimit(s, 'amendments', limits, 'amending the scope');
}
