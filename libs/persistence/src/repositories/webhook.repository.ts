import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AuditRepository } from './audit.repository';
import { type WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';
import { webhookEventFor } from '../webhooks/webhook-events';
import { openWebhookSecret, sealWebhookSecret, WebhookSecretUnavailableError } from '../webhooks/webhook-secret-box';
import { WebhookFeedRepository, type FeedPosition } from './webhook-feed.repository';
import {
  toSubscription,
  WEBHOOK_DISPATCHER,
  type ClaimedDelivery,
  type FanOutResult,
  type NewWebhookSubscription,
  type WebhookAttemptRecord,
  type WebhookAuditEvent,
  type WebhookDeliveryRecord,
  type WebhookSubscription,
} from './webhook.types';

/** Subscriptions, their deliveries and the delivery log; the dispatcher's fan-out, lease and outcome writes. */
export class WebhookRepository {
  private readonly feed: WebhookFeedRepository;
  private readonly audit: AuditRepository;

  /** `secretKey`: WEBHOOK_SECRET_KEY, which seals and opens the signing secrets (null: webhooks are off here). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly secretKey: Uint8Array | null = null,
  ) {
    this.feed = new WebhookFeedRepository(dataSource);
    this.audit = new AuditRepository(dataSource);
  }

  /** Whether this repository can store new subscriptions (it holds the key their secrets are sealed with). */
  get canSeal(): boolean {
    return this.secretKey !== null;
  }

  /** Stores the subscription with its secret sealed, and `audit`'s event, in one transaction. */
  async create(s: NewWebhookSubscription, audit?: WebhookAuditEvent): Promise<WebhookSubscription> {
    if (!this.secretKey) throw new WebhookSecretUnavailableError('no WEBHOOK_SECRET_KEY to seal the secret with');
    const id = randomUUID();
    const entity = this.dataSource.getRepository(WebhookSubscriptionEntity).create({
      id,
      targetUrl: s.targetUrl,
      eventTypes: s.eventTypes,
      secret: null,
      secretSealed: sealWebhookSecret(this.secretKey, id, s.secret),
      description: s.description,
      createdBySub: s.createdBySub,
      createdAt: new Date(),
      deletedAt: null,
    });
    const subscription = toSubscription(entity);
    await this.dataSource.transaction(async (em) => {
      await em.getRepository(WebhookSubscriptionEntity).insert(entity);
      if (audit) await this.audit.append(em, [audit(subscription)]);
    });
    return subscription;
  }

  /**
   * Seals the secrets still stored in plain text (rows from before migration 1765520000000); returns how many. Run
   * at start by the API and the worker, which hold the key the migration does not have.
   */
  async sealPlaintextSecrets(): Promise<number> {
    const key = this.secretKey;
    if (!key) return 0;
    const rows: Array<{ id: string; secret: string }> = await this.dataSource.query(
      `SELECT id, secret FROM webhook_subscription WHERE secret IS NOT NULL`,
    );
    for (const row of rows) {
      await this.dataSource.query(
        `UPDATE webhook_subscription SET secret_sealed = $2, secret = NULL WHERE id = $1 AND secret = $3`,
        [row.id, sealWebhookSecret(key, row.id, row.secret), row.secret],
      );
    }
    return rows.length;
  }

  /** Subscriptions that are not deleted, oldest first. */
  async list(): Promise<WebhookSubscription[]> {
    const rows = await this.dataSource
      .getRepository(WebhookSubscriptionEntity)
      .createQueryBuilder('s')
      .where('s.deleted_at IS NULL')
      .orderBy('s.createdAt', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
    return rows.map(toSubscription);
  }

  /** Also a deleted one, so its delivery log stays readable. */
  async find(id: string): Promise<WebhookSubscription | null> {
    const row = await this.dataSource.getRepository(WebhookSubscriptionEntity).findOneBy({ id });
    return row ? toSubscription(row) : null;
  }

  /**
   * Stops a subscription: nothing new is fanned out to it and what was still pending is cancelled, in one
   * transaction. Returns false when there was no such (undeleted) subscription.
   */
  async delete(id: string, audit?: WebhookAuditEvent): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      // Waits for a fan-out in progress (it holds the cursor row): one that read this subscription as live could
      // otherwise add pending deliveries after the cancel below. Deletions are rare; the wait is one batch.
      await em.query(`SELECT 1 FROM webhook_cursor WHERE consumer = $1 FOR UPDATE`, [WEBHOOK_DISPATCHER]);
      // Wrapped in a SELECT: TypeORM answers a top-level UPDATE with [rows, count] instead of the rows.
      const rows: Array<{ id: string }> = await em.query(
        `WITH deleted AS (
           UPDATE webhook_subscription SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING id)
         SELECT id FROM deleted`,
        [id],
      );
      if (rows.length === 0) return false;
      await em.query(
        `UPDATE webhook_delivery SET status = 'cancelled', next_attempt_at = NULL
          WHERE subscription_id = $1 AND status = 'pending'`,
        [id],
      );
      if (audit) {
        const row = await em.getRepository(WebhookSubscriptionEntity).findOneByOrFail({ id });
        await this.audit.append(em, [audit(toSubscription(row))]);
      }
      return true;
    });
  }

  /** A subscription's deliveries, newest first, each with every attempt. */
  async deliveries(subscriptionId: string, limit: number): Promise<WebhookDeliveryRecord[]> {
    const rows: Array<{
      id: string;
      event_id: string;
      event_type: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      next_attempt_at: Date | null;
      last_status_code: number | null;
      last_error: string | null;
      created_at: Date;
      delivered_at: Date | null;
      body: string;
      log: Array<{
        attempt: number;
        attempted_at: string;
        duration_ms: number;
        status_code: number | null;
        outcome: 'succeeded' | 'failed';
        error: string | null;
      }>;
    }> = await this.dataSource.query(
      `SELECT d.id, d.event_id, d.event_type, d.status, d.attempts, d.next_attempt_at, d.last_status_code,
              d.last_error, d.created_at, d.delivered_at, d.body,
              COALESCE((SELECT jsonb_agg(jsonb_build_object(
                         'attempt', a.attempt, 'attempted_at', a.attempted_at, 'duration_ms', a.duration_ms,
                         'status_code', a.status_code, 'outcome', a.outcome, 'error', a.error) ORDER BY a.attempt)
                          FROM webhook_delivery_attempt a WHERE a.delivery_id = d.id), '[]'::jsonb) AS log
         FROM webhook_delivery d
        WHERE d.subscription_id = $1
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $2`,
      [subscriptionId, limit],
    );
    return rows.map((r) => ({
      id: r.id,
      eventId: r.event_id,
      eventType: r.event_type,
      status: r.status,
      attempts: r.attempts,
      nextAttemptAt: r.next_attempt_at,
      lastStatusCode: r.last_status_code,
      lastError: r.last_error,
      createdAt: r.created_at,
      deliveredAt: r.delivered_at,
      body: r.body,
      log: r.log.map((a) => ({
        attempt: a.attempt,
        attemptedAt: new Date(a.attempted_at),
        durationMs: a.duration_ms,
        statusCode: a.status_code,
        outcome: a.outcome,
        error: a.error,
      })),
    }));
  }

  /**
   * Turns the next feed rows into deliveries for the subscriptions that want them, and moves the cursor past
   * them, in one transaction: a crash either leaves both undone or both done, and the unique
   * (subscription, event) pair makes a repeated fan-out a no-op. The cursor row's lock lets only one dispatcher
   * fan out at a time; another one skips this round instead of waiting.
   */
  async fanOut(batch: number): Promise<FanOutResult> {
    return this.dataSource.transaction(async (em) => {
      const cursors: Array<{ txid: string; feed_id: string }> = await em.query(
        `SELECT txid::text AS txid, feed_id::text AS feed_id FROM webhook_cursor
          WHERE consumer = $1 FOR UPDATE SKIP LOCKED`,
        [WEBHOOK_DISPATCHER],
      );
      const cursor = cursors[0];
      if (!cursor) return { read: 0, deliveriesCreated: 0, ran: false };
      const rows = await this.feed.readAfter({ txid: cursor.txid, id: cursor.feed_id }, batch, em);
      const last = rows[rows.length - 1];
      if (!last) return { read: 0, deliveriesCreated: 0, ran: true };

      const subscriptions: Array<{ id: string; event_types: string[]; created_at: Date }> = await em.query(
        `SELECT id, event_types, created_at FROM webhook_subscription WHERE deleted_at IS NULL`,
      );
      let created = 0;
      if (subscriptions.length > 0) {
        const sources: Array<{
          id: string;
          action: string;
          gate: string | null;
          occurred_at: Date;
          payload: Record<string, unknown>;
          project_id: string;
          title: string | null;
          department: string | null;
        }> = await em.query(
          `SELECT e.id, e.action, e.gate, e.occurred_at, e.payload, e.project_id, p.title, p.department
             FROM audit_event e LEFT JOIN project p ON p.id = e.project_id
            WHERE e.id = ANY($1::text[])`,
          [rows.map((r) => r.auditEventId)],
        );
        const byId = new Map(sources.map((s) => [s.id, s]));
        const values: unknown[][] = [];
        for (const row of rows) {
          const source = byId.get(row.auditEventId);
          if (!source) continue;
          const event = webhookEventFor({
            auditEventId: source.id,
            action: source.action,
            gate: source.gate,
            occurredAt: source.occurred_at,
            payload: source.payload,
            project: { id: source.project_id, title: source.title, department: source.department },
          });
          if (!event) continue;
          for (const s of subscriptions) {
            // A subscription hears what was recorded after it existed, not the backlog before it.
            if (!s.event_types.includes(event.type) || row.recordedAt < s.created_at) continue;
            values.push([randomUUID(), s.id, source.id, event.type, event.body]);
          }
        }
        for (let i = 0; i < values.length; i += 500) {
          const chunk = values.slice(i, i + 500);
          const inserted: Array<{ id: string }> = await em.query(
            `INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, body, status, attempts,
               next_attempt_at, created_at)
             SELECT v.id, v.subscription_id, v.event_id, v.event_type, v.body, 'pending', 0, now(), now()
               FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[])
                 AS v(id, subscription_id, event_id, event_type, body)
             ON CONFLICT ON CONSTRAINT "UQ_webhook_delivery_subscription_event" DO NOTHING
             RETURNING id`,
            [0, 1, 2, 3, 4].map((k) => chunk.map((v) => v[k])),
          );
          created += inserted.length;
        }
      }
      await em.query(
        `UPDATE webhook_cursor SET txid = $2::bigint, feed_id = $3::bigint, updated_at = now() WHERE consumer = $1`,
        [WEBHOOK_DISPATCHER, last.position.txid, last.position.id],
      );
      return { read: rows.length, deliveriesCreated: created, ran: true };
    });
  }

  /** Where the dispatcher's cursor stands (what the feed may be pruned up to). */
  async cursor(): Promise<FeedPosition | null> {
    const rows: Array<{ txid: string; feed_id: string }> = await this.dataSource.query(
      `SELECT txid::text AS txid, feed_id::text AS feed_id FROM webhook_cursor WHERE consumer = $1`,
      [WEBHOOK_DISPATCHER],
    );
    const row = rows[0];
    return row ? { txid: row.txid, id: row.feed_id } : null;
  }

  /**
   * Takes up to `limit` due deliveries of live subscriptions, counts the attempt and holds them for `leaseMs`: the
   * lease is `next_attempt_at` itself, so a dispatcher that dies mid-attempt only delays the delivery, and no
   * transaction stays open while the HTTP request runs. SKIP LOCKED lets several dispatchers share the work. (The
   * UPDATE sits in a CTE because TypeORM answers a top-level UPDATE with [rows, count].)
   */
  async claimDue(limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
    const rows: Array<{
      id: string;
      attempts: number;
      event_type: string;
      body: string;
      subscription_id: string;
      target_url: string;
      secret: string | null;
      secret_sealed: string | null;
    }> = await this.dataSource.query(
      `WITH due AS (
         SELECT d.id FROM webhook_delivery d
           JOIN webhook_subscription s ON s.id = d.subscription_id AND s.deleted_at IS NULL
          WHERE d.status = 'pending' AND d.next_attempt_at <= now()
          ORDER BY d.next_attempt_at
          LIMIT $1
          FOR UPDATE OF d SKIP LOCKED)
       , claimed AS (
         UPDATE webhook_delivery d
            SET attempts = d.attempts + 1,
                next_attempt_at = now() + make_interval(secs => $2::double precision / 1000)
           FROM due, webhook_subscription s
          WHERE d.id = due.id AND s.id = d.subscription_id
         RETURNING d.id, d.subscription_id, d.attempts, d.event_type, d.body, s.target_url, s.secret, s.secret_sealed)
       SELECT * FROM claimed`,
      [limit, leaseMs],
    );
    return rows.map((r) => ({
      id: r.id,
      attempt: r.attempts,
      eventType: r.event_type,
      body: r.body,
      targetUrl: r.target_url,
      secret: this.openSecret(r.subscription_id, r.secret, r.secret_sealed),
    }));
  }

  private openSecret(subscriptionId: string, plain: string | null, sealed: string | null): string | null {
    if (sealed === null) return plain; // not sealed yet (sealPlaintextSecrets runs at start)
    if (!this.secretKey) return null;
    try {
      return openWebhookSecret(this.secretKey, subscriptionId, sealed);
    } catch (err) {
      if (err instanceof WebhookSecretUnavailableError) return null;
      throw err;
    }
  }

  /**
   * Records an attempt's outcome. A success always sticks, so a delivery is never sent again once a receiver took
   * it. A failure only schedules the next attempt (or gives up) while no later claim has replaced this one.
   */
  async recordAttempt(
    delivery: Pick<ClaimedDelivery, 'id' | 'attempt'>,
    result: Omit<WebhookAttemptRecord, 'attempt'>,
    retry: { nextInMs: number | null },
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query(
        `INSERT INTO webhook_delivery_attempt (delivery_id, attempt, attempted_at, duration_ms, status_code, outcome,
           error)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT ON CONSTRAINT "UQ_webhook_delivery_attempt_delivery_attempt" DO NOTHING`,
        [
          delivery.id,
          delivery.attempt,
          result.attemptedAt,
          result.durationMs,
          result.statusCode,
          result.outcome,
          result.error,
        ],
      );
      if (result.outcome === 'succeeded') {
        await em.query(
          `UPDATE webhook_delivery SET status = 'succeeded', delivered_at = now(), next_attempt_at = NULL,
             last_status_code = $2, last_error = NULL
           WHERE id = $1 AND status <> 'succeeded'`,
          [delivery.id, result.statusCode],
        );
      } else {
        await em.query(
          `UPDATE webhook_delivery
              SET status = CASE WHEN $3::double precision IS NULL THEN 'failed' ELSE 'pending' END,
                  next_attempt_at = CASE WHEN $3::double precision IS NULL THEN NULL
                                         ELSE now() + make_interval(secs => $3::double precision / 1000) END,
                  last_status_code = $4, last_error = $5
            WHERE id = $1 AND status = 'pending' AND attempts = $2`,
          [delivery.id, delivery.attempt, retry.nextInMs, result.statusCode, result.error],
        );
      }
    });
  }
}
