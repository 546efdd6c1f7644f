import { earliestDeadline, gateOf } from '../lifecycle';
import type { ProjectSnapshot, TimerEntry } from '../project';
import type { SystemCommand } from './commands';
import type { Draft } from './draft';
import { submissionDeadlinePassed } from './meetings';
import { begin, ruleCameIntoForce, TARGETED_REASSESSMENT } from './reassessment';

/** The plan of a step arrived: unless the step moved on while it was planned, it gets its deadline and timers. */
export function taskPlanned(d: Draft, c: Extract<SystemCommand, { type: 'task-planned' }>): void {
  const { gate, step, role, plan } = c;
  const s = d.s;
  const g = gateOf(s, gate);
  if (g.step !== step || g.openedAt !== c.openedAt || g.state !== 'active') return; // moved on while planning
  g.dueAt = plan.dueAt;
  const sub = g.assigneeSub;
  plan.reminders.forEach((at, i) => s.timers.push(d.timer('reminder', gate, step, at, i + 1, role, sub)));
  for (const e of plan.escalations) s.timers.push(d.timer('escalation', gate, step, e.at, e.level, e.role, null));
  d.notify('task-opened', gate, role, sub, plan.dueAt, 0, { step });
  d.touch();
}

export function start(d: Draft, mode: Extract<SystemCommand, { type: 'start' }>['mode']): void {
  const s = d.s;
  switch (mode) {
    case 'history':
      // Continued as new because the history grew long: carry on where the previous run stood; nothing restarts.
      return;
    case 'reevaluation':
      // The route is compared when the new quick-scan is in (before the patch: a full restart if it got stronger).
      if (s.route && d.patched(TARGETED_REASSESSMENT)) begin(d, 'reevaluation', null, 'quick-scan');
      d.emit('reevaluation-started', 'quick-scan', null, { cycle: s.cycle, policyVersion: d.policy.version });
      d.openGate('quick-scan');
      return;
    case 'registered':
      d.emit('registered', null, s.caseOwner, { registration: s.registration, policyVersion: d.policy.version });
      d.openGate('quick-scan');
      return;
  }
}

export function reevaluationPlanned(d: Draft, interval: string, at: string): void {
  const s = d.s;
  s.timers = s.timers.filter((t) => t.kind !== 'reevaluation' || t.fired);
  s.timers.push(d.timer('reevaluation', null, null, at, s.cycle + 1, 'case-owner', s.caseOwner.sub));
  d.emit('reevaluation-scheduled', null, null, { at, interval, riskLevel: s.route?.outcome.riskLevel ?? null });
}

/** A timer that came due (a re-evaluation is the workflow's own: it continues as new, see `carriedForReevaluation`). */
export function timerFired(d: Draft, t: TimerEntry): void {
  const s = d.s;
  const live = s.timers.find((x) => x.id === t.id && !x.fired);
  if (live) live.fired = true;
  d.touch();
  const g = t.gate ? gateOf(s, t.gate) : null;
  switch (t.kind) {
    case 'reminder': {
      // While the workflow awaits the meeting, a reminder is the case owner's: the submission deadline (before the
      // submission task, on the meeting's step).
      const submission = t.step === 'await-meeting' || t.step === 'submit-documents';
      const dueAt = submission ? (s.commission?.submissionDeadline ?? null) : (g?.dueAt ?? null);
      d.emit('reminder-sent', t.gate, null, { step: t.step, dueAt, reminder: t.level, to: t.role });
      d.notify('reminder', t.gate, t.role, t.recipientSub, dueAt, 0, { step: t.step, reminder: t.level });
      return;
    }
    case 'escalation':
      if (g) g.escalationLevel = t.level;
      d.emit('escalated', t.gate, null, { step: t.step, level: t.level, to: t.role, dueAt: g?.dueAt ?? null });
      d.notify('escalation', t.gate, t.role, null, g?.dueAt ?? null, t.level, { step: t.step });
      return;
    case 'statutory-term':
      if (g) g.escalationLevel = t.level;
      d.emit('prior-consultation-term-expired', t.gate, null, {
        dueAt: t.at,
        extended: s.priorConsultation?.extended ?? false,
      });
      d.notify('escalation', t.gate, 'cio-office', null, t.at, t.level, {
        step: 'prior-consultation',
        reason: 'statutory-term-expired',
      });
      return;
    case 'meeting':
      d.emit('commission-met', t.gate, null, { meetingDate: s.commission?.meetingDate ?? null });
      d.openStep('commission-reflection', 'record-reflection');
      return;
    case 'submission-deadline':
      return submissionDeadlinePassed(d, t.at);
    case 'reevaluation':
      return;
    case 'rule-in-force':
      return ruleCameIntoForce(d, t);
  }
}

/** Fired timers stay visible (the project page shows them) but only the recent ones: the state must stay small. */
export function timersSwept(d: Draft): void {
  const s = d.s;
  s.timers = s.timers.filter((t) => !t.fired).concat(s.timers.filter((t) => t.fired).slice(-50));
  d.touch();
}

/** Marks the step; the first time, records it and tells the CIO office. */
export function attentionNeeded(d: Draft, c: Extract<SystemCommand, { type: 'attention-needed' }>): void {
  const s = d.s;
  // A transition that cannot be written matters more than a plan made without holidays: it keeps the slot.
  if (s.attention?.activity === 'publishTransition' && c.activity !== 'publishTransition') return;
  const first = !s.attention;
  s.attention = {
    activity: c.activity,
    since: s.attention?.since ?? d.now,
    lastFailedAt: d.now,
    reason: c.reason,
    sqlstate: c.sqlstate,
    failures: (s.attention?.failures ?? 0) + 1,
    parkedEventIds: c.parkedEventIds,
  };
  d.touch();
  if (!first) return;
  const { activity, reason, sqlstate } = c;
  d.emit('needs-attention', s.currentGate, null, { activity, reason, sqlstate, parkedEventIds: c.parkedEventIds });
  d.notify('escalation', s.currentGate, 'cio-office', null, null, 1, { reason: 'needs-attention', activity, sqlstate });
}

export function attentionResolved(d: Draft): void {
  const s = d.s;
  const was = s.attention;
  s.attention = null;
  d.emit('attention-resolved', s.currentGate, null, {
    activity: was?.activity ?? null,
    since: was?.since ?? null,
    failures: was?.failures ?? 0,
  });
}

/** What a publication writes: the snapshot with its next version, its time, its earliest deadline and open gate. */
export function stamped(snapshot: ProjectSnapshot, now: string): ProjectSnapshot {
  const open = snapshot.gates.find((g) => g.state === 'active' || g.state === 'waiting');
  return {
    ...snapshot,
    version: snapshot.version + 1,
    updatedAt: now,
    nextDeadline: earliestDeadline(snapshot),
    currentGate: open ? open.gate : null,
  };
}

/** The state a re-evaluation carries into its new run: the timer fired, the next cycle, the recent timers only. */
export function carriedForReevaluation(snapshot: ProjectSnapshot, timerId: string): ProjectSnapshot {
  const carried = JSON.parse(JSON.stringify(snapshot)) as ProjectSnapshot;
  for (const t of carried.timers) if (t.id === timerId) t.fired = true;
  carried.cycle += 1;
  carried.timers = carried.timers.filter((t) => !t.fired || t.kind === 'reevaluation').slice(-20);
  return carried;
}
