import { GATE_IDS, STEP_ROLES, type GateId, type GateStep } from './gates';
import { DEFAULT_POLICY_LIMITS, type PolicyLimits, type PolicySource } from './policy/types';
import type {
  ActionCounts,
  Advice,
  AdviceResponse,
  Contribution,
  Contributor,
  DecisionOutcome,
  GateView,
  PersonRef,
  ProjectSnapshot,
  ProjectWorkflowInput,
} from './project';
import type { Actor, Role } from './roles';
import { checkTextTree, fieldPattern } from './text';

/**
 * The rules of the project lifecycle that do not need a clock or I/O: who may do what, at which gate, with which
 * payload. The workflow's Update validators call the `check*` functions, so a refused action is refused at once,
 * with a reason, and never enters the history.
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

export const SHA256_HEX = /^[0-9a-f]{64}$/;

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

function requireBelowLimit(s: ProjectSnapshot, kind: keyof ActionCounts, limits: PolicyLimits, what: string): void {
  const done = actionCountsOf(s)[kind];
  if (done >= limits[kind]) {
    refuse('limit-reached', `${what}: the policy allows this at most ${limits[kind]} times per project`);
  }
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

const CLOSED_STATUSES = new Set(['stopped', 'withdrawn', 'rejected']);

export function isClosed(s: ProjectSnapshot): boolean {
  return CLOSED_STATUSES.has(s.status);
}

// ---------------------------------------------------------------------------------------------------------------
// Routing

/** Whether a later gate applies to this project, given the quick-scan route and requests made since. */
export function gateApplies(s: ProjectSnapshot, gate: GateId): boolean {
  const o = s.route?.outcome;
  switch (gate) {
    case 'quick-scan':
    case 'portfolio-decision':
      return true;
    case 'dpia':
      return o !== undefined && (o.dpia === 'required' || (o.dpia === 'recommended' && s.route?.dpiaOptIn === true));
    case 'commission-reflection':
      return (o !== undefined && o.commission === 'required') || s.reflectionRequests.length > 0;
    case 'council-information':
      return o !== undefined && o.council === 'required';
  }
}

/** The gate that follows `after` on this project's route, before the decision is taken. */
export function nextGateAfter(s: ProjectSnapshot, after: GateId): GateId {
  const order: GateId[] = ['quick-scan', 'dpia', 'commission-reflection', 'portfolio-decision'];
  for (const g of order.slice(order.indexOf(after) + 1)) {
    if (gateApplies(s, g) && gateOf(s, g).state !== 'completed') return g;
  }
  return 'portfolio-decision';
}

// ---------------------------------------------------------------------------------------------------------------
// Checks shared by every action

