import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GATE_IDS,
  GATE_STATES,
  GATE_STEPS,
  PROJECT_STATUSES,
  ROLES,
  type GateId,
  type GateState,
  type ProjectStatus,
  type Role,
} from '@waardenpoort/domain';
import { GATE_LABELS, PROJECT_STATUS_LABELS } from '@waardenpoort/domain/texts';
import type { ProjectDetails, ProjectEntity, TaskEntity } from '@waardenpoort/persistence';
import {
  AdviceDto,
  AttentionDto,
  ReassessmentDto,
  CommissionDto,
  LabelDto,
  PolicyRefDto,
  PriorConsultationStateDto,
  ProjectDecisionDto,
  RouteDto,
  TaskProjectDto,
  TimerDto,
} from './project-details.response';

export { LabelDto };

export class GateResponseDto {
  @ApiProperty({ enum: GATE_IDS }) gate!: GateId;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ enum: GATE_STATES }) state!: GateState;
  @ApiProperty({ enum: ROLES, nullable: true }) assigneeRole!: Role | null;
  @ApiPropertyOptional({ type: String, nullable: true }) assigneeSub!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) openedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) completedAt!: string | null;
  @ApiProperty({ description: 'How often the gate was opened (rework, re-evaluation)' }) cycle!: number;
  @ApiProperty({
    enum: GATE_STEPS,
    nullable: true,
    description: 'The step within the gate that waits for someone',
  })
  step!: string | null;
  @ApiProperty({ description: '0: not escalated; 1, 2, ...: the escalation ladder step reached' })
  escalationLevel!: number;
  @ApiPropertyOptional({ nullable: true, type: 'object', additionalProperties: true })
  outcome!: Record<string, unknown> | null;
}

export class TaskHolderDto {
  @ApiProperty({ enum: ['claimed', 'delegated'] }) kind!: 'claimed' | 'delegated';
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Who claimed or delegated it' }) bySub!: string;
  @ApiProperty() byName!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was delegated' }) reason!: string | null;
  @ApiProperty({ format: 'date-time' }) since!: string;
}

export class TaskResponseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: GATE_IDS }) gate!: GateId;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ enum: ROLES }) assigneeRole!: Role;
  @ApiPropertyOptional({ type: String, nullable: true }) assigneeSub!: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ enum: GATE_STEPS, nullable: true }) step!: string | null;
  @ApiProperty() escalationLevel!: number;
  @ApiPropertyOptional({
    type: TaskHolderDto,
    nullable: true,
    description: 'Who has the task: its claimant, or the colleague it was delegated to; null when nobody holds it',
  })
  heldBy?: TaskHolderDto | null;
  @ApiPropertyOptional({ type: TaskProjectDto, description: 'Present in the task inbox' }) project?: {
    id: string;
    title: string;
    department: string;
  };
}

export class PersonDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
}

export class ProjectResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'project-0f8fad5b-d9cb-469f-a165-70867728950e' }) workflowId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty() department!: string;
  @ApiProperty({ type: [String] }) technologies!: string[];
  @ApiProperty({ format: 'date' }) plannedStart!: string;
  @ApiProperty({ type: PersonDto }) caseOwner!: PersonDto;
  @ApiProperty({ enum: PROJECT_STATUSES }) status!: ProjectStatus;
  @ApiProperty({ type: LabelDto }) statusLabel!: LabelDto;
  @ApiProperty({ enum: GATE_IDS, nullable: true }) currentGate!: GateId | null;
  @ApiProperty({ type: [GateResponseDto] }) gates!: GateResponseDto[];
  @ApiProperty({ type: [TaskResponseDto], description: 'Open tasks, most urgent first' }) openTasks!: TaskResponseDto[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) nextDeadline!: string | null;
  @ApiProperty({ format: 'date-time' }) registeredAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({
    type: PolicyRefDto,
    nullable: true,
    description: 'The policy version the project is pinned to',
  })
  policy!: { id: string; version: number } | null;
  @ApiProperty({ nullable: true, enum: ['low', 'medium', 'high'] }) riskLevel!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: RouteDto,
    description: 'The quick-scan route with every reason and its source',
  })
  route!: unknown;
  @ApiProperty({ type: [AdviceDto], description: 'Advice the decision must answer (comply or explain)' })
  advices!: unknown[];
  @ApiPropertyOptional({ nullable: true, type: ProjectDecisionDto }) decision!: unknown;
  @ApiPropertyOptional({ nullable: true, type: CommissionDto }) commission!: unknown;
  @ApiPropertyOptional({ nullable: true, type: PriorConsultationStateDto }) priorConsultation!: unknown;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) heldAt!: string | null;
  @ApiProperty({ description: 'Re-evaluation and amendment cycles so far' }) cycle!: number;
  @ApiProperty({
    type: [TimerDto],
    description: 'Reminders, escalations and other timers: upcoming and recently fired',
  })
  timers!: unknown[];
  @ApiProperty({
    nullable: true,
    type: AttentionDto,
    description:
      'A step the workflow could not complete by itself (PostgreSQL refused a write, or an activity reached the ' +
      'bound of its retries): activity, since, reason, sqlstate, failures, parkedEventIds. Retried on the next ' +
      'action and hourly; null when all is well',
  })
  attention!: unknown;
  @ApiPropertyOptional({
    nullable: true,
    type: ReassessmentDto,
    description:
      'A re-assessment under way (after a re-routing activation, an amendment or a re-evaluation): the new ' +
      'quick-scan decides which gates reopen; null when none is',
  })
  reassessment!: unknown;
}

