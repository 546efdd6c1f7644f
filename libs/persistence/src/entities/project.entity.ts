import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { GateView, ProjectSnapshot } from '@waardenpoort/domain';

export type ProjectDetails = Partial<
  Pick<
    ProjectSnapshot,
    | 'route'
    | 'advices'
    | 'decision'
    | 'reflectionRequests'
    | 'commission'
    | 'priorConsultation'
    | 'heldAt'
    | 'cycle'
    | 'timers'
    | 'attention'
    | 'reflectionPublication'
    | 'reassessment'
  >
>;

/** Read model of a project: what the workflow last published. Written only by the worker, except the first row. */
@Entity({ name: 'project' })
@Index('project_status_gate_idx', ['status', 'currentGate'])
// Declared here, made by migration PipelineFigures1765100000000 (key order and INCLUDE columns TypeORM cannot express).
@Index('project_pipeline_idx', { synchronize: false })
@Index('project_list_idx', { synchronize: false })
// Made by migration ReadScope1765530000000 (DESC keys and partial indexes).
@Index('project_list_department_idx', { synchronize: false })
@Index('project_list_dpia_idx', { synchronize: false })
@Index('project_list_commission_idx', { synchronize: false })
// Partial index of the projects with a step that needs attention, made by migration ProjectsNeedingAttention1765540000000.
@Index('project_needs_attention_idx', { synchronize: false })
@Unique('UQ_project_workflow_id', ['workflowId'])
export class ProjectEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_project' })
  id!: string;

  @Column({ name: 'workflow_id', type: 'text' })
  workflowId!: string;

  @Column({ name: 'run_id', type: 'text', nullable: true })
  runId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'varchar', length: 120 })
  department!: string;

  @Column({ type: 'text', array: true })
  technologies!: string[];

  @Column({ name: 'planned_start', type: 'date' })
  plannedStart!: string;

  @Column({ name: 'case_owner_sub', type: 'text' })
  caseOwnerSub!: string;

  @Column({ name: 'case_owner_name', type: 'text' })
  caseOwnerName!: string;

  @Column({ name: 'case_owner_email', type: 'text' })
  caseOwnerEmail!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ name: 'current_gate', type: 'varchar', length: 40, nullable: true })
  currentGate!: string | null;

  @Column({ type: 'jsonb' })
  gates!: GateView[];

  @Column({ name: 'next_deadline', type: 'timestamptz', nullable: true })
  nextDeadline!: Date | null;

  @Column({ name: 'policy_id', type: 'varchar', length: 100, nullable: true })
  policyId!: string | null;

  @Column({ name: 'policy_version', type: 'integer', nullable: true })
  policyVersion!: number | null;

  @Column({ name: 'risk_level', type: 'varchar', length: 10, nullable: true })
  riskLevel!: string | null;

  /** Route, advices, decision, commission and prior-consultation state, timers: what the project page shows. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: ProjectDetails;

  @Column({ name: 'state_version', type: 'integer' })
  stateVersion!: number;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  /** The project has or had a DPIA (READ_SCOPE `dpia`; scopeFlagsOf) */
  @Column({ name: 'dpia_scope', type: 'boolean', default: false })
  dpiaScope!: boolean;

  /** The project is or was before the Ethics Commission (READ_SCOPE `commission`; scopeFlagsOf) */
  @Column({ name: 'commission_scope', type: 'boolean', default: false })
  commissionScope!: boolean;
}
