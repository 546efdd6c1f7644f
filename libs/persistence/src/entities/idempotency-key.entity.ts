import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Remembers which project an `Idempotency-Key` created, per caller, so a retried POST returns the same project. */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'actor_sub', type: 'text', primaryKeyConstraintName: 'PK_idempotency_key' })
  actorSub!: string;

  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_idempotency_key' })
  key!: string;

  /** SHA-256 of the canonical request body: the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
