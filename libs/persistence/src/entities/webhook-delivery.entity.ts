import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

export type WebhookDeliveryStatus = 'pending' | 'succeeded' | 'failed' | 'cancelled';

/**
 * One event for one subscription. The body is frozen when the delivery is created, so every retry sends the same
 * bytes (a receiver can dedupe on the delivery id); only the timestamp and signature headers change per attempt.
 */
@Entity({ name: 'webhook_delivery' })
@Unique('UQ_webhook_delivery_subscription_event', ['subscriptionId', 'eventId'])
@Index('webhook_delivery_due_idx', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Index('webhook_delivery_subscription_created_idx', ['subscriptionId', 'createdAt'])
@Check('CHK_webhook_delivery_status', `"status" IN ('pending', 'succeeded', 'failed', 'cancelled')`)
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_webhook_delivery' })
  id!: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId!: string;

  @ManyToOne(() => WebhookSubscriptionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'FK_webhook_delivery_subscription' })
  subscription?: WebhookSubscriptionEntity;

  /** The audit event it reports; with the subscription, what makes a delivery unique. */
  @Column({ name: 'event_id', type: 'text' })
  eventId!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 40 })
  eventType!: string;

  /** The exact JSON text that is signed and sent. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** While pending: when the next attempt may start (also the lease of an attempt in flight). */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}

/** Every HTTP attempt of a delivery, successful or not: the delivery log. */
@Entity({ name: 'webhook_delivery_attempt' })
@Unique('UQ_webhook_delivery_attempt_delivery_attempt', ['deliveryId', 'attempt'])
@Check('CHK_webhook_delivery_attempt_outcome', `"outcome" IN ('succeeded', 'failed')`)
export class WebhookDeliveryAttemptEntity {
  /** bigint: the pg driver returns it as a string */
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_webhook_delivery_attempt' })
  id!: string;

  @Column({ name: 'delivery_id', type: 'uuid' })
  deliveryId!: string;

  @ManyToOne(() => WebhookDeliveryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'FK_webhook_delivery_attempt_delivery' })
  delivery?: WebhookDeliveryEntity;

  @Column({ type: 'integer' })
  attempt!: number;

  @Column({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt!: Date;

  @Column({ name: 'duration_ms', type: 'integer' })
  durationMs!: number;

  @Column({ name: 'status_code', type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'varchar', length: 20 })
  outcome!: 'succeeded' | 'failed';

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
