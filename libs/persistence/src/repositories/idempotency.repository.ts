import type { DataSource } from 'typeorm';

export type IdempotencyClaim =
  | { outcome: 'new'; projectId: string }
  | { outcome: 'replay'; projectId: string }
  | { outcome: 'conflict'; projectId: string };

export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims `key` for this caller and request. The first caller's project id wins, also when two retries race:
   * the insert is a no-op for the second, which then reads the winner's row.
   */
  async claim(
    actorSub: string,
    key: string,
    requestHash: string,
    candidateProjectId: string,
  ): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (actor_sub, key, request_hash, project_id, created_at)
       VALUES ($1, $2, $3, $4, now()) ON CONFLICT DO NOTHING RETURNING project_id`,
      [actorSub, key, requestHash, candidateProjectId],
    );
    if (inserted.length === 1) return { outcome: 'new', projectId: candidateProjectId };
    const rows: Array<{ project_id: string; request_hash: string }> = await this.dataSource.query(
      `SELECT project_id, request_hash FROM idempotency_key WHERE actor_sub = $1 AND key = $2`,
      [actorSub, key],
    );
    const row = rows[0];
    if (!row) throw new Error('idempotency key vanished between insert and select');
    return { outcome: row.request_hash === requestHash ? 'replay' : 'conflict', projectId: row.project_id };
  }
}
