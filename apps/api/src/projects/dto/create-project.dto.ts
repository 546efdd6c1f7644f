import { ApiProperty } from '@nestjs/swagger';
import { TECHNOLOGIES, type Technology } from '@waardenpoort/domain';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsISO8601,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { MultiLine } from '../../common/text-input';

const trim = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim() : value);

export class CreateProjectDto {
  @ApiProperty({ example: "Slimme camera's Oude Markt", maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  title!: string;

  @ApiProperty({
    example: "Tellen van drukte op de Oude Markt met camera's die geen beelden opslaan.",
    maxLength: 5000,
  })
  @MultiLine()
  @Transform(trim)
  @IsString()
  @MinLength(10)
  @MaxLength(5000)
  summary!: string;

  @ApiProperty({ example: 'Veiligheid en Handhaving', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  department!: string;

  @ApiProperty({ enum: TECHNOLOGIES, isArray: true, example: ['camera', 'algorithm'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(TECHNOLOGIES.length)
  @ArrayUnique()
  @IsIn(TECHNOLOGIES, { each: true, message: `each technology must be one of: ${TECHNOLOGIES.join(', ')}` })
  technologies!: Technology[];

  @ApiProperty({ example: '2027-03-01', description: 'Planned start date (YYYY-MM-DD)' })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'plannedStart must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'plannedStart must be a real calendar date' })
  plannedStart!: string;
}
