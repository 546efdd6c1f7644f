import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { MultiLine } from '../../common/text-input';

/** The release of the commission's recorded reflection for the public pages. */
export class ReflectionPublicationDto {
  @MultiLine()
  @ApiProperty({ description: 'The question put to the commission, in words fit for the public', maxLength: 2_000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2_000)
  question!: string;

  @MultiLine()
  @ApiPropertyOptional({ description: 'An introduction for the public page', maxLength: 10_000 })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  publicSummary?: string;
}

export class ReflectionPublicationWithdrawalDto {
  @MultiLine()
  @ApiProperty({ description: 'Why the publication is withdrawn (recorded in the audit trail)', maxLength: 2_000 })
  @IsString()
  @MinLength(1)
  @MaxLength(2_000)
  reason!: string;
}
