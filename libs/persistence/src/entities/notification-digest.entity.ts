import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type DigestStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One daily digest mail: the held task and reminder mails of one recipient, sent as one message. Claimed, retried
 * and fenced like an outbox row; its deliveries point at it.
 */
@Entity({ name: 'notification_digest' })
@Index('notification_digest_due_idx', ['nextAttemptAt'], { where: `"status" IN ('pending', 'sending')` })
@Check('CHK_notification_digest_status', `"status" IN ('pending', 'sending', 'sent', 'failed')`)
@Check('CHK_notification_digest_language', `"language" IN ('nl', 'en')`)
export class NotificationDigestEntity {
  /** Derived from the recipient and the notifications it holds, so re-batching the same mail is a no-op. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_notification_digest' })
  id!: string;

  /** Lower-cased e-mail address */
  @Column({ type: 'text' })
  recipient!: string;

  @Column({ name: 'recipient_sub', type: 'text', nullable: true })
  recipientSub!: string | null;

  @Column({ name: 'recipient_name', type: 'text' })
  recipientName!: string;

  @Column({ type: 'varchar', length: 2 })
  language!: 'nl' | 'en';

  @Column({ name: 'message_id', type: 'text' })
  messageId!: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: DigestStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** As on the outbox: the next retry when pending, the end of the lease when sending. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'locked_by', type: 'text', nullable: true })
  lockedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
