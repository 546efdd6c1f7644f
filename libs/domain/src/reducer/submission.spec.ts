import type { CommissionSlot } from '../commission-meetings';
import { COMMISSION_SUBMISSION_TASK, submissionTaskOf } from '../commission-submission';
import type { ProjectCommand } from './commands';
import { atCommission, DAY, OWNER, T0, who } from './world.spec';

const ELS = who('els', 'ethics-secretary');
const OTHER_OWNER = who('bert', 'case-owner');
const iso = (ms: number) => new Date(ms).toISOString();
const SLOT: CommissionSlot = {
  meetingId: '11111111-1111-4111-8111-111111111111',
  startsAt: iso(T0 + 30 * DAY),
  submissionDeadline: iso(T0 + 16 * DAY),
  reminders: [iso(T0 + 13 * DAY)],
};
const NEXT = '22222222-2222-4222-8222-222222222222';
const SHA = 'b'.repeat(64);

const submit = (actor = OWNER, extra: Record<string, unknown> = {}): ProjectCommand => ({
  type: 'submit-commission-documents',
  update: { actor, ...extra },
});

const move = (meetingId: string | null, how?: 'auto'): ProjectCommand => ({
  type: 'move-commission-meeting',
  update: {
    actor: ELS,
    meetingId,
    meetingDate: meetingId ? iso(T0 + 44 * DAY) : null,
    submissionDeadline: meetingId ? iso(T0 + 30 * DAY) : null,
    reminders: meetingId ? [iso(T0 + 27 * DAY)] : [],
    reason: 'De vergadering is geannuleerd.',
    ...(how ? { how } : {}),
  },
});

const openTimers = (w: ReturnType<typeof atCommission>, step = 'submit-documents') =>
  w.s.timers.filter((t) => !t.fired && t.step === step).map((t) => [t.kind, t.at]);

