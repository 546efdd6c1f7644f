import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project.entity';

/** An open or closed piece of work at a gate; the id is `<project>:<gate>:<cycle>` so a replayed write is a no-op. */
@Entity({ name: 'task' })
@Index('task_inbox_idx', ['assigneeRole', 'status', 'dueAt'])
// Partial covering indexes of the open tasks for the pipeline report, made by migrations PipelineFigures1765100000000,
// PipelineCounters1765200000000 and EscalationsByDepartment1765400000000.
@Index('task_open_due_idx', { synchronize: false })
@Index('task_open_escalation_idx', { synchronize: false })
@Index('task_open_escalation_department_idx', { synchronize: false })
export class TaskEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_task' })
  id!: string;

  @Index('task_project_idx')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_task_project' })
  project?: ProjectEntity;

  @Column({ type: 'varchar', length: 40 })
  gate!: string;

  @Column({ type: 'integer' })
  cycle!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  step!: string | null;

  @Column({ name: 'escalation_level', type: 'integer', default: 0 })
  escalationLevel!: number;

  @Column({ name: 'assignee_role', type: 'varchar', length: 40 })
  assigneeRole!: string;

  @Column({ name: 'assignee_sub', type: 'text', nullable: true })
  assigneeSub!: string | null;

  @Column({ type: 'varchar', length: 10 })
  status!: 'open' | 'closed';

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** The project's department when the task was last written (the read model rewrites open tasks per snapshot) */
  @Column({ type: 'varchar', length: 120, nullable: true })
  department!: string | null;

  /** Whether the project was on hold then: its clock is stopped, so the task is not overdue */
  @Column({ name: 'project_on_hold', type: 'boolean', default: false })
  projectOnHold!: boolean;
}
