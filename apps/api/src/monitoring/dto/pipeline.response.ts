import { ApiProperty } from '@nestjs/swagger';
import { PROJECT_STATUSES } from '@waardenpoort/domain';

export class LeadTimeDto {
  @ApiProperty({ description: 'Passes (gates completed, or projects decided) in the window' })
  completed!: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Median, in seconds; null without passes' })
  medianSeconds!: number | null;

  @ApiProperty({ type: Number, nullable: true, description: '90th percentile, in seconds; null without passes' })
  p90Seconds!: number | null;
}

export class PipelineGateDto {
  @ApiProperty({ description: 'A gate, or `none` for projects that are at no gate (in use, stopped, ...)' })
  gate!: string;

  @ApiProperty({ description: 'Projects whose current gate this is' })
  projects!: number;

  @ApiProperty({
    description: 'Those projects by status',
    type: 'object',
    additionalProperties: { type: 'number' },
    example: Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])),
  })
  byStatus!: Record<string, number>;

  @ApiProperty() openTasks!: number;

  @ApiProperty({ description: 'Open tasks past their deadline (projects on hold excluded: their clock is stopped)' })
  overdue!: number;

  @ApiProperty({ description: 'Open tasks that have climbed the escalation ladder' })
  openEscalations!: number;

  @ApiProperty({ type: LeadTimeDto, nullable: true, description: 'Opened → completed; null for `none`' })
  leadTime!: LeadTimeDto | null;
}

export class PipelineEscalationDto {
  @ApiProperty() projectId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() department!: string;
  @ApiProperty() gate!: string;
  @ApiProperty({ type: String, nullable: true }) step!: string | null;
  @ApiProperty({ description: 'Step of the escalation ladder reached (1: department head, ...)' }) level!: number;
  @ApiProperty() assigneeRole!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
}

export class PipelineDepartmentDto {
  @ApiProperty() department!: string;
  @ApiProperty() projects!: number;
  @ApiProperty({ description: 'Projects with status active' }) active!: number;
  @ApiProperty() openTasks!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() openEscalations!: number;
}

export class PipelineTotalsDto {
  @ApiProperty() projects!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])),
  })
  byStatus!: Record<string, number>;
  @ApiProperty() openTasks!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() openEscalations!: number;
}

export class PipelineWindowDto {
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
}

export class PipelineAttentionDto {
  @ApiProperty() projectId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() department!: string;
  @ApiProperty({
    enum: ['publishTransition', 'planTask', 'planAfter', 'loadActivePolicy'],
    description: 'The activity that failed for good',
  })
  activity!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
  @ApiProperty({ description: 'The failure as the activity reported it' }) reason!: string;
  @ApiProperty({ type: String, nullable: true, description: 'PostgreSQL SQLSTATE when the database refused the data' })
  sqlstate!: string | null;
  @ApiProperty() failures!: number;
}

export class PipelineReportDto {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;

  @ApiProperty({ type: PipelineWindowDto, description: 'The lead-time window [from, to)' })
  window!: PipelineWindowDto;

  @ApiProperty({ type: String, nullable: true }) department!: string | null;

  @ApiProperty({ type: PipelineTotalsDto }) totals!: PipelineTotalsDto;

  @ApiProperty({ type: [PipelineGateDto], description: 'The five gates in order, then `none`' })
  gates!: PipelineGateDto[];

  @ApiProperty({ type: LeadTimeDto, description: 'Registered → final decision, for decisions in the window' })
  endToEnd!: LeadTimeDto;

  @ApiProperty({ type: [PipelineEscalationDto], description: 'Open escalations, highest level first (at most 200)' })
  escalations!: PipelineEscalationDto[];

  @ApiProperty({ type: [PipelineDepartmentDto] })
  departments!: PipelineDepartmentDto[];

  @ApiProperty({
    type: [PipelineAttentionDto],
    description:
      'Projects with a step that needs attention (a write PostgreSQL refused, or retries past their bound), ' +
      'longest waiting first (at most 200); the workflow retries on the next action and hourly',
  })
  needsAttention!: PipelineAttentionDto[];
}
