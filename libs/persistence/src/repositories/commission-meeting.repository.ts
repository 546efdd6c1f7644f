import { randomUUID } from 'node:crypto';
import type { AssignmentKind, MeetingStatus, ProjectEvent } from '@waardenpoort/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditRepository } from './audit.repository';
import { WAITING_PROJECT } from './commission-agenda.repository';
import {
  SELECT_MEETING,
  slotOf,
  toMeeting,
  type CaseMove,
  type CommissionMeeting,
  type CommissionMeetingChanges,
  type MeetingRow,
  type NewCommissionMeeting,
  type ReservedSlot,
} from './commission-meeting.rows';

export type {
  CaseMove,
  CommissionMeeting,
  CommissionMeetingChanges,
  NewCommissionMeeting,
  ReservedSlot,
} from './commission-meeting.rows';

/** Why a change of the calendar was refused: the API answers it as a problem. */
export class MeetingChangeRefused extends Error {
  constructor(
    readonly code: 'meeting-not-found' | 'meeting-not-planned' | 'meeting-full' | 'version-conflict',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The Ethics Commission's meetings and their agendas. A place is taken under a row lock on the meeting (SELECT …
 * FOR UPDATE, then the count of live places), so concurrent reservations never put a meeting over its capacity.
 * Candidate meetings are locked in start order, the same order everywhere, so reservations do not deadlock. Every
 * change of the calendar is written to the system audit chain in the same transaction.
 */
export class CommissionMeetingRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  /** Plans a meeting; the cases that wait for a place take it, oldest waiting first (answered as `placed`). */
  async create(
    input: NewCommissionMeeting,
    event: (m: CommissionMeeting, placed: CaseMove[]) => ProjectEvent,
    now: Date,
  ): Promise<{ meeting: CommissionMeeting; placed: CaseMove[] }> {
    return this.dataSource.transaction(async (em) => {
      const id = randomUUID();
      await em.query(
        `INSERT INTO commission_meeting (id, starts_at, location, online_url, capacity, submission_deadline, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          input.startsAt,
          input.location,
          input.onlineUrl,
          input.capacity,
          input.submissionDeadline,
          input.createdBy,
        ],
      );
      const placed = await this.takeWaiting(em, id, now);
      const meeting = (await this.getIn(em, id)) as CommissionMeeting;
      await this.audit.append(em, [event(meeting, placed)]);
      return { meeting, placed };
    });
  }

  async list(filter: { from?: Date; status?: MeetingStatus; limit?: number } = {}): Promise<CommissionMeeting[]> {
    const rows = await this.dataSource.query<MeetingRow[]>(
      `${SELECT_MEETING}
        WHERE ($1::timestamptz IS NULL OR m.starts_at >= $1) AND ($2::text IS NULL OR m.status = $2)
        ORDER BY m.starts_at, m.id LIMIT $3`,
      [filter.from ?? null, filter.status ?? null, filter.limit ?? 500],
    );
    return rows.map(toMeeting);
  }

  get(id: string): Promise<CommissionMeeting | null> {
    return this.getIn(this.dataSource.manager, id);
  }

  private async getIn(em: EntityManager, id: string, lock = false): Promise<CommissionMeeting | null> {
    // The lock first, in a statement of its own: the count that follows then sees every place committed before it
    // (under READ COMMITTED a statement that waited for the lock would count with its older snapshot).
    if (lock) await em.query(`SELECT id FROM commission_meeting WHERE id = $1 FOR UPDATE`, [id]);
    const rows = await em.query<MeetingRow[]>(`${SELECT_MEETING} WHERE m.id = $1`, [id]);
    return rows[0] ? toMeeting(rows[0]) : null;
  }

  private async locked(em: EntityManager, id: string, version?: number): Promise<CommissionMeeting> {
    const m = await this.getIn(em, id, true);
    if (!m) throw new MeetingChangeRefused('meeting-not-found', `There is no commission meeting ${id}.`);
    if (version !== undefined && m.version !== version) {
      throw new MeetingChangeRefused('version-conflict', `The meeting is at version ${m.version}, not ${version}.`);
    }
    if (m.status !== 'planned') {
      throw new MeetingChangeRefused('meeting-not-planned', `The meeting is ${m.status}; it can no longer change.`);
    }
    return m;
  }

  /**
   * Changes a planned meeting. Less capacity than cases on it: the cases placed last move to the next meeting with
   * room (answered, so the API tells their workflows); a later submission deadline is checked by the caller.
   */
  async update(
    id: string,
    version: number | undefined,
    changes: CommissionMeetingChanges,
    event: (m: CommissionMeeting, placed: CaseMove[]) => ProjectEvent,
    now: Date,
  ): Promise<{ meeting: CommissionMeeting; moves: CaseMove[]; placed: CaseMove[] }> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.locked(em, id, version);
      await em.query(
        `UPDATE commission_meeting
            SET starts_at = coalesce($2, starts_at),
                submission_deadline = coalesce($3, submission_deadline),
                location = CASE WHEN $4 THEN $5 ELSE location END,
                online_url = CASE WHEN $6 THEN $7 ELSE online_url END,
                capacity = coalesce($8, capacity),
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          id,
          changes.startsAt ?? null,
          changes.submissionDeadline ?? null,
          changes.location !== undefined,
          changes.location ?? null,
          changes.onlineUrl !== undefined,
          changes.onlineUrl ?? null,
          changes.capacity ?? null,
        ],
      );
      const overflow = changes.capacity !== undefined ? before.assigned - changes.capacity : 0;
      const over =
        overflow > 0
          ? await em.query<Array<{ project_id: string }>>(
              `SELECT project_id FROM commission_meeting_assignment
                WHERE meeting_id = $1 AND released_at IS NULL ORDER BY assigned_at DESC, project_id LIMIT $2`,
              [id, overflow],
            )
          : [];
      const moves = await this.relocate(
        em,
        id,
        over.map((r) => r.project_id),
        now,
      );
      // More room, or a new date (and submission deadline): the cases that wait for a place take it.
      const placed =
        changes.capacity !== undefined || changes.startsAt !== undefined ? await this.takeWaiting(em, id, now) : [];
      const meeting = (await this.getIn(em, id)) as CommissionMeeting;
      await this.audit.append(em, [event(meeting, placed)]);
      return { meeting, moves, placed };
    });
  }

  /** Cancels a planned meeting; its cases move to the next meeting with room (or wait), in the order they came. */
  async cancel(
    id: string,
    event: (m: CommissionMeeting, moves: CaseMove[]) => ProjectEvent,
    now: Date,
  ): Promise<{ meeting: CommissionMeeting; moves: CaseMove[] }> {
    return this.dataSource.transaction(async (em) => {
      await this.locked(em, id);
      await em.query(
        `UPDATE commission_meeting SET status = 'cancelled', version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      const on = await em.query<Array<{ project_id: string }>>(
        `SELECT project_id FROM commission_meeting_assignment
          WHERE meeting_id = $1 AND released_at IS NULL ORDER BY assigned_at, project_id`,
        [id],
      );
      const moves = await this.relocate(
        em,
        id,
        on.map((r) => r.project_id),
        now,
      );
      const meeting = (await this.getIn(em, id)) as CommissionMeeting;
      await this.audit.append(em, [event(meeting, moves)]);
      return { meeting, moves };
    });
  }

  /** The meeting took place: its agenda stays as it was (the reflections are recorded per case). */
  async markHeld(id: string, event: (m: CommissionMeeting) => ProjectEvent): Promise<CommissionMeeting> {
    return this.dataSource.transaction(async (em) => {
      await this.locked(em, id);
      await em.query(
        `UPDATE commission_meeting SET status = 'held', version = version + 1, updated_at = now() WHERE id = $1`,
        [id],
      );
      const meeting = (await this.getIn(em, id)) as CommissionMeeting;
      await this.audit.append(em, [event(meeting)]);
      return meeting;
    });
  }

  /** Releases the cases' places on `from` and gives each the next place with room elsewhere, or none. */
  private async relocate(em: EntityManager, from: string, projectIds: string[], now: Date): Promise<CaseMove[]> {
    const moves: CaseMove[] = [];
    for (const projectId of projectIds) {
      await em.query(
        `UPDATE commission_meeting_assignment SET released_at = now()
          WHERE meeting_id = $1 AND project_id = $2 AND released_at IS NULL`,
        [from, projectId],
      );
      const slot = await this.placeOnNext(em, projectId, now, 'moved', from);
      const wf = await em.query<Array<{ workflow_id: string }>>(`SELECT workflow_id FROM project WHERE id = $1`, [
        projectId,
      ]);
      moves.push({ projectId, workflowId: wf[0]?.workflow_id ?? projectId, slot });
    }
    return moves;
  }

  /**
   * The cases that wait for a place (with none held), oldest waiting first, put on the meeting as far as it has room
   * under its lock, while its submission deadline is ahead. The caller tells their workflows.
   */
  private async takeWaiting(em: EntityManager, meetingId: string, now: Date): Promise<CaseMove[]> {
    const m = await this.getIn(em, meetingId, true);
    const room = m && m.status === 'planned' ? m.capacity - m.assigned : 0;
    if (!m || room <= 0 || Date.parse(m.submissionDeadline) <= now.getTime()) return [];
    const waiting = await em.query<Array<{ id: string; workflow_id: string }>>(
      `SELECT p.id, p.workflow_id FROM project p
        WHERE ${WAITING_PROJECT}
          AND NOT EXISTS (SELECT 1 FROM commission_meeting_assignment a WHERE a.project_id = p.id AND a.released_at IS NULL)
        ORDER BY (p.details->'commission'->>'waitingSince')::timestamptz, p.id LIMIT $1`,
      [room],
    );
    const slot = slotOf({
      id: m.id,
      starts_at: new Date(m.startsAt),
      submission_deadline: new Date(m.submissionDeadline),
    });
    for (const p of waiting) await this.insertPlace(em, meetingId, p.id, 'auto');
    return waiting.map((p) => ({ projectId: p.id, workflowId: p.workflow_id, slot }));
  }

  /**
   * Gives up the places of cases whose workflow did not take them (refused a move or a place: on hold, moved on,
   * closed), on the meeting's trail with why. Only the place that was given (`how`; null: any live one) goes: a place
   * the secretary chose for the case meanwhile stays. With nothing to release it still writes the event (a place kept
   * while a workflow's answer is unknown is on the trail too).
   */
  async releasePlaced(
    meetingId: string,
    places: Array<{ projectId: string; how: AssignmentKind | null }>,
    event: (m: CommissionMeeting) => ProjectEvent,
  ): Promise<CommissionMeeting> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT id FROM commission_meeting WHERE id = $1 FOR UPDATE`, [meetingId]);
      for (const { projectId, how } of places) {
        await em.query(
          `UPDATE commission_meeting_assignment SET released_at = now()
            WHERE meeting_id = $1 AND project_id = $2 AND ($3::text IS NULL OR how = $3) AND released_at IS NULL`,
          [meetingId, projectId, how],
        );
      }
      const meeting = (await this.getIn(em, meetingId)) as CommissionMeeting;
      await this.audit.append(em, [event(meeting)]);
      return meeting;
    });
  }

  /** The next planned meeting (not `except`) whose submission deadline is ahead and that has room, locked. */
  private async placeOnNext(
    em: EntityManager,
    projectId: string,
    now: Date,
    how: AssignmentKind,
    except: string | null,
  ): Promise<ReservedSlot | null> {
    const candidates = await em.query<Array<{ id: string }>>(
      `SELECT id FROM commission_meeting
        WHERE status = 'planned' AND submission_deadline > $1 AND ($2::uuid IS NULL OR id <> $2)
        ORDER BY starts_at, id`,
      [now, except],
    );
    for (const { id } of candidates) {
      const m = await this.getIn(em, id, true);
      if (!m || m.status !== 'planned' || m.assigned >= m.capacity) continue;
      if (Date.parse(m.submissionDeadline) <= now.getTime()) continue;
      await this.insertPlace(em, id, projectId, how);
      return { meetingId: m.id, startsAt: m.startsAt, submissionDeadline: m.submissionDeadline };
    }
    return null;
  }

  private async insertPlace(em: EntityManager, meetingId: string, projectId: string, how: AssignmentKind) {
    await em.query(
      `INSERT INTO commission_meeting_assignment (meeting_id, project_id, how, assigned_at)
       VALUES ($1, $2, $3, clock_timestamp())`,
      [meetingId, projectId, how],
    );
  }

  /**
   * A place for the project: on `meetingId` (the secretary's choice: any planned meeting with room; the project's
   * earlier place is released), or on the next planned meeting with room whose submission deadline is after `now`.
   * Idempotent: a project already on the meeting (or, automatically, on any planned meeting) keeps that place.
   */
  async reserve(input: { projectId: string; meetingId: string | null; now: Date }): Promise<ReservedSlot | null> {
    return this.dataSource.transaction(async (em) => {
      const live = await em.query<Array<{ id: string; starts_at: Date; submission_deadline: Date; status: string }>>(
        `SELECT m.id, m.starts_at, m.submission_deadline, m.status
           FROM commission_meeting_assignment a JOIN commission_meeting m ON m.id = a.meeting_id
          WHERE a.project_id = $1 AND a.released_at IS NULL`,
        [input.projectId],
      );
      const current = live[0];
      if (input.meetingId === null) {
        if (current && current.status === 'planned') return slotOf(current);
        if (current) await this.release(em, input.projectId);
        return this.placeOnNext(em, input.projectId, input.now, 'auto', null);
      }
      if (current?.id === input.meetingId) return slotOf(current);
      const m = await this.getIn(em, input.meetingId, true);
      if (!m || m.status !== 'planned' || m.assigned >= m.capacity) return null;
      if (current) await this.release(em, input.projectId);
      await this.insertPlace(em, m.id, input.projectId, 'secretary');
      return { meetingId: m.id, startsAt: m.startsAt, submissionDeadline: m.submissionDeadline };
    });
  }

  private async release(em: EntityManager, projectId: string): Promise<void> {
    await em.query(
      `UPDATE commission_meeting_assignment SET released_at = now() WHERE project_id = $1 AND released_at IS NULL`,
      [projectId],
    );
  }
}
