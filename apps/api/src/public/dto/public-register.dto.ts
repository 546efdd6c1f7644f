import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RegisterExportQuery } from '../../registers/dto/register-entries.dto';

/** The public register routes' query: the export's `format`, and a plain search. */
export class PublicRegisterQuery extends RegisterExportQuery {
  @ApiPropertyOptional({
    maxLength: 200,
    description: "Search in the published entries' texts (case-insensitive, accents ignored)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
