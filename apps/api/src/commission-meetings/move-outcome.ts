import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { CLOSED_PROJECT_STATUSES, type ProjectSnapshot } from '@waardenpoort/domain';
import type { ReservedSlot } from '@waardenpoort/persistence';

/**
 * How a case's workflow answered the Update that moves it to a place the database already holds for it. A refusal is
 * final (the validator or the handler said no, or the workflow is closed): the Update was not applied and never will
 * be. Anything else (a deadline passed, the connection broke) leaves the outcome unknown: the Update may have been
 * applied, or may still be.
 */
export type MoveAnswer =
  { kind: 'taken' } | { kind: 'refused'; code: string; message: string } | { kind: 'unknown'; message: string };

export function answerOf(err: unknown): MoveAnswer {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    return { kind: 'refused', code: err.cause.type ?? 'refused', message: err.cause.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof WorkflowNotFoundError || /already completed|not found/i.test(message)) {
    return { kind: 'refused', code: 'project-closed', message: 'the workflow no longer takes actions' };
  }
  return { kind: 'unknown', message };
}

/** What the database does with the reserved place once the workflow answered (and, when needed, was asked). */
export type MoveSettlement =
  { told: true } | { told: false; place: 'release' | 'keep' | 'none'; code: string; message: string };

const WAITING_STEPS: ReadonlyArray<string | null> = ['schedule-meeting', 'await-meeting', 'answer-questions'];

/** The meeting the workflow waits on now (its step at the commission, open or on hold), if any. */
export function meetingHeld(s: ProjectSnapshot): { meetingId: string; meetingDate: string | null } | null {
  if (CLOSED_PROJECT_STATUSES.includes(s.status)) return null;
  const g = s.gates.find((x) => x.gate === 'commission-reflection');
  const meetingId = s.commission?.meetingId ?? null;
  if (!g || !WAITING_STEPS.includes(g.step) || meetingId === null) return null;
  return { meetingId, meetingDate: s.commission?.meetingDate ?? null };
}

const sameInstant = (a: string | null, b: string): boolean => a !== null && Date.parse(a) === Date.parse(b);

/**
 * Decides the reserved place after the move Update. `state` is the workflow's own state, queried after anything but a
 * plain success (null when the query failed too).
 *
 * - Refused: the workflow stays where it was; the place goes unless the workflow itself still waits on that meeting
 *   (a case that keeps its meeting while only the date moved, on hold): the database then follows the workflow.
 *   `releasable` false: the place was not reserved for this move (the case stays on its meeting), so it stays.
 * - Unknown: released only when it is safe, which it never is while the Update may still land: a workflow that then
 *   waits on a meeting without a place there would push that meeting over its capacity unseen. So the place stays
 *   unless the query shows the workflow already took the move (then it was told), and the secretary is told that the
 *   outcome is unknown. A place kept for nothing costs a seat, which the secretary can see and give back by choosing
 *   a meeting for the case; a place freed under a workflow that waits for it costs the meeting its capacity.
 */
export function settleMove(
  answer: MoveAnswer,
  slot: Pick<ReservedSlot, 'meetingId' | 'startsAt'> | null,
  state: ProjectSnapshot | null,
  releasable = true,
): MoveSettlement {
  if (answer.kind === 'taken') return { told: true };
  const held = state ? meetingHeld(state) : null;
  const onIt = slot !== null && held?.meetingId === slot.meetingId;
  if (answer.kind === 'unknown') {
    if (onIt && sameInstant(held.meetingDate, slot.startsAt)) return { told: true };
    return { told: false, place: slot ? 'keep' : 'none', code: 'outcome-unknown', message: answer.message };
  }
  const place = slot === null ? 'none' : onIt || !releasable ? 'keep' : 'release';
  return { told: false, place, code: answer.code, message: answer.message };
}
