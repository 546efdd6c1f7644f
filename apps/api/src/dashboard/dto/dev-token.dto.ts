import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@waardenpoort/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

export class DevTokenDto {
  @ApiProperty({ example: 'anna.jansen', description: 'Who the token is for (the `sub` claim)' })
  @IsString()
  @Matches(/^[A-Za-z0-9._@-]{1,100}$/, { message: 'sub must be 1 to 100 letters, digits or . _ @ -' })
  sub!: string;

  @ApiProperty({ example: 'Anna Jansen', maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['case-owner'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ROLES.length)
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: `each role must be one of: ${ROLES.join(', ')}` })
  roles!: Role[];

  @ApiPropertyOptional({ example: 'anna.jansen@enschede.example', description: 'Default: <sub>@enschede.example' })
  @IsOptional()
  @IsString()
  @Matches(/^[^\s@<>(),;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/, { message: 'email must be an e-mail address' })
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({
    example: 'Openbare Ruimte',
    maxLength: 120,
    description: 'The department claim (JWT_DEPARTMENT_CLAIM): what a department head reads',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(120)
  department?: string;
}

export class DevTokenResponseDto {
  @ApiProperty({ description: 'HS256 JWT, valid for 8 hours' }) token!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiPropertyOptional({ nullable: true }) department!: string | null;
}
