import type { AssignmentKind, Reader } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { positional, readScopeSql } from './read-scope.sql';

/** A case on a meeting's agenda; the project's facts only where the reader may read the project (READ_SCOPE). */
export interface AgendaItem {
  projectId: string;
  how: AssignmentKind;
  assignedAt: string;
  project: {
    title: string;
    department: string;
    status: string;
    caseOwnerName: string;
    riskLevel: string | null;
  } | null;
}

export interface MeetingFigures {
  meetingId: string;
  startsAt: string;
  status: string;
  capacity: number;
  cases: number;
}

export interface WaitingFigures {
  /** Cases at the commission that wait for a meeting with room */
  waiting: number;
  /** Seconds the longest-waiting case has waited, and the mean, at `now` */
  longestWaitSeconds: number | null;
  meanWaitSeconds: number | null;
}

/** A project (`p`) at the commission's scheduling step that waits for a meeting with room. */
export const WAITING_PROJECT = `p.details->'commission'->>'waitingSince' IS NOT NULL
  AND p.status IN ('active', 'in-use')
  AND EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g
               WHERE g->>'gate' = 'commission-reflection' AND g->>'step' = 'schedule-meeting')`;

/** Reads over the commission's agendas: the agenda page and export, monitoring, the calendar feed. */
export class CommissionAgendaRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The live places on a meeting, in the order they were given; hidden projects show only their id. */
  async agenda(meetingId: string, reader: Reader): Promise<AgendaItem[]> {
    const params: unknown[] = [meetingId];
    const scope = readScopeSql(reader, 'p', positional(params)) ?? 'TRUE';
    const rows = await this.dataSource.query<
      Array<{
        project_id: string;
        how: AssignmentKind;
        assigned_at: Date;
        visible: boolean | null;
        title: string | null;
        department: string | null;
        status: string | null;
        case_owner_name: string | null;
        risk_level: string | null;
      }>
    >(
      `SELECT a.project_id, a.how, a.assigned_at, (${scope}) AS visible,
              p.title, p.department, p.status, p.case_owner_name, p.risk_level
         FROM commission_meeting_assignment a LEFT JOIN project p ON p.id = a.project_id
        WHERE a.meeting_id = $1 AND a.released_at IS NULL
        ORDER BY a.assigned_at, a.project_id`,
      params,
    );
    return rows.map((r) => ({
      projectId: r.project_id,
      how: r.how,
      assignedAt: r.assigned_at.toISOString(),
      project:
        r.visible === true && r.title !== null
          ? {
              title: r.title,
              department: r.department ?? '',
              status: r.status ?? '',
              caseOwnerName: r.case_owner_name ?? '',
              riskLevel: r.risk_level,
            }
          : null,
    }));
  }

  /** Per meeting from `from` on (cancelled ones too, with no cases): capacity and the cases on it. */
  async meetingFigures(from: Date, limit = 200): Promise<MeetingFigures[]> {
    const rows = await this.dataSource.query<
      Array<{ id: string; starts_at: Date; status: string; capacity: number; cases: string }>
    >(
      `SELECT m.id, m.starts_at, m.status, m.capacity,
              (SELECT count(*) FROM commission_meeting_assignment a
                WHERE a.meeting_id = m.id AND a.released_at IS NULL) AS cases
         FROM commission_meeting m WHERE m.starts_at >= $1 ORDER BY m.starts_at, m.id LIMIT $2`,
      [from, limit],
    );
    return rows.map((r) => ({
      meetingId: r.id,
      startsAt: r.starts_at.toISOString(),
      status: r.status,
      capacity: r.capacity,
      cases: Number(r.cases),
    }));
  }

  /** Cases at the commission's scheduling step that wait for a meeting with room (details.commission.waitingSince). */
  async waiting(now: Date): Promise<WaitingFigures> {
    const rows = await this.dataSource.query<Array<{ n: string; longest: number | null; mean: number | null }>>(
      `SELECT count(*) AS n,
              max(extract(epoch FROM ($1::timestamptz - w.since)))::float8 AS longest,
              avg(extract(epoch FROM ($1::timestamptz - w.since)))::float8 AS mean
         FROM (SELECT (p.details->'commission'->>'waitingSince')::timestamptz AS since
                 FROM project p WHERE ${WAITING_PROJECT}) w`,
      [now],
    );
    const r = rows[0];
    const round = (v: number | null) => (v === null ? null : Math.max(0, Math.round(v)));
    return {
      waiting: Number(r?.n ?? 0),
      longestWaitSeconds: round(r?.longest ?? null),
      meanWaitSeconds: round(r?.mean ?? null),
    };
  }

  /** Planned meetings from `from` on, earliest first (the secretary's calendar feed). */
  async upcoming(
    from: Date,
    limit: number,
  ): Promise<Array<{ id: string; startsAt: Date; location: string | null; onlineUrl: string | null }>> {
    const rows = await this.dataSource.query<
      Array<{ id: string; starts_at: Date; location: string | null; online_url: string | null }>
    >(
      `SELECT id, starts_at, location, online_url FROM commission_meeting
        WHERE status = 'planned' AND starts_at >= $1 ORDER BY starts_at, id LIMIT $2`,
      [from, limit],
    );
    return rows.map((r) => ({ id: r.id, startsAt: r.starts_at, location: r.location, onlineUrl: r.online_url }));
  }
}
