import type { ProjectEvent, WebhookEventType } from '@waardenpoort/domain';
import { type WebhookDeliveryStatus } from '../entities/webhook-delivery.entity';
import type { WebhookSubscriptionEntity } from '../entities/webhook-subscription.entity';

// What the webhook repository hands out: subscriptions, the delivery log, claimed deliveries.

export interface WebhookSubscription {
  id: string;
  targetUrl: string;
  eventTypes: WebhookEventType[];
  description: string | null;
  createdBySub: string;
  createdAt: Date;
  deletedAt: Date | null;
}

export interface NewWebhookSubscription {
  targetUrl: string;
  eventTypes: WebhookEventType[];
  description: string | null;
  createdBySub: string;
  secret: string;
}

export interface WebhookAttemptRecord {
  attempt: number;
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  outcome: 'succeeded' | 'failed';
  error: string | null;
}

export interface WebhookDeliveryRecord {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
  body: string;
  log: WebhookAttemptRecord[];
}

/** A delivery the dispatcher holds the lease of, with what it needs to send it. */
export interface ClaimedDelivery {
  id: string;
  attempt: number;
  eventType: string;
  body: string;
  targetUrl: string;
  /** The HMAC key, opened with the configured key; null when it does not open (wrong or missing key). */
  secret: string | null;
}

/** The audit event of a subscription change, recorded in the same transaction as the change. */
export type WebhookAuditEvent = (subscription: WebhookSubscription) => ProjectEvent;

export interface FanOutResult {
  /** Feed rows read (and passed) */
  read: number;
  deliveriesCreated: number;
  /** false when another dispatcher holds the cursor right now */
  ran: boolean;
}

export const WEBHOOK_DISPATCHER = 'webhook-dispatcher';

export function toSubscription(e: WebhookSubscriptionEntity): WebhookSubscription {
  return {
    id: e.id,
    targetUrl: e.targetUrl,
    // The column only ever receives validated event types (the API checks them).
    eventTypes: e.eventTypes as WebhookEventType[],
    description: e.description,
    createdBySub: e.createdBySub,
    createdAt: e.createdAt,
    deletedAt: e.deletedAt,
  };
}
