import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GATE_IDS } from '@waardenpoort/domain';
import { PersonRefDto } from '../../projects/dto/project-details.response';

/** One row of a project's audit trail (AuditTimelineEntry in libs/persistence), as GET .../audit returns it. */
export class AuditEntryDto {
  @ApiProperty() eventId!: string;
  @ApiProperty({ format: 'uuid' }) projectId!: string;
  @ApiProperty({ description: "The row's place in the project's chain, from 1" }) seq!: number;
  @ApiProperty({ format: 'date-time', description: 'Workflow time' }) occurredAt!: string;
  @ApiProperty({ format: 'date-time', description: 'When the row was written' }) recordedAt!: string;
  @ApiPropertyOptional({
    type: PersonRefDto,
    nullable: true,
    description: 'null for what the system did on its own; absent when the reader may not see who it was',
  })
  actor?: PersonRefDto | null;
  @ApiProperty() action!: string;
  @ApiProperty({ enum: GATE_IDS, nullable: true }) gate!: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "Absent when the event's gate is outside the reader's field groups",
  })
  payload?: Record<string, unknown>;
  @ApiProperty({ type: [String], description: 'SHA-256 (hex) of every document the event refers to' })
  documentHashes!: string[];
  @ApiProperty({ type: Number, nullable: true }) policyVersion!: number | null;
  @ApiProperty({ type: String, nullable: true }) workflowId!: string | null;
  @ApiProperty({ type: String, nullable: true }) runId!: string | null;
  @ApiProperty() prevHash!: string;
  @ApiProperty() hash!: string;
}
