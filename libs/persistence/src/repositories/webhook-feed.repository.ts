import type { DataSource, EntityManager } from 'typeorm';

/** A place in the feed: (txid, id), both bigint, kept as decimal strings. */
export interface FeedPosition {
  txid: string;
  id: string;
}

const FEED_START: FeedPosition = { txid: '0', id: '0' };

export interface FeedRow {
  position: FeedPosition;
  auditEventId: string;
  projectId: string;
  action: string;
  recordedAt: Date;
}

interface RawFeedRow {
  id: string;
  txid: string;
  audit_event_id: string;
  project_id: string;
  action: string;
  recorded_at: Date;
}

const DIGITS = /^\d{1,19}$/;

/** `txid-id` as used in SSE event ids; null when it is not one. */
export function parseFeedPosition(text: string): FeedPosition | null {
  const [txid, id, ...rest] = text.trim().split('-');
  if (rest.length > 0 || !txid || !id || !DIGITS.test(txid) || !DIGITS.test(id)) return null;
  // Beyond int8 PostgreSQL would refuse the comparison; such an id was never handed out.
  if (BigInt(txid) > 9223372036854775807n || BigInt(id) > 9223372036854775807n) return null;
  return { txid: BigInt(txid).toString(), id: BigInt(id).toString() };
}

export function formatFeedPosition(p: FeedPosition): string {
  return `${p.txid}-${p.id}`;
}

export function compareFeedPositions(a: FeedPosition, b: FeedPosition): number {
  const tx = BigInt(a.txid) - BigInt(b.txid);
  if (tx !== 0n) return tx < 0n ? -1 : 1;
  const id = BigInt(a.id) - BigInt(b.id);
  return id === 0n ? 0 : id < 0n ? -1 : 1;
}

/**
 * Only rows of transactions older than the oldest one still running: those are final (committed or gone), so a
 * cursor that moves past them can never miss a row that commits later. A newer row simply waits for the next read.
 * One statement, so the horizon and the rows come from the same snapshot. (Columns are qualified: the queries read
 * them as text, and an ORDER BY on the text output columns would sort 10 before 9 and miss the index.)
 */
const BELOW_HORIZON = `f.txid < pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/**
 * Reads the ordered feed of audit events (webhook_feed, filled by a trigger on audit_event). Positions only grow,
 * so a consumer that remembers the last one it handled sees every event once, in the order of the transactions
 * that wrote them.
 */
export class WebhookFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The position of the newest final row: a consumer that starts here sees only what happens from now on. */
  async head(): Promise<FeedPosition> {
    const rows: Array<{ id: string; txid: string }> = await this.dataSource.query(
      `SELECT f.id::text AS id, f.txid::text AS txid FROM webhook_feed f WHERE ${BELOW_HORIZON}
        ORDER BY f.txid DESC, f.id DESC LIMIT 1`,
    );
    const row = rows[0];
    return row ? { txid: row.txid, id: row.id } : FEED_START;
  }

  /** Up to `limit` final rows after `after`, oldest first. */
  async readAfter(after: FeedPosition, limit: number, em?: EntityManager): Promise<FeedRow[]> {
    const rows: RawFeedRow[] = await (em ?? this.dataSource.manager).query(
      `SELECT f.id::text AS id, f.txid::text AS txid, f.audit_event_id, f.project_id, f.action, f.recorded_at
         FROM webhook_feed f
        WHERE (f.txid, f.id) > ($1::bigint, $2::bigint) AND ${BELOW_HORIZON}
        ORDER BY f.txid, f.id
        LIMIT $3`,
      [after.txid, after.id, limit],
    );
    return rows.map((r) => ({
      position: { txid: r.txid, id: r.id },
      auditEventId: r.audit_event_id,
      projectId: r.project_id,
      action: r.action,
      recordedAt: r.recorded_at,
    }));
  }

  /**
   * Removes rows that every consumer is past and that are older than `keepMs` (the live stream's window for
   * `Last-Event-ID` resumes), a batch at a time so that no statement runs long. Returns how many went.
   */
  async prune(upTo: FeedPosition, keepMs: number, batch = 10_000): Promise<number> {
    const rows: Array<{ n: string }> = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM webhook_feed WHERE id IN (
           SELECT id FROM webhook_feed
            WHERE (txid, id) <= ($1::bigint, $2::bigint)
              AND recorded_at < now() - make_interval(secs => $3::double precision / 1000)
            ORDER BY txid, id LIMIT $4)
         RETURNING 1)
       SELECT count(*)::text AS n FROM gone`,
      [upTo.txid, upTo.id, keepMs, batch],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
