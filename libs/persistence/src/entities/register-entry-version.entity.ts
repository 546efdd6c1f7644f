import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One version of a project's entry in a public register (algorithm or sensor register), as the case owner submitted
 * it or the CIO office published it. Written by the workflow's publish activity from the `register-entry-submitted`
 * and `register-entry-published` events, in the transaction that writes them to the audit trail; append-only.
 */
@Entity({ name: 'register_entry_version' })
@Index('register_entry_version_export_idx', ['registerKind', 'status', 'projectId', 'version'])
@Unique('UQ_register_entry_version_event', ['eventId'])
@Unique('UQ_register_entry_version_number', ['projectId', 'registerKind', 'status', 'version'])
@Check('CHK_register_entry_version_kind', `"register_kind" IN ('algorithm', 'sensor')`)
@Check('CHK_register_entry_version_status', `"status" IN ('draft', 'submitted', 'published')`)
@Check('CHK_register_entry_version_positive', `"version" >= 1`)
export class RegisterEntryVersionEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_register_entry_version' })
  id!: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @Column({ name: 'register_kind', type: 'varchar', length: 20 })
  registerKind!: 'algorithm' | 'sensor';

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'varchar', length: 20 })
  status!: 'draft' | 'submitted' | 'published';

  @Column({ type: 'jsonb' })
  entry!: Record<string, unknown>;

  @Column({ name: 'event_id', type: 'varchar', length: 200 })
  eventId!: string;

  @Column({ name: 'actor_sub', type: 'text', nullable: true })
  actorSub!: string | null;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;
}
