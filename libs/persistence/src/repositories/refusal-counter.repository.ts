import type { Actor, ProjectEvent } from '@waardenpoort/domain';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AuditRepository } from './audit.repository';

/** Refused attempts by one actor on one project within this window share one counter row. */
const REFUSAL_WINDOW_MS = 60_000;

export interface RefusedAttempt {
  projectId: string;
  actor: Actor;
  /** What was tried: the Update's name, or "POST /api/v1/projects/<id>/..." */
  action: string;
  /** Why it was refused: missing-role, segregation-of-duties, gate-not-active, ... */
  code: string;
  reason: string;
  at: Date;
  /** Of the project, for the trail entry */
  policyVersion: number | null;
  workflowId: string | null;
}

interface CounterRow {
  project_id: string;
  actor_sub: string;
  window_start: Date;
  window_end: Date;
  attempts: number;
  recorded: number;
  first_at: Date;
  last_at: Date;
  actor: Actor;
  last_action: string;
  last_code: string;
  last_reason: string;
  policy_version: number | null;
  workflow_id: string | null;
}

/**
 * Coalesces refused attempts per actor, project and window, with every replica of the API sharing the counts in
 * PostgreSQL. The audit trail stays append-only: the first attempt of a window is appended as it happens (count 1),
 * the others only raise `refusal_counter.attempts`; when the window is over, `flush` appends one summary entry with
 * how many attempts the trail did not show yet, and when the first and the last were. So per actor, project and
 * window the trail holds at most two entries (plus one per early flush), and their `count`s add up to the attempts.
 */
export class RefusalCounterRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
    readonly windowMs = REFUSAL_WINDOW_MS,
  ) {}

  /** Counts one refused attempt; appends it to the trail when it is the first of its window. */
  async record(attempt: RefusedAttempt): Promise<'appended' | 'counted'> {
    const windowStart = new Date(Math.floor(attempt.at.getTime() / this.windowMs) * this.windowMs);
    const windowEnd = new Date(windowStart.getTime() + this.windowMs);
    const actor: Actor = {
      sub: attempt.actor.sub,
      name: attempt.actor.name,
      email: attempt.actor.email,
      roles: attempt.actor.roles,
    };
    return this.dataSource.transaction(async (em) => {
      // The row lock of the upsert orders concurrent refusals of the same actor on the same project.
      const rows: Array<{ attempts: number }> = await em.query(
        `INSERT INTO refusal_counter AS c (project_id, actor_sub, window_start, window_end, attempts, recorded, first_at,
                                           last_at, actor, last_action, last_code, last_reason)
         VALUES ($1, $2, $3, $4, 1, 1, $5, $5, $6::jsonb, $7, $8, $9)
         ON CONFLICT (project_id, actor_sub, window_start) DO UPDATE
           SET attempts = c.attempts + 1,
               last_at = GREATEST(c.last_at, EXCLUDED.last_at),
               last_action = EXCLUDED.last_action,
               last_code = EXCLUDED.last_code,
               last_reason = EXCLUDED.last_reason
         RETURNING attempts`,
        [
          attempt.projectId,
          attempt.actor.sub,
          windowStart,
          windowEnd,
          attempt.at,
          JSON.stringify(actor),
          attempt.action,
          attempt.code,
          attempt.reason,
        ],
      );
      if (rows[0]?.attempts !== 1) return 'counted';
      const at = attempt.at.toISOString();
      await this.audit.append(em, [
        {
          eventId: `refused:${attempt.projectId}:${subKey(attempt.actor.sub)}:${windowStart.getTime()}:1`,
          projectId: attempt.projectId,
          at,
          actor: attempt.actor,
          action: 'action-refused',
          gate: null,
          payload: {
            attempted: attempt.action,
            code: attempt.code,
            reason: attempt.reason,
            count: 1,
            firstAt: at,
            lastAt: at,
            window: { from: windowStart.toISOString(), to: windowEnd.toISOString() },
          },
          documentHashes: [],
          policyVersion: attempt.policyVersion,
          workflowId: attempt.workflowId,
          runId: null,
        },
      ]);
      return 'appended';
    });
  }

  /**
   * Appends a summary for every window that ended by `asOf` with attempts the trail does not show yet. Safe to run
   * on every replica at once (rows are claimed with SKIP LOCKED) and to repeat (event ids are deterministic). A test
   * may pass a later `asOf` to close windows early; attempts that still come in are summarised by the next flush.
   */
  async flush(asOf: Date = new Date(), batch = 200): Promise<number> {
    let appended = 0;
    for (;;) {
      const done = await this.dataSource.transaction(async (em) => {
        const due: CounterRow[] = await em.query(
          `SELECT c.project_id, c.actor_sub, c.window_start, c.window_end, c.attempts, c.recorded, c.first_at,
                  c.last_at, c.actor, c.last_action, c.last_code, c.last_reason,
                  p.policy_version, p.workflow_id
             FROM refusal_counter c LEFT JOIN project p ON p.id = c.project_id
            WHERE c.window_end <= $1 AND c.attempts > c.recorded
            ORDER BY c.window_end
            LIMIT $2
            FOR UPDATE OF c SKIP LOCKED`,
          [asOf, batch],
        );
        if (due.length === 0) return 0;
        const events: ProjectEvent[] = due.map((r) => ({
          eventId: `refused:${r.project_id}:${subKey(r.actor_sub)}:${r.window_start.getTime()}:${r.attempts}`,
          projectId: r.project_id,
          at: r.last_at.toISOString(),
          actor: r.actor,
          action: 'action-refused',
          gate: null,
          payload: {
            attempted: r.last_action,
            code: r.last_code,
            reason: r.last_reason,
            count: r.attempts - r.recorded,
            summary: true,
            firstAt: r.first_at.toISOString(),
            lastAt: r.last_at.toISOString(),
            window: { from: r.window_start.toISOString(), to: r.window_end.toISOString() },
          },
          documentHashes: [],
          policyVersion: r.policy_version,
          workflowId: r.workflow_id,
          runId: null,
        }));
        await this.audit.append(em, events);
        for (const r of due) {
          await em.query(
            `UPDATE refusal_counter SET recorded = $4 WHERE project_id = $1 AND actor_sub = $2 AND window_start = $3`,
            [r.project_id, r.actor_sub, r.window_start, r.attempts],
          );
        }
        return due.length;
      });
      appended += done;
      if (done < batch) return appended;
    }
  }
}

/** A short, fixed-length stand-in for a subject in event ids (subjects may be long or contain ':'). */
function subKey(sub: string): string {
  return createHash('sha256').update(sub).digest('hex').slice(0, 16);
}
