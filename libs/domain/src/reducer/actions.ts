import { RETURNABLE_GATES } from '../gates';
import { addContributor, adviceFrom, countAction, gateApplies, gateOf, person } from '../lifecycle';
import { councilAfterDeviation } from '../policy';
import type { Decision, ProjectSnapshot } from '../project';
import type { ActionPayload as Of } from './commands';
import type { Draft } from './draft';
import { reserveChosen } from './meetings';
import { begin, TARGETED_REASSESSMENT } from './reassessment';
import { followCaseInRegisters, openPublication } from '../registers/lifecycle';

export function submitDpia(d: Draft, a: Of<'submit-dpia'>): void {
  // Kept in the snapshot (not in the workflow), so it survives continue-as-new and the read model shows it.
  addContributor(d.s, a.actor.sub, 'dpia', d.now);
  d.emit('dpia-submitted', 'dpia', a.actor, { document: a.document, elements: a.elements }, [a.document.sha256]);
  d.openStep('dpia', 'dpo-advice');
}

export function giveDpoAdvice(d: Draft, a: Of<'give-dpo-advice'>): void {
  const s = d.s;
  const extra = { conditions: a.conditions ?? [], summary: a.summary };
  const advice = adviceFrom('dpo-advice', 'dpia', a.advice, person(a.actor), d.now, extra, s.cycle);
  s.advices = [...s.advices.filter((x) => x.id !== advice.id), advice];
  d.emit('dpo-advice-given', 'dpia', a.actor, {
    advice: a.advice,
    conditions: a.conditions ?? [],
    summary: a.summary,
    priorConsultationRequired: a.priorConsultationRequired,
  });
  if (a.priorConsultationRequired) {
    const g = gateOf(s, 'dpia');
    Object.assign(g, {
      state: 'waiting',
      step: 'prior-consultation',
      assigneeRole: 'dpo',
      assigneeSub: null,
      escalationLevel: 0,
    });
    d.dropTimers('dpia');
    d.effects.push({
      kind: 'plan-after',
      from: d.now,
      spec: d.policy.priorConsultation.term,
      then: { type: 'prior-consultation-planned', startedAt: d.now },
    });
    return;
  }
  d.completeGate('dpia', { advice: a.advice });
  d.advanceFrom('dpia');
}

export function priorConsultationPlanned(d: Draft, startedAt: string, dueAt: string): void {
  const s = d.s;
  s.priorConsultation = { startedAt, dueAt, extended: false, answer: null };
  gateOf(s, 'dpia').dueAt = dueAt;
  s.timers.push(d.timer('statutory-term', 'dpia', 'prior-consultation', dueAt, 1, 'cio-office', null));
  d.emit('prior-consultation-started', 'dpia', null, {
    term: d.policy.priorConsultation.term,
    dueAt,
    source: d.policy.priorConsultation.source,
  });
}

export function recordPriorConsultation(d: Draft, a: Of<'record-prior-consultation'>): void {
  const pc = d.s.priorConsultation;
  if (!pc) return;
  if (a.extend) {
    d.effects.push({
      kind: 'plan-after',
      from: pc.dueAt,
      spec: d.policy.priorConsultation.extension,
      then: { type: 'prior-consultation-extended', update: a },
    });
    return;
  }
  answerPriorConsultation(d, a);
}

export function priorConsultationExtended(d: Draft, a: Of<'record-prior-consultation'>, dueAt: string): void {
  const s = d.s;
  const pc = s.priorConsultation;
  if (!pc) return;
  s.priorConsultation = { ...pc, dueAt, extended: true };
  gateOf(s, 'dpia').dueAt = dueAt;
  s.timers = s.timers.filter((t) => !(t.kind === 'statutory-term' && !t.fired));
  s.timers.push(d.timer('statutory-term', 'dpia', 'prior-consultation', dueAt, 2, 'cio-office', null));
  d.emit('prior-consultation-extended', 'dpia', a.actor, { extension: d.policy.priorConsultation.extension, dueAt });
  answerPriorConsultation(d, a);
}