function requireOpen(s: ProjectSnapshot): void {
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}; nothing can be done on it any more`);
  if (s.status === 'on-hold') refuse('project-on-hold', 'the project is on hold; resume it first');
}

function requireRole(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.some((r) => actor.roles.includes(r))) {
    refuse('missing-role', `${what} needs one of the roles ${roles.join(', ')}`);
  }
}

function requireStep(s: ProjectSnapshot, gate: GateId, steps: GateStep[]): GateView {
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
function requireIndependent(s: ProjectSnapshot, actor: Actor, what: string, advisers: string[] = []): void {
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
function requireCleanText(payload: unknown, multiLine: readonly string[] = []): void {
  const issues = checkTextTree(payload, {
    kindOf: (field, _holder, _key, inherited) =>
      inherited === 'text' || multiLine.includes(fieldPattern(field)) ? 'text' : 'line',
  });
  if (issues.length > 0) refuse('invalid-payload', issues.map((i) => i.message).join('; '));
}

function requireText(value: unknown, field: string, max = 10_000): string {
  if (typeof value !== 'string' || value.trim().length === 0) refuse('invalid-payload', `${field} is required`);
  if (value.length > max) refuse('invalid-payload', `${field} is longer than ${max} characters`);
  return value.trim();
}

function requireCaseOwner(s: ProjectSnapshot, actor: Actor, what: string): void {
  requireRole(actor, STEP_ROLES['answer-quick-scan'], what);
  if (actor.sub !== s.caseOwner.sub) {
    refuse('missing-role', `${what}: only the case owner of this project (${s.caseOwner.name}) can do this`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

export interface QuickScanSubmission {
  actor: Actor;
  answers: Record<string, unknown>;
  /** When the DPIA is only recommended, the case owner may still choose to do one. */
  dpiaOptIn?: boolean;
}

export function checkQuickScan(s: ProjectSnapshot, a: QuickScanSubmission): void {
  requireCleanText(a);
  requireOpen(s);
  requireCaseOwner(s, a.actor, 'answering the quick-scan');
  requireStep(s, 'quick-scan', ['answer-quick-scan']);
  if (typeof a.answers !== 'object' || a.answers === null || Array.isArray(a.answers)) {
    refuse('invalid-payload', 'answers must be an object keyed by question id');
  }
}

export interface DpiaSubmission {
  actor: Actor;
  document: { reference: string; sha256: string; title?: string };
  /** GDPR art. 35(7) (a)-(d) */
  elements: { description: string; necessity: string; risks: string; measures: string };
}

export function checkDpiaSubmission(s: ProjectSnapshot, a: DpiaSubmission): void {
  requireCleanText(a, ['elements.description', 'elements.necessity', 'elements.risks', 'elements.measures']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['submit-dpia'], 'submitting the DPIA');
  if (
    a.actor.roles.includes('case-owner') &&
    !a.actor.roles.includes('privacy-officer') &&
    a.actor.sub !== s.caseOwner.sub
  ) {
    refuse('missing-role', 'submitting the DPIA: only the case owner of this project, or a privacy officer');
  }
  requireStep(s, 'dpia', ['submit-dpia']);
  requireText(a.document?.reference, 'document.reference', 500);
  if (typeof a.document?.sha256 !== 'string' || !SHA256_HEX.test(a.document.sha256)) {
    refuse('invalid-payload', 'document.sha256 must be 64 lowercase hex characters');
  }
  for (const k of ['description', 'necessity', 'risks', 'measures'] as const) {
    requireText(a.elements?.[k], `elements.${k}`);
  }
}

export const DPO_ADVICE_VALUES = ['positive', 'positive-with-conditions', 'negative'] as const;
export type DpoAdviceValue = (typeof DPO_ADVICE_VALUES)[number];

export interface DpoAdviceSubmission {
  actor: Actor;
  advice: DpoAdviceValue;
  conditions?: string[];
  summary: string;
  priorConsultationRequired: boolean;
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

export interface PriorConsultationUpdate {
  actor: Actor;
  /** Record that the DPA extended its term (once, by the policy's extension). */
  extend?: boolean;
  /** The DPA's answer, which ends the wait. */
  answer?: { outcome: 'no-objection' | 'advice' | 'objection'; reference: string; summary: string };
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

export interface ReflectionRequest {
  actor: Actor;
  reason: string;
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
  const isOwner = a.actor.sub === s.caseOwner.sub && a.actor.roles.includes('case-owner');
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

export interface CommissionAgenda {
  actor: Actor;
  /** ISO date or instant of the meeting */
  meetingDate: string;
}

export function checkCommissionAgenda(s: ProjectSnapshot, a: CommissionAgenda, now: string): void {
  requireCleanText(a);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['schedule-meeting'], 'putting the project on the agenda');
  requireStep(s, 'commission-reflection', ['schedule-meeting', 'await-meeting']);
  if (typeof a.meetingDate !== 'string' || Number.isNaN(Date.parse(a.meetingDate))) {
    refuse('invalid-payload', 'meetingDate must be an ISO date or date-time');
  }
  if (Date.parse(a.meetingDate) < Date.parse(now) - 24 * 3600 * 1000) {
    refuse('invalid-payload', 'meetingDate lies in the past');
  }
}

export interface CommissionQuestions {
  actor: Actor;
  questions: string[];
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

export interface CommissionAnswers {
  actor: Actor;
  answers: string[];
}

export function checkCommissionAnswers(s: ProjectSnapshot, a: CommissionAnswers): void {
  requireCleanText(a, ['answers[]']);
  requireOpen(s);
  requireCaseOwner(s, a.actor, 'answering the commission');
  requireStep(s, 'commission-reflection', ['answer-questions']);
  const open = (s.commission?.questions ?? []).filter((q) => q.answer === null);
  if (!Array.isArray(a.answers) || a.answers.length !== open.length) {
    refuse('invalid-payload', `send exactly ${open.length} answer(s), one for each open question`);
  }
  a.answers.forEach((q, i) => requireText(q, `answers[${i}]`));
}

export interface CommissionReflection {
  actor: Actor;
  summary: string;
  recommendations: string[];
  publish: boolean;
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

export interface DecisionSubmission {
  actor: Actor;
  outcome: DecisionOutcome;
  rationale: string;
  conditions?: string[];
  returnTo?: GateId;
  adviceResponses: AdviceResponse[];
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

/** The earlier gates a decision can send the project back to. */
export function returnTargets(s: ProjectSnapshot): GateId[] {
  return (['quick-scan', 'dpia', 'commission-reflection'] as GateId[]).filter(
    (g) => g === 'quick-scan' || gateApplies(s, g),
  );
}

export interface CouncilInformation {
  actor: Actor;
  reference: string;
  date: string;
  channel: 'raadsinformatiebrief' | 'commissievergadering' | 'raadsvergadering' | 'other';
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

export interface HoldRequest {
  actor: Actor;
  reason: string;
}

export function checkHold(s: ProjectSnapshot, a: HoldRequest, limits: PolicyLimits = DEFAULT_POLICY_LIMITS): void {
  requireCleanText(a, ['reason']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}`);
  requireRole(a.actor, ['case-owner', 'cio-office'], 'putting the project on hold');
  if (
    a.actor.roles.includes('case-owner') &&
    !a.actor.roles.includes('cio-office') &&
    a.actor.sub !== s.caseOwner.sub
  ) {
    refuse('missing-role', 'only the case owner of this project or the CIO office can put it on hold');
  }
  if (s.status === 'on-hold') refuse('project-on-hold', 'the project is on hold already');
  requireText(a.reason, 'reason', 2_000);
  requireBelowLimit(s, 'holds', limits, 'putting the project on hold');
}

