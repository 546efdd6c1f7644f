import { submissionDeadlineOf, submissionReminders, type CommissionSlot } from '../commission-meetings';
import type { ProjectCommand } from './commands';
import { decide } from './decide';
import { atCommission, DAY, HIGH_RISK, OWNER, policy, T0, who, World } from './world.spec';

const ELS = who('els', 'ethics-secretary');
const iso = (ms: number) => new Date(ms).toISOString();

const SLOT: CommissionSlot = {
  meetingId: '11111111-1111-4111-8111-111111111111',
  startsAt: iso(T0 + 30 * DAY),
  submissionDeadline: iso(T0 + 16 * DAY),
  reminders: [iso(T0 + 13 * DAY)],
};
const NEXT = '22222222-2222-4222-8222-222222222222';

const move = (meetingId: string | null, actor = ELS): ProjectCommand => ({
  type: 'move-commission-meeting',
  update: {
    actor,
    meetingId,
    meetingDate: meetingId ? iso(T0 + 44 * DAY) : null,
    submissionDeadline: meetingId ? iso(T0 + 30 * DAY) : null,
    reminders: meetingId ? [iso(T0 + 27 * DAY)] : [],
    reason: 'De vergadering is geannuleerd.',
  },
});

describe('the commission meeting calendar in the lifecycle', () => {
  it('puts a case on the meeting the reservation gives: waits on it, the owner gets the submission deadline', () => {
    const w = atCommission(SLOT);
    expect(w.gate('commission-reflection')).toMatchObject({
      state: 'waiting',
      step: 'await-meeting',
      dueAt: SLOT.startsAt,
    });
    expect(w.s.commission).toMatchObject({
      meetingId: SLOT.meetingId,
      meetingDate: SLOT.startsAt,
      submissionDeadline: SLOT.submissionDeadline,
      waitingSince: null,
    });
    const timers = w.s.timers.filter((t) => !t.fired && t.gate === 'commission-reflection');
    expect(timers.map((t) => [t.kind, t.at, t.role])).toEqual([
      ['meeting', SLOT.startsAt, 'ethics-secretary'],
      ['submission-deadline', SLOT.submissionDeadline, 'case-owner'],
      ['reminder', SLOT.reminders[0], 'case-owner'],
    ]);
    expect(w.events.find((e) => e.action === 'commission-scheduled')?.payload).toMatchObject({
      meetingId: SLOT.meetingId,
      how: 'auto',
    });
    expect(w.notifications.filter((n) => n.kind === 'commission-meeting')).toEqual([
      expect.objectContaining({ recipientRole: 'case-owner', recipientSub: 'anna', dueAt: SLOT.submissionDeadline }),
    ]);
    // The reminder is about the submission deadline, for the case owner; the meeting then opens the reflection.
    w.advance(14 * DAY);
    expect(w.notifications.filter((n) => n.kind === 'reminder').at(-1)).toMatchObject({
      recipientRole: 'case-owner',
      dueAt: SLOT.submissionDeadline,
    });
    w.advance(17 * DAY);
    expect(w.gate('commission-reflection')).toMatchObject({ state: 'active', step: 'record-reflection' });
  });

  it('leaves the case with the secretary, counted as waiting, when no meeting has room', () => {
    const w = atCommission(null);
    expect(w.gate('commission-reflection')).toMatchObject({ state: 'active', step: 'schedule-meeting' });
    expect(w.s.commission).toMatchObject({ meetingId: null, waitingSince: w.iso });
    expect(w.actions()).toContain('commission-awaiting-slot');
    // The typed-in date of the path before the calendar still works.
    const meetingDate = iso(T0 + 10 * DAY);
    expect(w.code({ type: 'schedule-commission', update: { actor: ELS, meetingDate } })).toBeNull();
    expect(w.gate('commission-reflection')).toMatchObject({ step: 'await-meeting', dueAt: meetingDate });
  });

  it("reserves the secretary's meeting, and refuses a choice that names both or no real meeting", () => {
    const w = atCommission(null);
    expect(
      w.code({ type: 'schedule-commission', update: { actor: ELS, meetingId: NEXT, meetingDate: iso(T0 + DAY) } }),
    ).toBe('invalid-payload');
    expect(w.code({ type: 'schedule-commission', update: { actor: ELS, meetingId: 'geen' } })).toBe('invalid-payload');
    expect(w.code({ type: 'schedule-commission', update: { actor: OWNER, meetingId: NEXT } })).toBe('missing-role');
    const out = decide(
      w.s,
      { type: 'schedule-commission', update: { actor: ELS, meetingId: NEXT } },
      { now: w.iso, policy },
    );
    expect('effects' in out && out.effects).toEqual([
      { kind: 'reserve-meeting-slot', then: { type: 'commission-slot-reserved', requested: NEXT, actor: ELS } },
    ]);
    // Full after all (the reservation found no room): recorded, and the case stays where it was.
    w.slots = [null];
    expect(w.code({ type: 'schedule-commission', update: { actor: ELS, meetingId: NEXT } })).toBeNull();
    expect(w.actions()).toContain('commission-slot-refused');
    expect(w.gate('commission-reflection').step).toBe('schedule-meeting');
    w.slots = [{ ...SLOT, meetingId: NEXT }];
    expect(w.code({ type: 'schedule-commission', update: { actor: ELS, meetingId: NEXT } })).toBeNull();
    expect(w.s.commission?.meetingId).toBe(NEXT);
    expect(w.events.filter((e) => e.action === 'commission-scheduled').at(-1)?.payload).toMatchObject({
      how: 'secretary',
    });
  });

  it('moves the case and its timer to another meeting, and tells the case owner and the secretary', () => {
    const w = atCommission(SLOT);
    expect(w.code(move(NEXT, OWNER))).toBe('missing-role');
    expect(w.code(move(NEXT))).toBeNull();
    expect(w.gate('commission-reflection')).toMatchObject({ step: 'await-meeting', dueAt: iso(T0 + 44 * DAY) });
    const meetingTimers = w.s.timers.filter((t) => !t.fired && t.kind === 'meeting');
    expect(meetingTimers.map((t) => t.at)).toEqual([iso(T0 + 44 * DAY)]);
    const told = w.notifications.filter((n) => n.kind === 'commission-meeting' && n.payload.reason === 'moved');
    expect(told.map((n) => n.recipientRole).sort()).toEqual(['case-owner', 'ethics-secretary']);
    expect(w.events.find((e) => e.action === 'commission-meeting-moved')?.payload).toMatchObject({
      from: SLOT.meetingId,
      to: NEXT,
    });
  });

  it('sends the case back to the secretary, waiting, when no meeting has room', () => {
    const w = atCommission(SLOT);
    w.slots = null;
    expect(w.code(move(null))).toBeNull();
    expect(w.gate('commission-reflection')).toMatchObject({ state: 'active', step: 'schedule-meeting' });
    expect(w.s.commission).toMatchObject({ meetingId: null, meetingDate: null, waitingSince: w.iso });
    expect(w.s.timers.some((t) => !t.fired && t.kind === 'meeting')).toBe(false);
  });

  it("places a waiting case on a newly planned meeting (how 'auto'), and refuses it for a case that is placed", () => {
    const auto = (meetingId: string | null, how: unknown = 'auto'): ProjectCommand => {
      const c = move(meetingId) as Extract<ProjectCommand, { type: 'move-commission-meeting' }>;
      return { ...c, update: { ...c.update, how } } as ProjectCommand;
    };
    const placed = atCommission(SLOT);
    expect(placed.code(auto(NEXT))).toBe('wrong-step');
    const w = atCommission(null);
    expect(w.code(auto(null))).toBe('invalid-payload');
    expect(w.code(auto(NEXT, 'hand'))).toBe('invalid-payload');
    expect(w.code(auto(NEXT))).toBeNull();
    expect(w.gate('commission-reflection')).toMatchObject({ step: 'await-meeting', dueAt: iso(T0 + 44 * DAY) });
    expect(w.s.commission).toMatchObject({ meetingId: NEXT, waitingSince: null });
    const told = w.notifications.filter((n) => n.kind === 'commission-meeting' && n.payload.reason === 'placed');
    expect(told.map((n) => n.recipientRole).sort()).toEqual(['case-owner', 'ethics-secretary']);
    expect(w.events.find((e) => e.action === 'commission-meeting-moved')?.payload).toMatchObject({
      from: null,
      to: NEXT,
      how: 'auto',
    });
  });

  it('reserves nothing for a history recorded before the calendar (the patch is not there)', () => {
    const w = new World();
    w.run({ type: 'submit-quick-scan', update: { actor: OWNER, answers: HIGH_RISK } });
    const out = decide(
      w.s,
      { type: 'request-reflection', update: { actor: OWNER, reason: 'Graag.' } },
      { now: w.iso, policy, patched: () => false },
    );
    expect('effects' in out && out.effects.some((e) => e.kind === 'reserve-meeting-slot')).toBe(false);
  });
});

