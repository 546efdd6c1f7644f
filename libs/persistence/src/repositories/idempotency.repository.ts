import type { DataSource } from 'typeorm';

/** An answer as it was first given, so that a retry with the same key gets it again. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

export type IdempotencyClaim =
  | { outcome: 'new'; projectId: string }
  | { outcome: 'replay'; projectId: string; answer: StoredAnswer | null }
  | { outcome: 'conflict'; projectId: string };

/** Registrations share one scope per caller; an action's key is scoped to its project as well. */
const REGISTRATION_SCOPE = 'registration';

export function projectScope(projectId: string): string {
  return `project:${projectId.toLowerCase()}`;
}

export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims `key` for this caller, scope and request. The first caller's project id wins, also when two retries race:
   * the insert is a no-op for the second, which then reads the winner's row (and its answer, once there is one).
   */
  async claim(
    actorSub: string,
    key: string,
    requestHash: string,
    candidateProjectId: string,
    scope: string = REGISTRATION_SCOPE,
  ): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (actor_sub, scope, key, request_hash, project_id, created_at)
       VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING RETURNING project_id`,
      [actorSub, scope, key, requestHash, candidateProjectId],
    );
    if (inserted.length === 1) return { outcome: 'new', projectId: candidateProjectId };
    const rows: Array<{
      project_id: string;
      request_hash: string;
      response_status: number | null;
      response_body: unknown;
    }> = await this.dataSource.query(
      `SELECT project_id, request_hash, response_status, response_body
         FROM idempotency_key WHERE actor_sub = $1 AND scope = $2 AND key = $3`,
      [actorSub, scope, key],
    );
    const row = rows[0];
    if (!row) throw new Error('idempotency key vanished between insert and select');
    if (row.request_hash !== requestHash) return { outcome: 'conflict', projectId: row.project_id };
    return {
      outcome: 'replay',
      projectId: row.project_id,
      answer: row.response_status === null ? null : { status: row.response_status, body: row.response_body },
    };
  }

  /**
   * Stores the answer to a claimed key unless one is stored already, and returns the one that is: when two requests
   * with the same key race, both answer with the first that was stored.
   */
  async answer(actorSub: string, scope: string, key: string, answer: StoredAnswer): Promise<StoredAnswer> {
    // Wrapped in a SELECT: the driver answers a bare UPDATE with [rows, count], a SELECT with its rows.
    const updated: Array<{ n: number }> = await this.dataSource.query(
      `WITH stored AS (
         UPDATE idempotency_key SET response_status = $4, response_body = $5::jsonb
          WHERE actor_sub = $1 AND scope = $2 AND key = $3 AND response_status IS NULL
          RETURNING 1)
       SELECT count(*)::int AS n FROM stored`,
      [actorSub, scope, key, answer.status, JSON.stringify(answer.body)],
    );
    if (updated[0]?.n === 1) return answer;
    // Another request stored its answer first (this UPDATE waited for it); a new statement sees it.
    const rows: Array<{ response_status: number | null; response_body: unknown }> = await this.dataSource.query(
      `SELECT response_status, response_body FROM idempotency_key WHERE actor_sub = $1 AND scope = $2 AND key = $3`,
      [actorSub, scope, key],
    );
    const row = rows[0];
    if (!row || row.response_status === null) return answer;
    return { status: row.response_status, body: row.response_body };
  }
}
