import { createHash, randomBytes } from 'node:crypto';
import type { Reader } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { ProjectEntity } from '../entities/project.entity';
import { sqlGate, sqlGateStates } from '../sql-names';
import { readScopeSql } from './read-scope.sql';

/** A feed's secret: 32 random bytes, base64url (43 characters). */
export const CALENDAR_FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface CalendarFeedInfo {
  createdAt: string;
  lastReadAt: string | null;
}

const sha256 = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Personal calendar feeds: the secret is given to its person once and kept only as its SHA-256, so a copy of the
 * database reads no feed. One live feed per person; issuing a new one revokes the old in the same transaction.
 * (An UPDATE through TypeORM's query answers `[rows, rowCount]`.)
 */
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new feed for the person (the previous one revoked): answers the secret, which is not stored. */
  async issue(personSub: string): Promise<{ token: string; createdAt: string }> {
    const token = randomBytes(32).toString('base64url');
    return this.dataSource.transaction(async (em) => {
      await em.query(`UPDATE calendar_feed SET revoked_at = now() WHERE person_sub = $1 AND revoked_at IS NULL`, [
        personSub,
      ]);
      const rows = await em.query<Array<{ created_at: Date }>>(
        `INSERT INTO calendar_feed (token_sha256, person_sub) VALUES ($1, $2) RETURNING created_at`,
        [sha256(token), personSub],
      );
      return { token, createdAt: rows[0].created_at.toISOString() };
    });
  }

  /** Revokes the person's live feed; false when there was none. */
  async revoke(personSub: string): Promise<boolean> {
    const [, count] = await this.dataSource.query<[unknown, number]>(
      `UPDATE calendar_feed SET revoked_at = now() WHERE person_sub = $1 AND revoked_at IS NULL`,
      [personSub],
    );
    return count > 0;
  }

  async live(personSub: string): Promise<CalendarFeedInfo | null> {
    const rows = await this.dataSource.query<Array<{ created_at: Date; last_read_at: Date | null }>>(
      `SELECT created_at, last_read_at FROM calendar_feed WHERE person_sub = $1 AND revoked_at IS NULL`,
      [personSub],
    );
    const row = rows[0];
    return row
      ? { createdAt: row.created_at.toISOString(), lastReadAt: row.last_read_at?.toISOString() ?? null }
      : null;
  }

  /** Whose live feed this secret opens (and notes the read), or null for an unknown, malformed or revoked one. */
  async open(token: string): Promise<string | null> {
    if (!CALENDAR_FEED_TOKEN.test(token)) return null;
    const [rows] = await this.dataSource.query<[Array<{ person_sub: string }>, number]>(
      `UPDATE calendar_feed SET last_read_at = now()
        WHERE token_sha256 = $1 AND revoked_at IS NULL
        RETURNING person_sub`,
      [sha256(token)],
    );
    return rows[0]?.person_sub ?? null;
  }

  /**
   * The commission meetings still to come of the projects this reader may read (READ_SCOPE, filtered in SQL), earliest
   * first: the meeting date the project's commission gate holds.
   */
  async upcomingMeetings(
    reader: Reader,
    from: Date,
    limit: number,
  ): Promise<Array<{ at: Date; project: ProjectEntity }>> {
    if (reader.roles.length === 0) return [];
    const scopeParams: Record<string, unknown> = {};
    const scope = readScopeSql(reader, 'p', (value) => {
      const name = `rs${Object.keys(scopeParams).length}`;
      scopeParams[name] = value;
      return `:${name}`;
    });
    const meetingAt = `(p.details->'commission'->>'meetingDate')::timestamptz`;
    const projects = await this.dataSource
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .where(`p.details->'commission'->>'meetingDate' IS NOT NULL`)
      .andWhere(`${meetingAt} >= :from`, { from })
      // Waiting for the meeting: a project that moved on, or was withdrawn or stopped, has no meeting to go to.
      .andWhere(
        `EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g
                  WHERE g->>'gate' = ${sqlGate('commission-reflection')} AND g->>'state' = ${sqlGateStates(['waiting'])})`,
      )
      .andWhere(scope ?? 'TRUE', scopeParams)
      .orderBy(meetingAt, 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(limit)
      .getMany();
    return projects.map((project) => ({ at: new Date(project.details.commission?.meetingDate as string), project }));
  }
}
