import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** `sending`: a mail dispatcher holds the row under a lease (see `nextAttemptAt`). */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

/** A message the workflow queued; delivery (mail, webhooks) reads pending rows and records the outcome. */
@Entity({ name: 'notification_outbox' })
@Index('notification_outbox_status_created_idx', ['status', 'createdAt'])
@Index('notification_outbox_project_created_idx', ['projectId', 'createdAt'])
// Partial: the outbox keeps every message ever sent, the dispatcher only looks at the few that are still open.
@Index('notification_outbox_due_idx', ['nextAttemptAt'], { where: `"status" IN ('pending', 'sending')` })
@Check('CHK_notification_outbox_status', `"status" IN ('pending', 'sending', 'sent', 'failed')`)
export class NotificationOutboxEntity {
  /** The ProjectNotification's deterministic notificationId */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_notification_outbox' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  gate!: string | null;

  @Column({ name: 'recipient_role', type: 'varchar', length: 40 })
  recipientRole!: string;

  @Column({ name: 'recipient_sub', type: 'text', nullable: true })
  recipientSub!: string | null;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  /** The notification's workflow time, not the insert time: a late retry keeps the original moment. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'escalation_level', type: 'integer' })
  escalationLevel!: number;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  /**
   * When a dispatcher may claim the row next: for a pending row the moment of its next attempt (back-off), for a
   * sending row the end of the claimer's lease, after which another dispatcher takes over.
   */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  /** The claim token of the dispatcher holding the lease; its writes are fenced on it. */
  @Column({ name: 'locked_by', type: 'text', nullable: true })
  lockedBy!: string | null;
}