function answerPriorConsultation(d: Draft, a: Of<'record-prior-consultation'>): void {
  const s = d.s;
  const pc = s.priorConsultation;
  if (!a.answer || !pc) return;
  s.priorConsultation = { ...pc, answer: a.answer.outcome };
  const extra = { summary: a.answer.summary };
  const advice = adviceFrom('dpa-prior-consultation', 'dpia', a.answer.outcome, person(a.actor), d.now, extra, s.cycle);
  s.advices = [...s.advices.filter((x) => x.id !== advice.id), advice];
  s.timers = s.timers.filter((t) => !(t.kind === 'statutory-term' && !t.fired));
  d.emit('prior-consultation-answered', 'dpia', a.actor, { answer: a.answer });
  d.completeGate('dpia', { advice: gateOf(s, 'dpia').outcome, priorConsultation: a.answer.outcome });
  d.advanceFrom('dpia');
}

export function requestReflection(d: Draft, a: Of<'request-reflection'>): void {
  const s = d.s;
  countAction(s, 'reflectionRequests');
  s.reflectionRequests.push({ by: person(a.actor), at: d.now, reason: a.reason });
  d.emit('reflection-requested', 'commission-reflection', a.actor, { reason: a.reason });
  const g = gateOf(s, 'commission-reflection');
  if (g.state === 'not-required') g.state = 'pending';
  // Asked for while the decision is already on the table: the commission goes first.
  const decision = gateOf(s, 'portfolio-decision');
  if (decision.state === 'active') {
    Object.assign(decision, { state: 'pending', step: null, dueAt: null });
    d.dropTimers('portfolio-decision');
    d.openGate('commission-reflection');
  }
}

export function scheduleCommission(d: Draft, a: Of<'schedule-commission'>): void {
  const s = d.s;
  if (a.meetingId !== undefined) return reserveChosen(d, a.meetingId, a.actor);
  const meetingDate = a.meetingDate as string;
  s.commission = { meetingDate, questions: s.commission?.questions ?? [] };
  d.awaitMeeting(meetingDate);
  d.emit('commission-scheduled', 'commission-reflection', a.actor, { meetingDate });
}

export function askCommissionQuestions(d: Draft, a: Of<'ask-commission-questions'>): void {
  countAction(d.s, 'questionRounds');
  d.effects.push({
    kind: 'plan-task',
    from: d.now,
    timing: d.timingFor('commission-reflection', 'answer-questions'),
    then: { type: 'questions-planned', update: a, askedAt: d.now },
  });
}

export function questionsPlanned(d: Draft, a: Of<'ask-commission-questions'>, askedAt: string, dueAt: string): void {
  const s = d.s;
  const asked = a.questions.map((text) => ({ text, askedAt, dueAt, answer: null }));
  s.commission = {
    ...(s.commission ?? {}),
    meetingDate: s.commission?.meetingDate ?? null,
    questions: [...(s.commission?.questions ?? []), ...asked],
  };
  d.emit('commission-questions-asked', 'commission-reflection', a.actor, { questions: a.questions, dueAt });
  d.openStep('commission-reflection', 'answer-questions', { assigneeSub: s.caseOwner.sub });
}

export function answerCommissionQuestions(d: Draft, a: Of<'answer-commission-questions'>): void {
  const s = d.s;
  addContributor(s, a.actor.sub, 'commission-answers', d.now);
  let i = 0;
  const questions = (s.commission?.questions ?? []).map((q) =>
    q.answer === null ? { ...q, answer: a.answers[i++] ?? '' } : q,
  );
  s.commission = { ...(s.commission ?? {}), meetingDate: s.commission?.meetingDate ?? null, questions };
  d.emit('commission-questions-answered', 'commission-reflection', a.actor, { answers: a.answers });
  const meeting = s.commission.meetingDate;
  if (meeting && Date.parse(meeting) > d.nowMs) {
    d.awaitMeeting(meeting, { role: 'ethics-secretary' });
  } else {
    d.openStep('commission-reflection', meeting ? 'record-reflection' : 'schedule-meeting');
  }
}

