import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REROUTE_CHOICES, type Reroute } from '@waardenpoort/domain';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import { ProseText } from '../common/text-fields';
import { MultiLine } from '../common/text-input';
import { WHAT_IF_FORMATS, WHAT_IF_LANGUAGES } from './policy.dto';

export class ActivatePolicyDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'A complete policy document (the JSON form of policy/*.yaml), validated as POST /policy/versions does',
  })
  @IsObject()
  @MultiLine()
  policy!: Record<string, unknown>;

  @ApiProperty({
    enum: REROUTE_CHOICES,
    description:
      'none: running projects stay on their version; affected: a new quick-scan for those whose route would change ' +
      '(what-if `changed`, `needs-new-quick-scan`); all: for every running project',
  })
  @IsIn(REROUTE_CHOICES)
  reroute!: Reroute;

  @ProseText(2000, { maxLength: 2000, description: 'Why: kept with the activation and in the audit trail' })
  reason!: string;
}

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize: number = 20;
}

export class ActivationProjectsQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1, description: 'Page of the selected projects (project id order)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  pageSize: number = 100;

  @ApiPropertyOptional({ enum: WHAT_IF_FORMATS, description: 'csv: every selected project (also Accept: text/csv)' })
  @IsOptional()
  @IsIn(WHAT_IF_FORMATS)
  format?: (typeof WHAT_IF_FORMATS)[number];

  @ApiPropertyOptional({ enum: WHAT_IF_LANGUAGES, description: 'Language of the CSV headers and labels (nl)' })
  @IsOptional()
  @IsIn(WHAT_IF_LANGUAGES)
  lang?: (typeof WHAT_IF_LANGUAGES)[number];
}
