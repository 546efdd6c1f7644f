import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';

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
}
