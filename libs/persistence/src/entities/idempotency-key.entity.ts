import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Remembers what an `Idempotency-Key` did, per caller and scope: which project a registration created ('registration'),
 * or the first answer to an action on a project ('project:<id>'), so a retried request gets the same answer.
 */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'actor_sub', type: 'text', primaryKeyConstraintName: 'PK_idempotency_key' })
  actorSub!: string;

  /** 'registration', or 'project:<uuid>' for actions on that project: keys of one caller never meet across projects. */
  @PrimaryColumn({
    type: 'varchar',
    length: 60,
    default: 'registration',
    primaryKeyConstraintName: 'PK_idempotency_key',
  })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 200, primaryKeyConstraintName: 'PK_idempotency_key' })
  key!: string;

  /** SHA-256 of the canonical request body: the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  /** For actions: the HTTP status of the first answer, once there is one. */
  @Column({ name: 'response_status', type: 'smallint', nullable: true })
  responseStatus!: number | null;

  /** For actions: the body of the first answer (the project, or the problem). */
  @Column({ name: 'response_body', type: 'jsonb', nullable: true })
  responseBody!: unknown;
}
