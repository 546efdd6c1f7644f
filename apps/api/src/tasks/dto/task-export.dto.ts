import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GATE_IDS, GATE_STEPS, ROLES, type GateId, type Role } from '@waardenpoort/domain';
import { IsIn, IsOptional } from 'class-validator';
import { LabelDto, TaskProjectDto } from '../../projects/dto/project-details.response';

export const EXPORT_LANGUAGES = ['nl', 'en'] as const;
export type ExportLanguage = (typeof EXPORT_LANGUAGES)[number];

export class TaskCsvQuery {
  @ApiPropertyOptional({ enum: EXPORT_LANGUAGES, description: 'Language of the column headers and labels (nl)' })
  @IsOptional()
  @IsIn(EXPORT_LANGUAGES)
  lang?: ExportLanguage;
}

export class DepartmentTasksQuery extends TaskCsvQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: the list as CSV (also with Accept: text/csv)' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

export class DepartmentTaskDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: GATE_IDS }) gate!: GateId;
  @ApiProperty({ type: LabelDto }) label!: LabelDto;
  @ApiProperty({ enum: GATE_STEPS, nullable: true }) step!: string | null;
  @ApiProperty({ enum: ROLES, description: 'The role the task waits for' }) assigneeRole!: Role;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'The person it waits for (null: anyone with the role). Absent where READ_SCOPE does not give the reader ' +
      'the people of the project (a department head sees roles, not other people’s names)',
  })
  assigneeSub?: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) dueAt!: string | null;
  @ApiProperty({ description: 'Past its deadline (a project on hold has its clock stopped: never overdue)' })
  overdue!: boolean;
  @ApiProperty({ description: '0: not escalated; 1, 2, ...: the escalation ladder step reached' })
  escalationLevel!: number;
  @ApiProperty({ type: TaskProjectDto }) project!: { id: string; title: string; department: string };
}

export class DepartmentTasksDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The caller’s department (the token’s department claim); null: none, so no tasks',
  })
  department!: string | null;
  @ApiProperty({
    type: [String],
    description:
      'Every department whose tasks are listed: the token’s department claim and the departments the organisation ' +
      'model names the caller head or deputy of',
  })
  departments!: string[];
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: [DepartmentTaskDto], description: 'Open tasks, most urgent first' }) tasks!: DepartmentTaskDto[];
}
