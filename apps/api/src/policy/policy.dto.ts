import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsObject, IsOptional, Min } from 'class-validator';

export class EvaluateQuickScanDto {
  @ApiProperty({
    description: 'Answers keyed by question id',
    example: { 'personal-data': false, 'public-space-sensors': true },
  })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ description: 'Evaluate against this stored version instead of the active one' })
  @IsOptional()
  @IsInt()
  @Min(1)
  policyVersion?: number;
}
