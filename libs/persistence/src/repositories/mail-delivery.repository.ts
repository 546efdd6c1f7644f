import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  clip,
  countOf,
  claimDue,
  DELIVERY_COLUMNS,
  OUTBOX_CLAIM_COLUMNS,
  finishClaim,
  toClaimed,
  toDelivery,
  updatedRows,
  type ClaimedDigest,
  type ClaimedNotification,
  type ClaimOutcome,
  type Delivery,
  type DeliveryRow,
  type DigestRow,
  type NewDelivery,
  type OutboxRow,
  type ProjectMailContext,
} from './mail-delivery.rows';

export type {
  ClaimedDigest,
  ClaimedNotification,
  ClaimOutcome,
  Delivery,
  NewDelivery,
  ProjectMailContext,
} from './mail-delivery.rows';

/**
 * Mail delivery state over the notification outbox. Rows are claimed with `FOR UPDATE SKIP LOCKED` under a lease:
 * any number of dispatchers can poll at once and each row goes to exactly one of them; a dispatcher that dies
 * loses its rows when the lease ends. Every write a claimer makes afterwards is fenced on its claim token, so a
 * claimer whose lease was taken over cannot overwrite the new holder's outcome.
 */
export class MailDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  async claimNotifications(token: string, limit: number, leaseMs: number): Promise<ClaimedNotification[]> {
    const raw: unknown = await this.dataSource.query(
      ...claimDue(
        'notification_outbox',
        'next_attempt_at, created_at, id',
        OUTBOX_CLAIM_COLUMNS,
        token,
        limit,
        leaseMs,
      ),
    );
    return updatedRows<OutboxRow>(raw)
      .map(toClaimed)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  /** Extends the lease; false when another dispatcher has taken the row over (then stop working on it). */
  async renewNotificationLease(id: string, token: string, leaseMs: number): Promise<boolean> {
    const raw: unknown = await this.dataSource.query(
      `UPDATE notification_outbox SET next_attempt_at = now() + $3::integer * interval '1 millisecond'
       WHERE id = $1 AND locked_by = $2 AND status = 'sending'`,
      [id, token, leaseMs],
    );
    return countOf(raw) === 1;
  }

  /** Records how the claim ended; false when the lease had been taken over and nothing was written. */
  async finishNotification(id: string, token: string, outcome: ClaimOutcome): Promise<boolean> {
    const raw: unknown = await this.dataSource.query(...finishClaim('notification_outbox', id, token, outcome));
    return countOf(raw) === 1;
  }

  async deliveries(notificationId: string): Promise<Delivery[]> {
    const rows = await this.dataSource.query<DeliveryRow[]>(
      `SELECT ${DELIVERY_COLUMNS} FROM notification_delivery WHERE notification_id = $1 ORDER BY recipient`,
      [notificationId],
    );
    return rows.map(toDelivery);
  }

  /**
   * Fixes the recipients of a notification. Only the first call counts (a retry, or a dispatcher that took over,
   * keeps the recipients the first attempt chose), so the set of mails sent never grows behind anyone's back.
   */
  async addDeliveries(notificationId: string, deliveries: NewDelivery[]): Promise<Delivery[]> {
    if (deliveries.length > 0) {
      // Six values per recipient after $1, the notification id they all share.
      const values = deliveries.map((_, i) => `(${[2, 3, 4, 5, 6, 7].map((k) => `$${i * 6 + k}`).join(', ')})`);
      await this.dataSource.query(
        `INSERT INTO notification_delivery (notification_id, recipient, recipient_sub, recipient_name, language,
           message_id, status)
         SELECT $1, v.recipient, v.sub, v.name, v.language, v.message_id, v.status
         FROM (VALUES ${values.join(', ')}) AS v(recipient, sub, name, language, message_id, status)
         WHERE NOT EXISTS (SELECT 1 FROM notification_delivery d WHERE d.notification_id = $1)
         ON CONFLICT (notification_id, recipient) DO NOTHING`,
        [
          notificationId,
          ...deliveries.flatMap((d) => [
            d.recipient,
            d.recipientSub,
            d.recipientName,
            d.language,
            d.messageId,
            d.status,
          ]),
        ],
      );
    }
    return this.deliveries(notificationId);
  }

