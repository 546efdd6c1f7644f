import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A CIO-office monitoring pipeline that wants some event types POSTed to it. Deleting a subscription only stamps
 * `deleted_at`: its delivery log stays readable, and the dispatcher stops at once.
 */
@Entity({ name: 'webhook_subscription' })
@Check('CHK_webhook_subscription_event_types', `cardinality("event_types") > 0`)
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_webhook_subscription' })
  id!: string;

  @Column({ name: 'target_url', type: 'text' })
  targetUrl!: string;

  @Column({ name: 'event_types', type: 'text', array: true })
  eventTypes!: string[];

  /**
   * The HMAC key, stored as is because every delivery has to be signed with it. Shown once, at creation; the API
   * never returns it again.
   */
  @Column({ type: 'text' })
  secret!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  description!: string | null;

  @Column({ name: 'created_by_sub', type: 'text' })
  createdBySub!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
