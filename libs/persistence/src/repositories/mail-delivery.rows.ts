import type { DeliveryStatus } from '../entities/notification-delivery.entity';
import type { PersonLanguage } from '../entities/person.entity';
import { OUTBOX_COLUMNS } from './notification-outbox.repository';

// What the mail delivery repository hands out and how its rows read: the claimed outbox rows and digests, each
// recipient's delivery, and the project facts a mail needs.

/** An outbox row a dispatcher holds under its lease. */
export interface ClaimedNotification {
  id: string;
  projectId: string;
  kind: string;
  gate: string | null;
  recipientRole: string;
  recipientSub: string | null;
  dueAt: Date | null;
  createdAt: Date;
  escalationLevel: number;
  payload: Record<string, unknown>;
  /** Including the attempt this claim starts */
  attempts: number;
}

export interface NewDelivery {
  recipient: string;
  recipientSub: string | null;
  recipientName: string;
  language: PersonLanguage;
  messageId: string;
  /** `held` waits for the recipient's daily digest. */
  status: 'pending' | 'held';
}

export interface Delivery extends Omit<NewDelivery, 'status'> {
  notificationId: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
}

export interface ClaimedDigest {
  id: string;
  recipient: string;
  recipientSub: string | null;
  recipientName: string;
  language: PersonLanguage;
  messageId: string;
  attempts: number;
}

/** What a mail needs to know about the project it is about. */
export interface ProjectMailContext {
  id: string;
  title: string;
  department: string;
  caseOwnerSub: string;
  caseOwnerName: string;
  caseOwnerEmail: string;
  /** READ_SCOPE's facts: who may read the project, so that mail to a role reaches only them */
  dpiaScope: boolean;
  commissionScope: boolean;
}

/** How a dispatcher leaves a claimed row. */
export type ClaimOutcome =
  | { status: 'sent' }
  | { status: 'pending'; retryInMs: number; lastError: string }
  | { status: 'failed'; lastError: string };

/** The columns of an outbox row that a claim hands out (an OutboxRow). */
export const OUTBOX_CLAIM_COLUMNS = [...OUTBOX_COLUMNS, 'attempts'] as const;

export interface OutboxRow {
  id: string;
  project_id: string;
  kind: string;
  gate: string | null;
  recipient_role: string;
  recipient_sub: string | null;
  due_at: Date | null;
  created_at: Date;
  escalation_level: number;
  payload: Record<string, unknown>;
  attempts: number;
}

export interface DeliveryRow {
  notification_id: string;
  recipient: string;
  recipient_sub: string | null;
  recipient_name: string;
  language: PersonLanguage;
  message_id: string;
  status: DeliveryStatus;
  attempts: number;
  last_error: string | null;
}

export interface DigestRow {
  id: string;
  recipient: string;
  recipient_sub: string | null;
  recipient_name: string;
  language: PersonLanguage;
  message_id: string;
  attempts: number;
}

/** TypeORM's postgres driver answers UPDATE and DELETE with [rows, rowCount], everything else with the rows. */
export function updatedRows<T>(raw: unknown): T[] {
  return (raw as [T[], number])[0];
}

export function countOf(raw: unknown): number {
  return (raw as [unknown[], number])[1];
}

export function toClaimed(r: OutboxRow): ClaimedNotification {
  return {
    id: r.id,
    projectId: r.project_id,
    kind: r.kind,
    gate: r.gate,
    recipientRole: r.recipient_role,
    recipientSub: r.recipient_sub,
    dueAt: r.due_at,
    createdAt: r.created_at,
    escalationLevel: r.escalation_level,
    payload: r.payload,
    attempts: r.attempts,
  };
}

export function toDelivery(r: DeliveryRow): Delivery {
  return {
    notificationId: r.notification_id,
    recipient: r.recipient,
    recipientSub: r.recipient_sub,
    recipientName: r.recipient_name,
    language: r.language,
    messageId: r.message_id,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
  };
}

export const DELIVERY_COLUMNS = `notification_id, recipient, recipient_sub, recipient_name, language, message_id, status,
  attempts, last_error`;

/** Error texts end up in a column an operator reads; a whole SMTP transcript does not help there. */
export function clip(text: string): string {
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/**
 * How a claim on an outbox row or a digest ends, fenced by the claim's token: the statement and its parameters
 * (true when the row was still ours). Both tables share the columns of a claim.
 */
export function finishClaim(
  table: 'notification_outbox' | 'notification_digest',
  id: string,
  token: string,
  outcome: ClaimOutcome,
): [string, unknown[]] {
  return [
    `UPDATE ${table}
     SET status = $3::text, locked_by = NULL,
         last_error = $4,
         sent_at = CASE WHEN $3::text = 'sent' THEN now() ELSE sent_at END,
         next_attempt_at = CASE WHEN $3::text = 'pending' THEN now() + $5::integer * interval '1 millisecond'
                                ELSE next_attempt_at END
     WHERE id = $1 AND locked_by = $2 AND status = 'sending'`,
    [
      id,
      token,
      outcome.status,
      outcome.status === 'sent' ? null : clip(outcome.lastError),
      outcome.status === 'pending' ? Math.round(outcome.retryInMs) : 0,
    ],
  ];
}

/**
 * Claims up to `limit` due rows of the outbox or the digests for `token`, leased for `leaseMs` (rows whose lease ran
 * out are due again): the statement and its parameters, returning `columns` of each claimed row.
 */
export function claimDue(
  table: 'notification_outbox' | 'notification_digest',
  orderBy: string,
  columns: readonly string[],
  token: string,
  limit: number,
  leaseMs: number,
): [string, unknown[]] {
  return [
    `WITH due AS (
       SELECT id FROM ${table}
       WHERE status IN ('pending', 'sending') AND next_attempt_at <= now()
       ORDER BY ${orderBy}
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     )
     UPDATE ${table} c
     SET status = 'sending', locked_by = $1, attempts = c.attempts + 1,
         next_attempt_at = now() + $3::integer * interval '1 millisecond'
     FROM due WHERE c.id = due.id
     RETURNING ${columns.map((col) => `c.${col}`).join(', ')}`,
    [token, limit, leaseMs],
  ];
}