export function recordReflection(d: Draft, a: Of<'record-reflection'>): void {
  const s = d.s;
  const extra = { conditions: a.recommendations, summary: a.summary };
  const advice = adviceFrom(
    'commission-reflection',
    'commission-reflection',
    'reflection',
    person(a.actor),
    d.now,
    extra,
    s.cycle,
  );
  s.advices = [...s.advices.filter((x) => x.id !== advice.id), advice];
  d.emit('reflection-recorded', 'commission-reflection', a.actor, {
    summary: a.summary,
    recommendations: a.recommendations,
    publish: a.publish,
  });
  if (a.publish)
    d.notify('reflection-published', 'commission-reflection', 'cio-office', null, null, 0, { summary: a.summary });
  d.completeGate('commission-reflection', { recommendations: a.recommendations.length, published: a.publish });
  d.advanceFrom('commission-reflection');
}

export function decideOn(d: Draft, a: Of<'decide'>): void {
  const s = d.s;
  const decision = {
    outcome: a.outcome,
    rationale: a.rationale,
    conditions: a.conditions ?? [],
    returnTo: a.outcome === 'returned' ? (a.returnTo ?? null) : null,
    adviceResponses: a.adviceResponses,
    by: person(a.actor),
    at: d.now,
  };
  d.emit('decision-taken', 'portfolio-decision', a.actor, { ...decision, by: undefined });
  d.notify('decision', 'portfolio-decision', 'case-owner', s.caseOwner.sub, null, 0, { outcome: a.outcome });
  if (a.outcome === 'returned' && a.returnTo) {
    const returnTo = a.returnTo;
    const g = gateOf(s, 'portfolio-decision');
    Object.assign(g, { state: 'returned', step: null, dueAt: null, outcome: { outcome: 'returned', returnTo } });
    d.dropTimers('portfolio-decision');
    const order = RETURNABLE_GATES;
    for (const later of order.slice(order.indexOf(returnTo) + 1)) {
      const lg = gateOf(s, later);
      if (lg.state === 'completed') Object.assign(lg, { state: 'pending', outcome: null, completedAt: null });
    }
    s.advices = s.advices.filter((adv) => order.indexOf(adv.gate) < order.indexOf(returnTo));
    d.emit('returned-for-rework', returnTo, null, { from: 'portfolio-decision' });
    d.openGate(returnTo);
    return;
  }
  s.decision = decision;
  d.completeGate('portfolio-decision', { outcome: a.outcome, conditions: decision.conditions });
  if (a.outcome === 'rejected') {
    s.status = 'rejected';
    d.closeAll();
    return;
  }
  s.status = 'in-use';
  requireCouncilAfterDeviation(d, a.adviceResponses);
  // Publication in the registers comes first, so the council letter can cite the published entry.
  if (gateApplies(s, 'publication') && d.patched('publication-gate')) {
    openPublication(d);
  } else {
    const publication = gateOf(s, 'publication');
    if (publication.state === 'pending') publication.state = 'not-required';
    if (gateApplies(s, 'council-information')) d.openGate('council-information');
  }
  d.effects.push({ kind: 'then', command: { type: 'schedule-reevaluation' } });
}

/**
 * A decision that deviates from an advice brings the council in when the policy the project runs under says so
 * (version 2 on; version 1 has no such section, so its projects and recorded histories go as before).
 */
