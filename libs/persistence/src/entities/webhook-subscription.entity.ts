import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A CIO-office monitoring pipeline that wants some event types POSTed to it. Deleting a subscription only stamps
 * `deleted_at`: its delivery log stays readable, and the dispatcher stops at once.
 */
@Entity({ name: 'webhook_subscription' })
@Check('CHK_webhook_subscription_event_types', `cardinality("event_types") > 0`)
@Check(
  'CHK_webhook_subscription_one_secret',
  `("secret" IS NULL) <> ("secret_sealed" IS NULL) AND ("secret_sealed" IS NULL OR "secret_sealed" LIKE 'v1.%')`,
)
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_webhook_subscription' })
  id!: string;

  @Column({ name: 'target_url', type: 'text' })
  targetUrl!: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes!: string[];

  /** Before migration 1765520000000 only: the HMAC key in plain text, sealed into `secretSealed` at start. */
  @Column({ type: 'text', nullable: true })
  secret!: string | null;

  /**
   * The HMAC key, AES-256-GCM encrypted with WEBHOOK_SECRET_KEY (webhook-secret-box.ts). Shown once, at creation;
   * the API never returns it again.
   */
  @Column({ name: 'secret_sealed', type: 'text', nullable: true })
  secretSealed!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  description!: string | null;

  @Column({ name: 'created_by_sub', type: 'text' })
  createdBySub!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