describe("the case owner's submission task for the commission meeting", () => {
  it('opens with the place on a meeting: the owner has it, due at the submission deadline, with its reminders', () => {
    const w = atCommission(SLOT);
    expect(submissionTaskOf(w.s)).toMatchObject({
      gate: 'commission-reflection',
      step: 'submit-documents',
      assigneeRole: 'case-owner',
      assigneeSub: 'anna',
      dueAt: SLOT.submissionDeadline,
      openedAt: w.iso,
    });
    // The secretary keeps the gate's own step: waiting for the meeting.
    expect(w.gate('commission-reflection')).toMatchObject({ step: 'await-meeting', assigneeRole: 'ethics-secretary' });
    expect(openTimers(w)).toEqual([
      ['submission-deadline', SLOT.submissionDeadline],
      ['reminder', SLOT.reminders[0]],
    ]);
    // The mail about the place is about the task (its step), so its calendar attachment is the task's event.
    expect(w.notifications.find((n) => n.kind === 'commission-meeting')?.payload).toMatchObject({
      step: 'submit-documents',
    });
    w.advance(14 * DAY);
    expect(w.notifications.filter((n) => n.kind === 'reminder').at(-1)).toMatchObject({
      recipientSub: 'anna',
      dueAt: SLOT.submissionDeadline,
      payload: { step: 'submit-documents', reminder: 1 },
    });
  });

  it('closes when the owner marks the documents submitted: on the trail, reminders cancelled, a second refused', () => {
    const w = atCommission(SLOT);
    expect(w.code(submit(ELS))).toBe('missing-role');
    expect(w.code(submit(OTHER_OWNER))).toBe('missing-role');
    expect(w.code(submit(OWNER, { documents: [{ reference: 'dms://1', sha256: 'x' }] }))).toBe('invalid-payload');
    expect(w.code(submit(OWNER, { note: '' }))).toBe('invalid-payload');
    w.advance(2 * DAY);
    const documents = [{ reference: 'dms://stukken/1', sha256: SHA, title: 'Toelichting' }];
    expect(w.code(submit(OWNER, { note: 'Alles is er.', documents }))).toBeNull();
    expect(submissionTaskOf(w.s)).toBeNull();
    expect(w.s.commission?.submission).toMatchObject({ submittedAt: w.iso, submittedBy: { sub: 'anna' } });
    const e = w.events.find((x) => x.action === 'commission-documents-submitted');
    expect(e).toMatchObject({ actor: { sub: 'anna' }, at: w.iso, documentHashes: [SHA] });
    expect(e?.payload).toMatchObject({ meetingId: SLOT.meetingId, late: false, note: 'Alles is er.', documents });
    expect(openTimers(w)).toEqual([]);
    expect(w.code(submit())).toBe('wrong-step');
    // No reminder and no lapse follow; the meeting still opens the reflection.
    w.advance(29 * DAY);
    expect(w.notifications.some((n) => n.kind === 'reminder')).toBe(false);
    expect(w.actions()).not.toContain('commission-submission-deadline-passed');
    expect(w.gate('commission-reflection').step).toBe('record-reflection');
  });

  it('closes by itself when the deadline passes; a late submission before the meeting says so; after it, refused', () => {
    const w = atCommission(SLOT);
    w.advance(17 * DAY);
    expect(submissionTaskOf(w.s)).toBeNull();
    expect(w.events.find((e) => e.action === 'commission-submission-deadline-passed')?.payload).toMatchObject({
      submissionDeadline: SLOT.submissionDeadline,
    });
    expect(w.code(submit())).toBeNull();
    expect(w.events.find((e) => e.action === 'commission-documents-submitted')?.payload).toMatchObject({ late: true });
    const after = atCommission(SLOT);
    after.advance(31 * DAY);
    expect(after.code(submit())).toBe('wrong-step');
  });

  it('follows a move to another meeting, and closes on the waiting list; a new place opens a new task', () => {
    const w = atCommission(SLOT);
    const openedAt = submissionTaskOf(w.s)?.openedAt;
    w.advance(DAY);
    expect(w.code(move(NEXT))).toBeNull();
    expect(submissionTaskOf(w.s)).toMatchObject({ dueAt: iso(T0 + 30 * DAY), openedAt });
    expect(openTimers(w)).toEqual([
      ['submission-deadline', iso(T0 + 30 * DAY)],
      ['reminder', iso(T0 + 27 * DAY)],
    ]);
    const cycle = w.gate('commission-reflection').cycle;
    expect(w.code(move(null))).toBeNull();
    expect(submissionTaskOf(w.s)).toBeNull();
    expect(w.s.commission?.submission?.closedAt).toBe(w.iso);
    expect(openTimers(w)).toEqual([]);
    expect(w.code(submit())).toBe('wrong-step');
    expect(w.code(move(NEXT, 'auto'))).toBeNull();
    expect(submissionTaskOf(w.s)).toMatchObject({ dueAt: iso(T0 + 30 * DAY), openedAt: w.iso });
    expect(w.gate('commission-reflection').cycle).toBeGreaterThan(cycle);
  });

  it('keeps documents already in when the case moves: no new task, no reminders', () => {
    const w = atCommission(SLOT);
    expect(w.code(submit())).toBeNull();
    expect(w.code(move(NEXT))).toBeNull();
    expect(submissionTaskOf(w.s)).toBeNull();
    expect(w.s.commission?.submission).toMatchObject({ dueAt: iso(T0 + 30 * DAY), submittedBy: { sub: 'anna' } });
    expect(w.s.timers.some((t) => !t.fired && t.kind === 'reminder')).toBe(false);
  });

  it("steps aside while the owner answers the commission's questions, and comes back with its deadline", () => {
    const w = atCommission(SLOT);
    w.run({ type: 'ask-commission-questions', update: { actor: ELS, questions: ['Waarom?'] } });
    expect(submissionTaskOf(w.s)).toBeNull();
    w.run({ type: 'answer-commission-questions', update: { actor: OWNER, answers: ['Daarom.'] } });
    expect(submissionTaskOf(w.s)).toMatchObject({ dueAt: SLOT.submissionDeadline });
    expect(openTimers(w)).toEqual([['submission-deadline', SLOT.submissionDeadline]]);
  });

  it('is not there in a history recorded before it: reminders on the meeting step, the action refused', () => {
    const w = atCommission(SLOT, (id) => id !== COMMISSION_SUBMISSION_TASK);
    expect(w.s.commission?.submission).toBeUndefined();
    expect(submissionTaskOf(w.s)).toBeNull();
    expect(openTimers(w)).toEqual([]);
    expect(openTimers(w, 'await-meeting').map(([kind]) => kind)).toEqual(['meeting', 'reminder']);
    expect(w.notifications.find((n) => n.kind === 'commission-meeting')?.payload.step).toBeUndefined();
    expect(w.code(submit())).toBe('wrong-step');
  });
});
