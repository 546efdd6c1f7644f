import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { APP_CONFIG } from '../config/config.module';
import { readCaughtMail, type CaughtMail } from './caught-mail';
import { CountParam } from '../common/count-param';

export class CaughtMailQuery {
  @CountParam(500, { default: 100, maximum: 500 })
  limit?: number;

  @ApiPropertyOptional({ description: 'Only mail whose recipient contains this text (an address, a name)' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  to?: string;
}

export class CaughtMailDto implements CaughtMail {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) receivedAt!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ type: [String] }) envelopeTo!: string[];
  @ApiProperty() subject!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'The Date header, as an instant' })
  date!: string | null;
  @ApiProperty({ nullable: true, type: String }) messageId!: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'nl',
    description: 'The Content-Language header: the language the mail is written in',
  })
  language!: string | null;
  @ApiProperty() text!: string;
}

/** Dev mode only (the module leaves it out otherwise): the mail the local SMTP sink caught. */
@ApiTags('mail')
@ApiBearerAuth()
@Controller('api/v1/mail')
export class MailController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOkResponse({ type: [CaughtMailDto], description: 'Caught mail, newest first' })
  async list(@Query() query: CaughtMailQuery): Promise<CaughtMailDto[]> {
    return readCaughtMail(this.config.mail.sinkDir, { limit: query.limit ?? 100, to: query.to });
  }
}
