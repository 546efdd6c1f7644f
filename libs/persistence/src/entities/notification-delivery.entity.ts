import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationOutboxEntity } from './notification-outbox.entity';

/**
 * `held`: waiting for the recipient's daily digest. `sending`: handed to SMTP by an attempt that has not recorded
 * the outcome yet; if that attempt died, the next one sends again under the same Message-ID.
 */
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'held' | 'failed';

/**
 * One notification for one recipient: the unit that is sent, retried and recorded. Recipients are fixed when a
 * notification is first dispatched, so a retry only resends to those that have not received it.
 */
@Entity({ name: 'notification_delivery' })
@Index('notification_delivery_held_idx', ['recipient', 'createdAt'], { where: `"status" = 'held'` })
@Index('notification_delivery_digest_idx', ['digestId'], { where: `"digest_id" IS NOT NULL` })
@Check('CHK_notification_delivery_status', `"status" IN ('pending', 'sending', 'sent', 'held', 'failed')`)
@Check('CHK_notification_delivery_language', `"language" IN ('nl', 'en')`)
export class NotificationDeliveryEntity {
  @PrimaryColumn({ name: 'notification_id', type: 'text', primaryKeyConstraintName: 'PK_notification_delivery' })
  notificationId!: string;

  /** Lower-cased e-mail address: one mail per address, also when a person and a role mailbox share it. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_notification_delivery' })
  recipient!: string;

  @ManyToOne(() => NotificationOutboxEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notification_id', foreignKeyConstraintName: 'FK_notification_delivery_notification' })
  notification?: NotificationOutboxEntity;

  /** The person, when the recipient is one; null for a role mailbox. */
  @Column({ name: 'recipient_sub', type: 'text', nullable: true })
  recipientSub!: string | null;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName!: string;

  /** The language the mail is written in, fixed with the recipient so a retry sends the same mail. */
  @Column({ type: 'varchar', length: 2 })
  language!: 'nl' | 'en';

  /** Deterministic per notification and recipient: a receiver can recognise a resent copy. */
  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'digest_id', type: 'text', nullable: true })
  digestId!: string | null;

  @ManyToOne(() => NotificationDigestEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'digest_id', foreignKeyConstraintName: 'FK_notification_delivery_digest' })
  digest?: NotificationDigestEntity;
}
