import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * One row of the append-only, hash-chained audit trail. PostgreSQL refuses UPDATE, DELETE and TRUNCATE on this
 * table (triggers, which TypeORM does not model: see the migration). Write through `AuditRepository.append` only,
 * which assigns `seq`, `prev_hash` and `hash`.
 */
@Entity({ name: 'audit_event' })
@Unique('UQ_audit_event_project_seq', ['projectId', 'seq'])
@Check('CHK_audit_event_seq_positive', `"seq" >= 1`)
export class AuditEventEntity {
  /** The ProjectEvent's deterministic eventId */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_audit_event' })
  id!: string;

  /** Deliberately no foreign key to project: see the migration. */
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  /** bigint: the pg driver returns it as a string */
  @Column({ type: 'bigint' })
  seq!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'actor_sub', type: 'text', nullable: true })
  actorSub!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ name: 'actor_roles', type: 'text', array: true, default: () => `'{}'` })
  actorRoles!: string[];

  @Column({ type: 'varchar', length: 80 })
  action!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  gate!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** The exact text that was hashed; jsonb may reorder or reformat `payload`, this never changes. */
  @Column({ type: 'text' })
  canonical!: string;

  @Column({ name: 'document_hashes', type: 'text', array: true })
  documentHashes!: string[];

  @Column({ name: 'policy_version', type: 'integer', nullable: true })
  policyVersion!: number | null;

  @Column({ name: 'workflow_id', type: 'text', nullable: true })
  workflowId!: string | null;

  @Column({ name: 'run_id', type: 'text', nullable: true })
  runId!: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;
}