export function checkResume(s: ProjectSnapshot, a: HoldRequest): void {
  requireCleanText(a, ['reason']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}`);
  requireRole(a.actor, ['case-owner', 'cio-office'], 'resuming the project');
  if (
    a.actor.roles.includes('case-owner') &&
    !a.actor.roles.includes('cio-office') &&
    a.actor.sub !== s.caseOwner.sub
  ) {
    refuse('missing-role', 'only the case owner of this project or the CIO office can resume it');
  }
  if (s.status !== 'on-hold') refuse('gate-not-active', 'the project is not on hold');
  requireText(a.reason, 'reason', 2_000);
}

export function checkWithdraw(s: ProjectSnapshot, a: HoldRequest): void {
  requireCleanText(a, ['reason']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status} already`);
  requireRole(a.actor, ['case-owner', 'cio-office'], 'withdrawing the project');
  if (
    a.actor.roles.includes('case-owner') &&
    !a.actor.roles.includes('cio-office') &&
    a.actor.sub !== s.caseOwner.sub
  ) {
    refuse('missing-role', 'only the case owner of this project or the CIO office can withdraw it');
  }
  requireText(a.reason, 'reason', 2_000);
}

export interface Amendment {
  actor: Actor;
  reason: string;
  changes: { title?: string; summary?: string; technologies?: string[]; plannedStart?: string };
}

export function checkAmend(s: ProjectSnapshot, a: Amendment, limits: PolicyLimits = DEFAULT_POLICY_LIMITS): void {
  requireCleanText(a, ['reason', 'changes.summary']);
  requireOpen(s);
  requireCaseOwner(s, a.actor, 'amending the scope');
  requireText(a.reason, 'reason', 2_000);
  if (typeof a.changes !== 'object' || a.changes === null) refuse('invalid-payload', 'changes must be an object');
  requireBelowLimit(s, 'amendments', limits, 'amending the scope');
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
