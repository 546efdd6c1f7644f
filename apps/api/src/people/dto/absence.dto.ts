import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { SUB_PATTERN } from '../../tasks/dto/task-assignment.dto';

export class CreateAbsenceDto {
  @ApiProperty({ description: 'The subject (sub) of the colleague who stands in; they must have all your roles' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @Matches(SUB_PATTERN, { message: 'substitute must be one line of printable characters' })
  substitute!: string;

  @ApiProperty({ format: 'date-time', example: '2027-07-01T00:00:00+02:00', description: 'Away from' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'from must be an ISO 8601 date or instant' })
  from!: string;

  @ApiProperty({ format: 'date-time', example: '2027-07-22T00:00:00+02:00', description: 'Back at (exclusive)' })
  @IsISO8601({ strict: true, strictSeparator: true }, { message: 'until must be an ISO 8601 date or instant' })
  until!: string;
}

export class AbsencePersonDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
}

export class AbsenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: AbsencePersonDto, description: 'Who is away' }) person!: AbsencePersonDto;
  @ApiProperty({ type: AbsencePersonDto, description: 'Who stands in' }) substitute!: AbsencePersonDto;
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) until!: string;
  @ApiProperty({ description: 'Whether the period is going on now' }) active!: boolean;
}

export class ColleagueDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
}