export class ProjectPageDto {
  @ApiProperty({ type: [ProjectResponseDto] }) items!: ProjectResponseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

export function toTaskResponse(t: TaskEntity, now: Date): TaskResponseDto {
  return {
    id: t.id,
    gate: t.gate as GateId,
    label: GATE_LABELS[t.gate as GateId],
    assigneeRole: t.assigneeRole as Role,
    assigneeSub: t.assigneeSub,
    openedAt: t.openedAt.toISOString(),
    dueAt: t.dueAt ? t.dueAt.toISOString() : null,
    overdue: t.dueAt !== null && t.dueAt.getTime() < now.getTime(),
    step: t.step,
    escalationLevel: t.escalationLevel,
  };
}

/** Entities never leave the persistence layer as they are: this is the public shape of a project. */
export function toProjectResponse(p: ProjectEntity, tasks: TaskEntity[], now = new Date()): ProjectResponseDto {
  const status = p.status as ProjectStatus;
  return {
    id: p.id,
    workflowId: p.workflowId,
    title: p.title,
    summary: p.summary,
    department: p.department,
    technologies: p.technologies,
    plannedStart: p.plannedStart,
    caseOwner: { sub: p.caseOwnerSub, name: p.caseOwnerName },
    status,
    statusLabel: PROJECT_STATUS_LABELS[status],
    currentGate: p.currentGate as GateId | null,
    gates: p.gates.map((g) => ({
      gate: g.gate,
      label: GATE_LABELS[g.gate],
      state: g.state,
      assigneeRole: g.assigneeRole,
      assigneeSub: g.assigneeSub,
      openedAt: g.openedAt,
      dueAt: g.dueAt,
      completedAt: g.completedAt,
      cycle: g.cycle,
      step: g.step ?? null,
      escalationLevel: g.escalationLevel ?? 0,
      outcome: g.outcome ?? null,
    })),
    openTasks: tasks.map((t) => toTaskResponse(t, now)),
    nextDeadline: p.nextDeadline ? p.nextDeadline.toISOString() : null,
    registeredAt: p.registeredAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    policy: p.policyId !== null && p.policyVersion !== null ? { id: p.policyId, version: p.policyVersion } : null,
    riskLevel: p.riskLevel,
    route: p.details.route ?? null,
    advices: p.details.advices ?? [],
    decision: p.details.decision ?? null,
    commission: commissionOf(p.details),
    priorConsultation: p.details.priorConsultation ?? null,
    heldAt: p.details.heldAt ?? null,
    cycle: p.details.cycle ?? 0,
    timers: p.details.timers ?? [],
    attention: p.details.attention ?? null,
    reassessment: p.details.reassessment ?? null,
  };
}

/**
 * The commission's part of a project: its meeting and questions, and the release of its reflection for the public
 * pages (under `commission`, so the read scope's commission group covers it). Null while neither exists.
 */
function commissionOf(d: ProjectDetails): CommissionDto | null {
  const publication = d.reflectionPublication ?? null;
  if (!d.commission && !publication) return null;
  return {
    meetingDate: d.commission?.meetingDate ?? null,
    meetingId: d.commission?.meetingId ?? null,
    submissionDeadline: d.commission?.submissionDeadline ?? null,
    waitingSince: d.commission?.waitingSince ?? null,
    submission: d.commission?.submission ?? null,
    questions: d.commission?.questions ?? [],
    publication,
  };
}
