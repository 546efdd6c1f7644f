import type { CommissionDocumentsSubmission, CommissionMeetingMove } from '../action-payloads';
import { requireCaseOwner, requireCleanText, requireOpen, requireRole, requireStep, requireText } from '../checks';
import type { CommissionSlot } from '../commission-meetings';
import { COMMISSION_SUBMISSION_TASK, isOpenSubmission } from '../commission-submission';
import { addContributor, gateOf, person, refuse } from '../lifecycle';
import { SHA256_HEX, UUID_PATTERN, type ProjectSnapshot } from '../project';
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
  const task = d.patched(COMMISSION_SUBMISSION_TASK);
  if (task) openSubmission(d, slot.submissionDeadline);
  // Questions being answered: the answers send the case on to the meeting (answerCommissionQuestions).
  if (gateOf(s, GATE).step === 'answer-questions') return;
  d.awaitMeeting(slot.startsAt);
  // The reminders are the submission task's (its step), none once the documents are in.
  if (task && !isOpenSubmission(s.commission.submission)) return;
  const step = task ? 'submit-documents' : 'await-meeting';
  slot.reminders.forEach((at, i) =>
    s.timers.push(d.timer('reminder', GATE, step, at, i + 1, 'case-owner', s.caseOwner.sub)),
  );
}

/**
 * The case owner's submission task for this place: documents already in stay in (its deadline follows the meeting);
 * otherwise it opens, or stays open with the new deadline. A deadline already past opens none.
 */
function openSubmission(d: Draft, dueAt: string): void {
  const c = commissionOf(d.s);
  const was = c.submission ?? null;
  if (was?.submittedAt) {
    c.submission = { ...was, dueAt };
  } else {
    const closedAt = Date.parse(dueAt) > d.nowMs ? null : d.now;
    const openedAt = isOpenSubmission(was) ? was.openedAt : d.now;
    c.submission = { openedAt, dueAt, submittedAt: null, submittedBy: null, closedAt };
  }
  d.s.commission = c;
}

/**
 * While the case waits for its meeting, an open submission task closes by itself when its deadline passes (armed
 * each time the gate comes to the wait: a place, a move, answers to the commission's questions).
 */
export function armSubmissionDeadline(d: Draft): void {
  const sub = d.s.commission?.submission;
  if (!isOpenSubmission(sub)) return;
  d.s.timers.push(d.timer('submission-deadline', GATE, 'submit-documents', sub.dueAt, 1, 'case-owner', null));
}

/** The submission deadline passed without the documents: the task closes, the trail says so. */
export function submissionDeadlinePassed(d: Draft, at: string): void {
  const sub = d.s.commission?.submission;
  if (!isOpenSubmission(sub) || sub.dueAt !== at) return;
  sub.closedAt = d.now;
  d.emit('commission-submission-deadline-passed', GATE, null, {
    meetingId: d.s.commission?.meetingId ?? null,
    submissionDeadline: sub.dueAt,
  });
}

export function checkDocumentsSubmission(s: ProjectSnapshot, a: CommissionDocumentsSubmission, now: string): void {
  requireCleanText(a, ['note']);
  requireOpen(s);
  requireCaseOwner(s, a, 'submitting the documents for the commission meeting');
  requireStep(s, GATE, ['await-meeting', 'answer-questions']);
  const c = commissionOf(s);
  const sub = c.submission;
  if (!c.meetingId || !c.meetingDate || !sub) {
    refuse('wrong-step', 'the project is not on a commission meeting');
  }
  if (Date.parse(c.meetingDate) <= Date.parse(now)) refuse('wrong-step', 'the commission meeting has taken place');
  if (sub.submittedAt) refuse('wrong-step', `the documents were already submitted on ${sub.submittedAt}`);
  if (a.note !== undefined) requireText(a.note, 'note', 4_000);
  if (a.documents === undefined) return;
  if (!Array.isArray(a.documents) || a.documents.length > 20) refuse('invalid-payload', 'documents: at most 20');
  a.documents.forEach((doc, i) => {
    requireText(doc?.reference, `documents[${i}].reference`, 500);
    if (typeof doc.sha256 !== 'string' || !SHA256_HEX.test(doc.sha256)) {
      refuse('invalid-payload', `documents[${i}].sha256 must be 64 lowercase hex characters`);
    }
    if (doc.title !== undefined) requireText(doc.title, `documents[${i}].title`, 500);
  });
}

/** The documents are in: the task closes, its remaining reminders are cancelled; late ones say so on the trail. */
export function submitDocuments(d: Draft, a: CommissionDocumentsSubmission): void {
  const s = d.s;
  const c = commissionOf(s);
  const sub = c.submission as NonNullable<typeof c.submission>;
  c.submission = { ...sub, submittedAt: d.now, submittedBy: person(a.actor), closedAt: null };
  s.commission = c;
  s.timers = s.timers.filter((t) => t.fired || t.gate !== GATE || t.step !== 'submit-documents');
  addContributor(s, a.actor.sub, 'commission-documents', d.now);
  const documents = (a.documents ?? []).map((doc) => ({
    reference: doc.reference.trim(),
    sha256: doc.sha256,
    ...(doc.title !== undefined ? { title: doc.title.trim() } : {}),
  }));
  d.emit(
    'commission-documents-submitted',
    GATE,
    a.actor,
    {
      meetingId: c.meetingId ?? null,
      meetingDate: c.meetingDate,
      submissionDeadline: sub.dueAt,
      late: Date.parse(sub.dueAt) <= d.nowMs,
      note: a.note?.trim() ?? null,
      documents,
    },
    documents.map((doc) => doc.sha256),
  );
}

function tellCaseOwner(d: Draft, slot: CommissionSlot, reason: 'assigned' | 'moved' | 'placed'): void {
  // With the task, the mail is about it (its step): its calendar attachment is the task's event in the feed.
  const task = isOpenSubmission(d.s.commission?.submission);
  const payload = {
    reason,
    meetingId: slot.meetingId,
    meetingDate: slot.startsAt,
    ...(task ? { step: 'submit-documents' } : {}),
  };
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
  // No meeting has room: the case waits for a slot, with the secretary; the submission task closes.
  const sub = commissionOf(s).submission;
  s.commission = {
    ...commissionOf(s),
    ...(isOpenSubmission(sub) ? { submission: { ...sub, closedAt: d.now } } : {}),
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
