import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSIGNMENT_KINDS, MEETING_STATUSES, type AssignmentKind, type MeetingStatus } from '@waardenpoort/domain';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ProseText } from '../../common/text-fields';

const URL_OPTIONS = { protocols: ['https'], require_protocol: true, require_tld: false };

export class CreateMeetingDto {
  @ApiProperty({
    format: 'date-time',
    example: '2027-05-12T19:00:00+02:00',
    description: 'When the meeting starts (ISO 8601 instant)',
  })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiPropertyOptional({ example: 'Stadhuis, raadzaal', description: 'Where it meets; this or onlineUrl, or both' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional({ example: 'https://meet.enschede.nl/ethische-commissie' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(URL_OPTIONS, { message: 'onlineUrl must be an https URL' })
  onlineUrl?: string;

  @ApiProperty({ example: 6, description: 'Cases the agenda holds (1 to 1000)' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;

  @ProseText(2_000, { required: false, description: 'Why (for the audit trail)' })
  @IsOptional()
  reason?: string;
}

export class UpdateMeetingDto {
  @ApiPropertyOptional({ description: 'The version the change is meant for; refused (409) when it moved on' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  version?: number;

  @ApiPropertyOptional({ format: 'date-time', example: '2027-05-19T19:00:00+02:00' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsAt?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  location?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @IsUrl(URL_OPTIONS, { message: 'onlineUrl must be an https URL' })
  onlineUrl?: string;

  @ApiPropertyOptional({ description: 'Less than the cases on it: the cases placed last move to the next meeting' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;

  @ProseText(2_000, { description: 'Why the meeting changes (audit trail, and the mail to moved cases)' })
  reason!: string;
}

export class MeetingReasonDto {
  @ProseText(2_000, { description: 'Why (audit trail; for a cancellation also the mail to the moved cases)' })
  reason!: string;
}

export class MeetingDto {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ nullable: true, type: String }) location!: string | null;
  @ApiProperty({ nullable: true, type: String }) onlineUrl!: string | null;
  @ApiProperty() capacity!: number;
  @ApiProperty({ description: 'By when the case owners submit their documents (policy: working days before)' })
  submissionDeadline!: string;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingStatus;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'Cases on the agenda now' }) assigned!: number;
}

export class MoveRefusalDto {
  @ApiProperty({
    description:
      "The workflow's refusal code (wrong-step, project-on-hold, project-closed, …), or outcome-unknown when it " +
      'did not answer in time',
  })
  code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({
    enum: ['released', 'kept', 'none'],
    description:
      'released: the place reserved for the move was given up; kept: the place stays (the workflow still waits on ' +
      'that meeting, or its answer is unknown and it may still take it); none: no place was reserved',
  })
  place!: 'released' | 'kept' | 'none';
}

export class MeetingMoveDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The meeting it moved to; null: it waits for a place' })
  meetingId!: string | null;
  @ApiProperty({ description: "Whether the project's workflow took the move (its timer moved with it)" })
  told!: boolean;
  @ApiPropertyOptional({
    type: MoveRefusalDto,
    description: 'Why the workflow did not take the move, and what became of the place (only when told is false)',
  })
  refusal?: MoveRefusalDto;
}

export class MeetingChangeDto {
  @ApiProperty({ type: MeetingDto }) meeting!: MeetingDto;
  @ApiProperty({ type: [MeetingMoveDto] }) moves!: MeetingMoveDto[];
}

export class AgendaProjectDto {
  @ApiProperty() title!: string;
  @ApiProperty() department!: string;
  @ApiProperty() status!: string;
  @ApiProperty() caseOwnerName!: string;
  @ApiProperty({ nullable: true, type: String }) riskLevel!: string | null;
}

export class AgendaItemDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ enum: ASSIGNMENT_KINDS }) how!: AssignmentKind;
  @ApiProperty({ format: 'date-time' }) assignedAt!: string;
  @ApiProperty({
    type: AgendaProjectDto,
    nullable: true,
    description: "The project's facts; null when it lies outside the reader's read scope",
  })
  project!: AgendaProjectDto | null;
}

export class MeetingAgendaDto {
  @ApiProperty({ type: MeetingDto }) meeting!: MeetingDto;
  @ApiProperty({ type: [AgendaItemDto] }) items!: AgendaItemDto[];
}

export class MeetingListQueryDto {
  @ApiPropertyOptional({ enum: MEETING_STATUSES })
  @IsOptional()
  @IsIn(MEETING_STATUSES)
  status?: MeetingStatus;

  @ApiPropertyOptional({ description: 'Meetings from this instant on (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;
}

export class AgendaExportQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'ics'], description: 'csv (default): the agenda; ics: the meeting' })
  @IsOptional()
  @IsIn(['csv', 'ics'])
  format?: 'csv' | 'ics';
}
