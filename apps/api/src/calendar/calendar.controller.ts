import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ROLES, type Actor } from '@waardenpoort/domain';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { PublicPage } from '../public/public-route';
import { CalendarService } from './calendar.service';

export class CalendarFeedStateDto {
  @ApiProperty({ description: 'Whether a feed address works now' }) active!: boolean;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the working address was made',
  })
  createdAt!: string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When a calendar last read it',
  })
  lastReadAt!: string | null;
}

export class CalendarFeedIssuedDto {
  @ApiProperty({
    description:
      'The feed address, with its secret: shown this once. Subscribe to it in a calendar program; whoever has it ' +
      'reads your deadlines, so revoke it when it leaks (a new address revokes the old one too).',
    example: 'https://waardenpoort.enschede.nl/api/v1/calendar/3q2-7wX0….ics',
  })
  url!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** The signed-in person's own feed address: see, make (and so replace), revoke. */
@ApiTags('people')
@ApiBearerAuth()
@Controller('api/v1/me/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({
    type: CalendarFeedStateDto,
    description: "The caller's feed address: whether it works, when made and last read",
  })
  state(@CurrentActor() actor: Actor): Promise<CalendarFeedStateDto> {
    return this.calendar.state(actor);
  }

  @Post()
  @Roles(...ROLES)
  @Header('Cache-Control', 'no-store')
  @ApiCreatedResponse({ type: CalendarFeedIssuedDto, description: 'A new address; the previous one no longer works' })
  @ApiBadRequestResponse({ description: 'A field was sent; this takes none (application/problem+json)' })
  issue(@CurrentActor() actor: Actor, @Body() body: unknown): Promise<CalendarFeedIssuedDto> {
    // It takes no fields: anything sent is refused, not ignored (a client that thinks it chooses the secret is wrong).
    const fields = body !== null && typeof body === 'object' ? Object.keys(body) : [];
    if (fields.length > 0) {
      throw new ProblemException(400, 'Making a calendar feed takes no fields.', {
        slug: 'validation',
        errors: fields.slice(0, 20).map((field) => ({
          field: field.slice(0, 100),
          messages: ['is hier niet toegestaan', 'is not allowed here'],
        })),
      });
    }
    return this.calendar.issue(actor);
  }

  @Delete()
  @Roles(...ROLES)
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: the address no longer works' })
  @ApiNotFoundResponse({ description: 'There was no working address (application/problem+json)' })
  async revoke(@CurrentActor() actor: Actor): Promise<void> {
    await this.calendar.revoke(actor);
  }
}

const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * The feed itself, for calendar programs, which cannot send a bearer token: the secret in the address is the key. Rate
 * limited per client address like the public pages; an address that does not open a feed is a 404, whatever the
 * reason.
 */
@ApiTags('people')
@PublicPage()
@ApiTooManyRequestsResponse({ description: 'Rate limit per client address reached; see Retry-After' })
@Controller('api/v1/calendar')
export class CalendarFeedReadController {
  constructor(private readonly calendar: CalendarService) {}

  // The parameter is the file name `<secret>.ics`; named `id` like every other path parameter of the API.
  @Get(':id')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545): open deadlines and commission meetings', type: String })
  @ApiNotFoundResponse({ description: 'No working feed at this address (application/problem+json)' })
  read(@Param('id') file: string): Promise<string> {
    const token = FEED_FILE.exec(file)?.[1];
    if (!token) {
      throw new ProblemException(404, 'There is no calendar feed at this address (it may have been revoked).', {
        slug: 'calendar-feed-not-found',
      });
    }
    return this.calendar.feed(token);
  }
}