describe('submission deadlines on the working-day calendar', () => {
  const none = () => false;
  it('lies the policy number of working days before the meeting, at the end of that day', () => {
    // Thursday 14 January 2027, 19:00 Amsterdam; 3 working days before: Monday 11 January.
    const meeting = new Date('2027-01-14T18:00:00Z');
    expect(submissionDeadlineOf(meeting, 3, none).toISOString()).toBe('2027-01-11T22:59:59.999Z');
    expect(submissionDeadlineOf(meeting, 0, none)).toBe(meeting);
    // Over a holiday: Good Friday and Easter Monday 2027 (26 and 29 March) are skipped: Tuesday 30, then Thursday 25.
    const easter = new Date('2027-03-31T17:00:00Z');
    const closed = (d: string) => d === '2027-03-26' || d === '2027-03-29';
    expect(submissionDeadlineOf(easter, 2, closed).toISOString()).toBe('2027-03-25T22:59:59.999Z');
  });

  it('reminds on 09:00 of the working day before the deadline, only when that is still to come', () => {
    const deadline = new Date('2027-01-11T22:59:59.999Z');
    expect(submissionReminders(deadline, 1, new Date('2027-01-01T00:00:00Z'), none)).toEqual([
      '2027-01-08T08:00:00.000Z',
    ]);
    expect(submissionReminders(deadline, 1, new Date('2027-01-09T00:00:00Z'), none)).toEqual([]);
    expect(submissionReminders(deadline, 0, new Date('2027-01-01T00:00:00Z'), none)).toEqual([]);
  });
});
