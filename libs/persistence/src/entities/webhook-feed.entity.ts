import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every audit event, in an order that a reader can keep a cursor on. A trigger on `audit_event` writes one row per
 * event in the same transaction (see the migration), with the transaction's id: a cursor over (txid, id) that only
 * reads below the oldest transaction still running can never skip a row that commits late, which a cursor over a
 * sequence or a timestamp can. The webhook dispatcher and the live event stream (SSE) both read it.
 */
@Entity({ name: 'webhook_feed' })
@Index('webhook_feed_position_idx', ['txid', 'id'])
export class WebhookFeedEntity {
  /** bigint: the pg driver returns it as a string */
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_webhook_feed' })
  id!: string;

  /** pg_current_xact_id() of the writing transaction, as bigint (xid8 with its epoch) */
  @Column({ type: 'bigint' })
  txid!: string;

  @Column({ name: 'audit_event_id', type: 'text' })
  auditEventId!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;
}

/** How far a consumer of the feed has got: the (txid, id) of the last row it handled. */
@Entity({ name: 'webhook_cursor' })
export class WebhookCursorEntity {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_webhook_cursor' })
  consumer!: string;

  @Column({ type: 'bigint' })
  txid!: string;

  @Column({ name: 'feed_id', type: 'bigint' })
  feedId!: string;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
