import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsObject, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { EXAMPLE_ALGORITHM_ENTRY, EXAMPLE_SENSOR_ENTRY } from '@waardenpoort/domain';
import { MultiLine } from '../../common/text-input';

/** The entries in the standards' own field names; checked field by field against the one definition (400). */
export class RegisterEntriesDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Algorithm register entry, publication standard 1.0 field names (docs/schemas/algoritmeregister-1.0.schema.json). ' +
      'status, source_id and publication_category are set from the case.',
    example: EXAMPLE_ALGORITHM_ENTRY,
  })
  @IsOptional()
  @IsObject()
  @MultiLine()
  algorithm?: Record<string, unknown>;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Sensor register entry (docs/schemas/sensorregister-1.0.schema.json); location is GeoJSON.',
    example: EXAMPLE_SENSOR_ENTRY,
  })
  @IsOptional()
  @IsObject()
  @MultiLine()
  sensor?: Record<string, unknown>;
}

export class SubmitRegisterEntriesDto {
  @ApiProperty({ type: RegisterEntriesDto, description: 'One entry per register the route names' })
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterEntriesDto)
  entries!: RegisterEntriesDto;
}

export class ReviewRegisterEntriesDto {
  @ApiProperty({ enum: ['publish', 'return'], description: 'Publish the entries, or return them to the case owner' })
  @IsIn(['publish', 'return'])
  outcome!: 'publish' | 'return';

  @ApiPropertyOptional({ maxLength: 2500, description: 'Required when returning: what the case owner must change' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(2500)
  @MultiLine()
  remarks?: string;
}

export class RegisterExportQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv', 'geojson'], description: 'Instead of the Accept header' })
  @IsOptional()
  @IsIn(['json', 'csv', 'geojson'])
  format?: 'json' | 'csv' | 'geojson';
}
