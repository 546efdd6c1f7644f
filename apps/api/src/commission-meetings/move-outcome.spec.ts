import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { ProjectSnapshot } from '@waardenpoort/domain';
import { answerOf, meetingHeld, settleMove, type MoveAnswer } from './move-outcome';

const B = { meetingId: '00000000-0000-4000-8000-00000000000b', startsAt: '2027-03-01T09:00:00.000Z' };
const A = '00000000-0000-4000-8000-00000000000a';

/** The parts of a workflow's state that say where it waits. */
function state(
  step: string | null,
  meetingId: string | null,
  meetingDate: string | null,
  status = 'active',
): ProjectSnapshot {
  return {
    status,
    gates: [{ gate: 'commission-reflection', state: 'waiting', step }],
    commission: { meetingDate, meetingId, questions: [] },
  } as unknown as ProjectSnapshot;
}

const refused: MoveAnswer = { kind: 'refused', code: 'wrong-step', message: 'the step is record-reflection' };
const unknown: MoveAnswer = { kind: 'unknown', message: 'deadline exceeded' };

describe('settling a reserved place after the move Update', () => {
  it('keeps the place the workflow took', () => {
    expect(settleMove({ kind: 'taken' }, B, null)).toEqual({ told: true });
  });

  it('releases the place a workflow refused (moved on, closed, on hold on another meeting)', () => {
    expect(settleMove(refused, B, state('record-reflection', A, B.startsAt))).toMatchObject({
      told: false,
      place: 'release',
      code: 'wrong-step',
    });
    expect(settleMove(refused, B, null)).toMatchObject({ place: 'release' });
    expect(settleMove(refused, B, state('await-meeting', A, '2027-02-01T09:00:00Z', 'on-hold'))).toMatchObject({
      place: 'release',
    });
    // Closed: its old meeting id is history, not a place.
    expect(settleMove(refused, B, state('await-meeting', B.meetingId, B.startsAt, 'withdrawn'))).toMatchObject({
      place: 'release',
    });
  });

  it('keeps a refused place the workflow itself still waits on, and one that was not reserved for the move', () => {
    expect(
      settleMove(refused, B, state('await-meeting', B.meetingId, '2027-02-01T09:00:00Z', 'on-hold')),
    ).toMatchObject({ told: false, place: 'keep' });
    expect(settleMove(refused, B, state('record-reflection', B.meetingId, B.startsAt), false)).toMatchObject({
      place: 'keep',
    });
  });

  it('has nothing to release when the move was to no meeting', () => {
    expect(settleMove(refused, null, null)).toMatchObject({ told: false, place: 'none' });
    expect(settleMove(unknown, null, null)).toMatchObject({ told: false, place: 'none', code: 'outcome-unknown' });
  });

  it('never releases while the outcome is unknown; the workflow already on the place was told', () => {
    expect(settleMove(unknown, B, null)).toMatchObject({ told: false, place: 'keep', code: 'outcome-unknown' });
    // Not (yet) on it: the Update may still land, so the place stays.
    expect(settleMove(unknown, B, state('await-meeting', A, B.startsAt))).toMatchObject({ place: 'keep' });
    // On the meeting, but at its old date: the move (a new date) was not applied yet.
    expect(settleMove(unknown, B, state('await-meeting', B.meetingId, '2027-02-01T09:00:00Z'))).toMatchObject({
      place: 'keep',
    });
    expect(settleMove(unknown, B, state('await-meeting', B.meetingId, '2027-03-01T09:00:00Z'))).toEqual({
      told: true,
    });
  });

  it('reads the meeting a workflow waits on only at the commission’s waiting steps', () => {
    expect(meetingHeld(state('answer-questions', A, B.startsAt))).toEqual({ meetingId: A, meetingDate: B.startsAt });
    expect(meetingHeld(state('record-reflection', A, B.startsAt))).toBeNull();
    expect(meetingHeld(state('schedule-meeting', null, null))).toBeNull();
  });
});

describe('how a move Update was answered', () => {
  it('tells a refusal from an unknown outcome', () => {
    const failure = ApplicationFailure.create({ type: 'project-on-hold', message: 'on hold', nonRetryable: true });
    expect(answerOf(new WorkflowUpdateFailedError('failed', failure))).toEqual({
      kind: 'refused',
      code: 'project-on-hold',
      message: 'on hold',
    });
    expect(answerOf(new WorkflowNotFoundError('gone', 'wf', undefined))).toMatchObject({
      kind: 'refused',
      code: 'project-closed',
    });
    expect(answerOf(new Error('workflow execution already completed'))).toMatchObject({ code: 'project-closed' });
    expect(answerOf(new Error('Deadline exceeded'))).toEqual({ kind: 'unknown', message: 'Deadline exceeded' });
  });
});
