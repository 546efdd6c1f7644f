import type { CommissionMeetingMove } from '../action-payloads';
import { requireCleanText, requireOpen, requireRole, requireStep, requireText } from '../checks';
import type { CommissionSlot } from '../commission-meetings';
import { gateOf, refuse } from '../lifecycle';
import { UUID_PATTERN, type ProjectSnapshot } from '../project';
import type { Actor } from '../roles';
import type { SystemCommand } from './commands';
import type { Draft } from './draft';

/**
 * The Ethics Commission's meeting calendar in the lifecycle: a case that reaches the commission is given a place on
 * the next meeting with room (an activity reserves it in PostgreSQL), the case owner gets the submission deadline with
 * its reminders, and the workflow waits on the meeting's date. Histories recorded before it replay without.
 */
export const COMMISSION_MEETING_SLOT = 'commission-meeting-slot';

const GATE = 'commission-reflection';

/** Where the commission gate opens its scheduling step: reserve a place on the next meeting with room. */
export function reserveOnOpen(d: Draft): void {
  if (!d.patched(COMMISSION_MEETING_SLOT)) return;
  d.effects.push({
    kind: 'reserve-meeting-slot',
    then: { type: 'commission-slot-reserved', requested: null, actor: null },
  });
}

/** The secretary names a meeting of the calendar: its place is reserved, then recorded. */
export function reserveChosen(d: Draft, meetingId: string, actor: Actor): void {
  d.effects.push({
    kind: 'reserve-meeting-slot',
    then: { type: 'commission-slot-reserved', requested: meetingId, actor },
  });
}

function commissionOf(s: ProjectSnapshot): NonNullable<ProjectSnapshot['commission']> {
  return s.commission ?? { meetingDate: null, questions: [] };
}

export function slotReserved(d: Draft, c: Extract<SystemCommand, { type: 'commission-slot-reserved' }>): void {
  const s = d.s;
  const g = gateOf(s, GATE);
  const steps = c.requested ? ['schedule-meeting', 'await-meeting', 'answer-questions'] : ['schedule-meeting'];
  // Moved on while the reservation ran (a date typed in, the project withdrawn): nothing to record.
  if ((g.state !== 'active' && g.state !== 'waiting') || g.step === null || !steps.includes(g.step)) return;
  if (!c.slot) {
    if (c.requested) {
      d.emit('commission-slot-refused', GATE, c.actor, { meetingId: c.requested });
      return;
    }
    s.commission = { ...commissionOf(s), meetingId: null, submissionDeadline: null, waitingSince: d.now };
    d.emit('commission-awaiting-slot', GATE, null, {});
    return;
  }
  const how = c.requested ? 'secretary' : 'auto';
  placeOnMeeting(d, c.slot);
  d.emit('commission-scheduled', GATE, c.actor, {
    meetingDate: c.slot.startsAt,
    meetingId: c.slot.meetingId,
    submissionDeadline: c.slot.submissionDeadline,
    how,
  });
  tellCaseOwner(d, c.slot, 'assigned');
}

/** Records the place and waits on the meeting; the case owner's submission deadline gets its reminders. */
function placeOnMeeting(d: Draft, slot: CommissionSlot): void {
  const s = d.s;
  s.commission = {
    ...commissionOf(s),
    meetingDate: slot.startsAt,
    meetingId: slot.meetingId,
    submissionDeadline: slot.submissionDeadline,
    waitingSince: null,
  };
  // Questions being answered: the answers send the case on to the meeting (answerCommissionQuestions).
  if (gateOf(s, GATE).step === 'answer-questions') return;
  d.awaitMeeting(slot.startsAt);
  slot.reminders.forEach((at, i) =>
    s.timers.push(d.timer('reminder', GATE, 'await-meeting', at, i + 1, 'case-owner', s.caseOwner.sub)),
  );
}

function tellCaseOwner(d: Draft, slot: CommissionSlot, reason: 'assigned' | 'moved' | 'placed'): void {
  const payload = { reason, meetingId: slot.meetingId, meetingDate: slot.startsAt };
  d.notify('commission-meeting', GATE, 'case-owner', d.s.caseOwner.sub, slot.submissionDeadline, 0, payload);
}

export function checkMeetingMove(s: ProjectSnapshot, a: CommissionMeetingMove): void {
  requireCleanText(a);
  requireOpen(s);
  requireRole(a.actor, ['ethics-secretary'], 'moving the project to another commission meeting');
  requireStep(s, GATE, ['schedule-meeting', 'await-meeting', 'answer-questions']);
  requireText(a.reason, 'reason', 2_000);
  if (a.how !== undefined) {
    if (a.how !== 'auto' || a.meetingId === null) refuse('invalid-payload', "how must be 'auto', with a meeting");
    // Only a case that still waits takes a place automatically (one placed meanwhile keeps its own).
    requireStep(s, GATE, ['schedule-meeting']);
    if (!commissionOf(s).waitingSince) refuse('wrong-step', 'the project does not wait for a commission meeting');
  }
  if (a.meetingId === null) return;
  if (typeof a.meetingId !== 'string' || !UUID_PATTERN.test(a.meetingId)) refuse('invalid-payload', 'meetingId');
  for (const field of ['meetingDate', 'submissionDeadline'] as const) {
    const v = a[field];
    if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) refuse('invalid-payload', `${field} must be an instant`);
  }
  if (!Array.isArray(a.reminders) || a.reminders.length > 10 || a.reminders.some((r) => Number.isNaN(Date.parse(r)))) {
    refuse('invalid-payload', 'reminders must be at most 10 instants');
  }
}

export function moveMeeting(d: Draft, a: CommissionMeetingMove): void {
  const s = d.s;
  const from = commissionOf(s).meetingId ?? null;
  const payload = { from, to: a.meetingId, meetingDate: a.meetingDate, reason: a.reason };
  if (a.meetingId !== null && a.meetingDate !== null && a.submissionDeadline !== null) {
    const slot = {
      meetingId: a.meetingId,
      startsAt: new Date(a.meetingDate).toISOString(),
      submissionDeadline: new Date(a.submissionDeadline).toISOString(),
      reminders: a.reminders.filter((r) => Date.parse(r) > d.nowMs),
    };
    // A waiting case that a newly planned (or enlarged) meeting took: 'placed', audited as a move with its how.
    const told = a.how === 'auto' ? 'placed' : 'moved';
    placeOnMeeting(d, slot);
    d.emit('commission-meeting-moved', GATE, a.actor, {
      ...payload,
      submissionDeadline: slot.submissionDeadline,
      ...(a.how ? { how: a.how } : {}),
    });
    tellCaseOwner(d, slot, told);
    d.notify('commission-meeting', GATE, 'ethics-secretary', null, slot.submissionDeadline, 0, {
      reason: told,
      meetingId: slot.meetingId,
      meetingDate: slot.startsAt,
    });
    return;
  }
  // No meeting has room: the case waits for a slot, with the secretary.
  s.commission = {
    ...commissionOf(s),
    meetingDate: null,
    meetingId: null,
    submissionDeadline: null,
    waitingSince: d.now,
  };
  d.emit('commission-meeting-moved', GATE, a.actor, payload);
  d.notify('commission-meeting', GATE, 'case-owner', s.caseOwner.sub, null, 0, { reason: 'waiting' });
  d.notify('commission-meeting', GATE, 'ethics-secretary', null, null, 0, { reason: 'waiting' });
  if (gateOf(s, GATE).step === 'await-meeting') d.openStepWithoutReservation(GATE, 'schedule-meeting');
}