  /**
   * Marks a delivery as handed to SMTP. Only a delivery that has not been sent can start, so two attempts that
   * somehow overlap cannot both record a send of the same mail.
   */
  async startDelivery(notificationId: string, recipient: string): Promise<boolean> {
    const raw: unknown = await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'sending', attempts = attempts + 1
       WHERE notification_id = $1 AND recipient = $2 AND status IN ('pending', 'sending')`,
      [notificationId, recipient],
    );
    return countOf(raw) === 1;
  }

  async deliverySent(notificationId: string, recipient: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'sent', sent_at = now(), last_error = NULL
       WHERE notification_id = $1 AND recipient = $2 AND status = 'sending'`,
      [notificationId, recipient],
    );
  }

  /** A temporary failure leaves the delivery pending for the next attempt; a permanent one ends it. */
  async deliveryFailed(notificationId: string, recipient: string, error: string, permanent: boolean): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = $3::text, last_error = $4
       WHERE notification_id = $1 AND recipient = $2 AND status = 'sending'`,
      [notificationId, recipient, permanent ? 'failed' : 'pending', clip(error)],
    );
  }

  /** Gives up on what is still open of a notification (its attempts are used up). */
  async failOpenDeliveries(notificationId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'failed', last_error = COALESCE(last_error, $2)
       WHERE notification_id = $1 AND status IN ('pending', 'sending')`,
      [notificationId, clip(error)],
    );
  }

  async projects(ids: string[]): Promise<Map<string, ProjectMailContext>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        title: string;
        department: string;
        case_owner_sub: string;
        case_owner_name: string;
        case_owner_email: string;
        dpia_scope: boolean;
        commission_scope: boolean;
      }>
    >(
      `SELECT id, title, department, case_owner_sub, case_owner_name, case_owner_email, dpia_scope, commission_scope
         FROM project
       WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          title: r.title,
          department: r.department,
          caseOwnerSub: r.case_owner_sub,
          caseOwnerName: r.case_owner_name,
          caseOwnerEmail: r.case_owner_email,
          dpiaScope: r.dpia_scope,
          commissionScope: r.commission_scope,
        },
      ]),
    );
  }

  /**
   * The open task of each (project, gate, step), keyed `<project>\n<gate>\n<step>`: a task mail's calendar
   * attachment names its event after the task, as the personal calendar feed does (a gate may have two open tasks:
   * the secretary's wait for the commission meeting and the case owner's submission deadline). A task that closed
   * meanwhile has no entry: its deadline no longer belongs in anyone's calendar.
   */
  async openTaskIds(
    keys: ReadonlyArray<{ projectId: string; gate: string; step: string }>,
  ): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ id: string; project_id: string; gate: string; step: string }>>(
      `SELECT DISTINCT ON (project_id, gate, step) id, project_id, gate, step
         FROM task
       WHERE status = 'open' AND project_id = ANY($1::uuid[])
       ORDER BY project_id, gate, step, opened_at DESC`,
      [[...new Set(keys.map((p) => p.projectId))]],
    );
    return new Map(rows.map((r) => [`${r.project_id}\n${r.gate}\n${r.step}`, r.id]));
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Daily digests

  /**
   * Puts every delivery held before `cutoff` into one digest per recipient and returns how many digests it
   * created. Batchers are serialised by an advisory lock (one that finds it taken returns 0 and lets the other
   * finish), so a recipient's held mails never end up split over two digests.
   */
  async batchDigests(cutoff: Date, messageIdFor: (digestId: string) => string): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [{ locked }] = await em.query<Array<{ locked: boolean }>>(
        `SELECT pg_try_advisory_xact_lock(hashtext('waardenpoort:digest-batch')) AS locked`,
      );
      if (!locked) return 0;
      const held = await em.query<DeliveryRow[]>(
        `SELECT ${DELIVERY_COLUMNS} FROM notification_delivery
         WHERE status = 'held' AND digest_id IS NULL AND created_at < $1
         ORDER BY recipient, created_at, notification_id
         FOR UPDATE`,
        [cutoff],
      );
      const byRecipient = new Map<string, DeliveryRow[]>();
      for (const row of held) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row]);
      for (const [recipient, rows] of byRecipient) {
        const ids = rows.map((r) => r.notification_id).sort();
        const id = `digest:${createHash('sha256')
          .update(`${recipient}\n${ids.join('\n')}`)
          .digest('hex')
          .slice(0, 40)}`;
        // The latest delivery speaks for the recipient: it was addressed with their most recent name and language.
        const latest = rows[rows.length - 1];
        await em.query(
          `INSERT INTO notification_digest (id, recipient, recipient_sub, recipient_name, language, message_id)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
          [id, recipient, latest.recipient_sub, latest.recipient_name, latest.language, messageIdFor(id)],
        );
        await em.query(
          `UPDATE notification_delivery SET digest_id = $1
           WHERE recipient = $2 AND notification_id = ANY($3::text[]) AND status = 'held' AND digest_id IS NULL`,
          [id, recipient, ids],
        );
      }
      return byRecipient.size;
    });
  }

  async claimDigests(token: string, limit: number, leaseMs: number): Promise<ClaimedDigest[]> {
    const raw: unknown = await this.dataSource.query(
      ...claimDue(
        'notification_digest',
        'next_attempt_at, id',
        ['id', 'recipient', 'recipient_sub', 'recipient_name', 'language', 'message_id', 'attempts'],
        token,
        limit,
        leaseMs,
      ),
    );
    return updatedRows<DigestRow>(raw).map((r) => ({
      id: r.id,
      recipient: r.recipient,
      recipientSub: r.recipient_sub,
      recipientName: r.recipient_name,
      language: r.language,
      messageId: r.message_id,
      attempts: r.attempts,
    }));
  }

  /** The notifications a digest carries, oldest first. */
  async digestItems(digestId: string): Promise<ClaimedNotification[]> {
    const rows = await this.dataSource.query<OutboxRow[]>(
      `SELECT ${OUTBOX_CLAIM_COLUMNS.map((c) => `o.${c}`).join(', ')}
       FROM notification_delivery d JOIN notification_outbox o ON o.id = d.notification_id
       WHERE d.digest_id = $1
       ORDER BY o.created_at, o.id`,
      [digestId],
    );
    return rows.map(toClaimed);
  }

  /** Records how a digest claim ended, with its deliveries, in one transaction; fenced like outbox rows. */
  async finishDigest(id: string, token: string, outcome: ClaimOutcome): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const raw: unknown = await em.query(...finishClaim('notification_digest', id, token, outcome));
      if (countOf(raw) !== 1) return false;
      if (outcome.status === 'sent') {
        await em.query(
          `UPDATE notification_delivery SET status = 'sent', sent_at = now(), attempts = attempts + 1,
             last_error = NULL
           WHERE digest_id = $1 AND status = 'held'`,
          [id],
        );
      } else if (outcome.status === 'failed') {
        await em.query(
          `UPDATE notification_delivery SET status = 'failed', last_error = $2
           WHERE digest_id = $1 AND status = 'held'`,
          [id, clip(outcome.lastError)],
        );
      }
      return true;
    });
  }
}
