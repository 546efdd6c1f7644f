import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';

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
