import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { isAppliesFrom } from '@waardenpoort/domain';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateBy } from 'class-validator';

/** Policy versions are PostgreSQL integers. */
export const MAX_POLICY_VERSION = 2_147_483_647;

export class EvaluateQuickScanDto {
  @ApiProperty({
    description: 'Answers keyed by question id',
    example: { 'personal-data': false, 'public-space-sensors': true },
  })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Evaluate against this stored version instead of the active one',
    minimum: 1,
    maximum: MAX_POLICY_VERSION,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_POLICY_VERSION)
  policyVersion?: number;
}

export const WHAT_IF_FORMATS = ['json', 'csv'] as const;
export const WHAT_IF_LANGUAGES = ['nl', 'en'] as const;

export class WhatIfQuery {
  @ApiPropertyOptional({
    enum: WHAT_IF_FORMATS,
    description: 'csv: one row per affected project (also Accept: text/csv)',
  })
  @IsOptional()
  @IsIn(WHAT_IF_FORMATS)
  format?: (typeof WHAT_IF_FORMATS)[number];

  @ApiPropertyOptional({ enum: WHAT_IF_LANGUAGES, description: 'Language of the CSV headers and labels (nl)' })
  @IsOptional()
  @IsIn(WHAT_IF_LANGUAGES)
  lang?: (typeof WHAT_IF_LANGUAGES)[number];

  @ApiPropertyOptional({
    description:
      'The day (YYYY-MM-DD: from the start of that day in Europe/Amsterdam) or instant with its offset on which the ' +
      'draft is evaluated: its rules dated later do not fire (default: now). The current routes stay as recorded.',
    example: '2027-08-02',
  })
  @IsOptional()
  @ValidateBy({
    name: 'isMoment',
    validator: {
      validate: (value: unknown) => isAppliesFrom(value),
      defaultMessage: () => 'on must be a date (2027-08-02) or an instant with its offset (2027-08-02T00:00:00+02:00)',
    },
  })
  on?: string;
}
