import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  publicDecisionOf,
  type DecisionOutcome,
  type PublicReflectionContent,
  type Transition,
} from '@waardenpoort/domain';

/** A reflection as the public pages show it: what was released, and the decision once it is public. */
export interface PublicReflectionView {
  id: string;
  title: string;
  department: string;
  question: string;
  publicSummary: string | null;
  observations: string;
  recommendations: string[];
  /** ISO instant the commission's reflection was recorded */
  reflectedAt: string;
  /** ISO instant it was released for publication */
  publishedAt: string;
  decision: { outcome: DecisionOutcome; decidedAt: string } | null;
}

export interface PublicReflectionPage {
  items: PublicReflectionView[];
  total: number;
}

interface Row {
  id: string;
  title: string;
  department: string;
  question: string;
  public_summary: string | null;
  observations: string;
  recommendations: string[];
  reflected_at: Date;
  published_at: Date;
  decision_outcome: string | null;
  decided_at: Date | null;
}

const COLUMNS = `id, title, department, question, public_summary, observations, recommendations, reflected_at,
  published_at, decision_outcome, decided_at`;

/** The number of an event within its project (`<projectId>:<n>`): the order the workflow emitted them in. */
function eventNo(eventId: string): number {
  return Number(eventId.slice(eventId.lastIndexOf(':') + 1));
}

/** `%`, `_` and `\` taken literally in an ILIKE pattern. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The public reflections' read model (table `public_reflection`): written by the publish activity in the
 * transition's transaction, read by the public routes. Nothing else of a project is ever read here.
 */
export class PublicReflectionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** What one transition changes on the public pages: a release, a withdrawal, a decision that became public. */
  async applyIn(em: EntityManager, t: Transition): Promise<void> {
    const projectId = t.snapshot.projectId;
    for (const e of t.events) {
      const no = eventNo(e.eventId);
      if (e.action === 'reflection-published') {
        const c = e.payload as unknown as PublicReflectionContent;
        await em.query(
          `INSERT INTO public_reflection (id, project_id, advice_id, title, department, question, public_summary,
             observations, recommendations, reflected_at, published_at, withdrawn_at, last_event_no)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, NULL, $12)
           ON CONFLICT (project_id, advice_id) DO UPDATE SET
             title = EXCLUDED.title, department = EXCLUDED.department, question = EXCLUDED.question,
             public_summary = EXCLUDED.public_summary, observations = EXCLUDED.observations,
             recommendations = EXCLUDED.recommendations, reflected_at = EXCLUDED.reflected_at,
             published_at = EXCLUDED.published_at, withdrawn_at = NULL, last_event_no = EXCLUDED.last_event_no
           WHERE public_reflection.last_event_no < EXCLUDED.last_event_no`,
          [
            randomUUID(),
            projectId,
            c.adviceId,
            c.title,
            c.department,
            c.question,
            c.publicSummary,
            c.observations,
            JSON.stringify(c.recommendations),
            c.reflectedAt,
            e.at,
            no,
          ],
        );
      } else if (e.action === 'reflection-publication-withdrawn') {
        await em.query(
          `UPDATE public_reflection SET withdrawn_at = $3, last_event_no = $4
            WHERE project_id = $1 AND advice_id = $2 AND last_event_no < $4`,
          [projectId, String(e.payload['adviceId']), e.at, no],
        );
      }
    }
    const p = t.snapshot.reflectionPublication;
    if (!p) return;
    const rows: Array<{ reflected_at: Date }> = await em.query(
      `SELECT reflected_at FROM public_reflection WHERE project_id = $1 AND advice_id = $2`,
      [projectId, p.adviceId],
    );
    if (rows.length === 0) return;
    const decision = publicDecisionOf(t.snapshot, rows[0].reflected_at.toISOString());
    if (!decision) return;
    await em.query(
      `UPDATE public_reflection SET decision_outcome = $3, decided_at = $4
        WHERE project_id = $1 AND advice_id = $2
          AND (decided_at IS NULL OR decided_at < $4)`,
      [projectId, p.adviceId, decision.outcome, decision.decidedAt],
    );
  }

  /** The published reflections, newest release first; `q` searches title, question, observations, recommendations. */
  async list(options: { q?: string; limit: number; offset: number }): Promise<PublicReflectionPage> {
    const params: unknown[] = [];
    let where = `withdrawn_at IS NULL`;
    if (options.q) {
      params.push(likePattern(options.q));
      where += ` AND (title ILIKE $1 OR question ILIKE $1 OR observations ILIKE $1
        OR coalesce(public_summary, '') ILIKE $1 OR recommendations::text ILIKE $1)`;
    }
    const rows: Array<Row & { total: string }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER () AS total FROM public_reflection WHERE ${where}
        ORDER BY published_at DESC, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, options.limit, options.offset],
    );
    let total = rows.length > 0 ? Number(rows[0].total) : 0;
    if (rows.length === 0 && options.offset > 0) {
      const count: Array<{ n: string }> = await this.dataSource.query(
        `SELECT count(*) AS n FROM public_reflection WHERE ${where}`,
        params,
      );
      total = Number(count[0].n);
    }
    return { items: rows.map(viewOf), total };
  }

  async get(id: string): Promise<PublicReflectionView | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM public_reflection WHERE id = $1 AND withdrawn_at IS NULL`,
      [id],
    );
    return rows.length > 0 ? viewOf(rows[0]) : null;
  }
}

function viewOf(r: Row): PublicReflectionView {
  return {
    id: r.id,
    title: r.title,
    department: r.department,
    question: r.question,
    publicSummary: r.public_summary,
    observations: r.observations,
    recommendations: r.recommendations,
    reflectedAt: r.reflected_at.toISOString(),
    publishedAt: r.published_at.toISOString(),
    decision:
      r.decision_outcome && r.decided_at
        ? { outcome: r.decision_outcome as DecisionOutcome, decidedAt: r.decided_at.toISOString() }
        : null,
  };
}
