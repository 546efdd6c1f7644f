import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A date (UTC day) or a date-time with its offset; a time without one would depend on the server's zone. */
const ISO_INSTANT_OR_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;

export class PipelineQuery {
  @ApiPropertyOptional({
    description:
      'Start of the lead-time window (inclusive): a date (UTC) or an ISO 8601 date-time with offset. ' +
      'Default: 365 days before `to`.',
    example: '2026-01-01',
  })
  @IsOptional()
  @IsString()
  @Matches(ISO_INSTANT_OR_DATE, { message: 'from must be an ISO 8601 date or date-time with offset' })
  from?: string;

  @ApiPropertyOptional({
    description:
      'End of the lead-time window: a date includes that whole day (UTC); a date-time is exclusive. ' + 'Default: now.',
    example: '2026-12-31',
  })
  @IsOptional()
  @IsString()
  @Matches(ISO_INSTANT_OR_DATE, { message: 'to must be an ISO 8601 date or date-time with offset' })
  to?: string;

  @ApiPropertyOptional({ maxLength: 120, description: 'Only this department' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  department?: string;

  @ApiPropertyOptional({
    enum: ['json', 'csv'],
    description: 'csv: the gate table as CSV (also with Accept: text/csv)',
  })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