function requireCouncilAfterDeviation(d: Draft, responses: Decision['adviceResponses']): void {
  const s = d.s;
  const deviated = councilAfterDeviation(d.policy, responses);
  if (deviated.length === 0 || gateApplies(s, 'council-information')) return;
  s.councilRequired = { reason: 'decision-deviates-from-advice', adviceIds: deviated, at: d.now };
  const g = gateOf(s, 'council-information');
  if (g.state === 'not-required') g.state = 'pending';
  d.emit('council-information-required', 'council-information', null, {
    reason: 'decision-deviates-from-advice',
    adviceIds: deviated,
  });
}

export function recordCouncilInformation(d: Draft, a: Of<'record-council-information'>): void {
  const facts = { reference: a.reference, date: a.date, channel: a.channel };
  d.emit('council-informed', 'council-information', a.actor, facts);
  d.completeGate('council-information', facts);
}

export function hold(d: Draft, a: Of<'hold'>): void {
  countAction(d.s, 'holds');
  d.s.heldAt = d.now;
  d.s.status = 'on-hold';
  d.emit('put-on-hold', null, a.actor, { reason: a.reason });
}

export function resume(d: Draft, a: Of<'resume'>): void {
  const s = d.s;
  const pausedMs = d.nowMs - Date.parse(s.heldAt ?? d.now);
  // Deadlines keep the time they had left; the DPA's statutory term and the meeting's dates run on regardless.
  const shift = (iso: string | null): string | null =>
    iso ? new Date(Date.parse(iso) + pausedMs).toISOString() : null;
  s.timers = s.timers.map((t) =>
    t.fired ||
    t.kind === 'statutory-term' ||
    t.kind === 'meeting' ||
    t.kind === 'submission-deadline' ||
    t.kind === 'rule-in-force'
      ? t
      : { ...t, at: shift(t.at) as string },
  );
  for (const g of s.gates) {
    if (g.state === 'active') g.dueAt = shift(g.dueAt);
  }
  s.status = s.decision && s.decision.outcome !== 'returned' ? 'in-use' : 'active';
  s.heldAt = null;
  d.emit('resumed', null, a.actor, { reason: a.reason, pausedMs });
}

export function withdraw(d: Draft, a: Of<'withdraw'>): void {
  d.s.status = 'withdrawn';
  d.s.heldAt = null;
  d.closeAll();
  d.emit('withdrawn', null, a.actor, { reason: a.reason });
  followCaseInRegisters(d, 'withdrawn');
}

export function amend(d: Draft, a: Of<'amend'>): void {
  const s = d.s;
  countAction(s, 'amendments');
  addContributor(s, a.actor.sub, 'amendment', d.now);
  const changes = a.changes;
  s.registration = {
    ...s.registration,
    ...(changes.title ? { title: changes.title } : {}),
    ...(changes.summary ? { summary: changes.summary } : {}),
    ...(changes.technologies
      ? { technologies: changes.technologies as ProjectSnapshot['registration']['technologies'] }
      : {}),
    ...(changes.plannedStart ? { plannedStart: changes.plannedStart } : {}),
  };
  d.emit('amended', null, a.actor, { reason: a.reason, changes });
  // Re-assessed under the policy in force now, comparing routes (before the patch: a full restart).
  if (d.patched(TARGETED_REASSESSMENT)) begin(d, 'amendment', null, 'loading-policy');
  d.effects.push({ kind: 'load-policy' });
}

/** The amendment goes on under the policy in force now: a new cycle from the quick-scan. */
export function amendedPolicyLoaded(d: Draft): void {
  const s = d.s;
  d.effects.push({ kind: 'use-policy', policy: d.policy });
  s.policy = { id: d.policy.id, version: d.policy.version };
  s.cycle += 1;
  s.status = 'active';
  s.decision = null;
  s.advices = [];
  d.closeAll();
  for (const g of s.gates)
    Object.assign(g, { state: g.gate === 'quick-scan' ? g.state : 'pending', outcome: null, completedAt: null });
  d.openGate('quick-scan');
}
