import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DEPARTMENT_NAME_MAX,
  MAX_DEPUTIES,
  ORGANISATION_SOURCES,
  SUB_MAX,
  type Department,
} from '@waardenpoort/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';

/** A department as the CIO office sets it: PUT replaces it whole (and creates it with version 0). */
export class PutDepartmentDto {
  @ApiProperty({ maxLength: DEPARTMENT_NAME_MAX, example: 'Openbare Ruimte' })
  @IsString()
  @MinLength(1)
  @MaxLength(DEPARTMENT_NAME_MAX)
  nameNl!: string;

  @ApiProperty({ maxLength: DEPARTMENT_NAME_MAX, example: 'Public Space' })
  @IsString()
  @MinLength(1)
  @MaxLength(DEPARTMENT_NAME_MAX)
  nameEn!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    maxLength: SUB_MAX,
    description: 'Subject of the head: a person in the directory; null: no head (escalations go to the CIO office)',
  })
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(SUB_MAX)
  headSub!: string | null;

  @ApiProperty({ type: [String], maxItems: MAX_DEPUTIES, description: 'Subjects of the deputies (not the head)' })
  @IsArray()
  @ArrayMaxSize(MAX_DEPUTIES)
  @IsString({ each: true })
  @MaxLength(SUB_MAX, { each: true })
  deputySubs!: string[];

  @ApiPropertyOptional({ description: 'false: deactivated (kept with its history); default true' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiProperty({
    minimum: 0,
    description: 'The version this change is based on (0 for a new department); another stored version: 409',
  })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  version!: number;

  @ApiProperty({ maxLength: 500, description: 'Why: kept with the version and in the audit trail' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class DepartmentDto {
  @ApiProperty({ description: 'As projects carry it in their department field' }) id!: string;
  @ApiProperty() nameNl!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ type: String, nullable: true }) headSub!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'From the person directory' }) headName!: string | null;
  @ApiProperty({ type: [String] }) deputySubs!: string[];
  @ApiProperty({ type: [String], description: 'Names of the deputies, in order (the sub when unknown)' })
  deputyNames!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ enum: ORGANISATION_SOURCES }) source!: Department['source'];
  @ApiProperty({ format: 'date-time' }) changedAt!: string;
  @ApiProperty({ type: String, nullable: true }) changedBySub!: string | null;
  @ApiProperty({ type: String, nullable: true }) changedByName!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
}
