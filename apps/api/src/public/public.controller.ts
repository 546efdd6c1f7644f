import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { ProblemException } from '../common/problem.exception';
import { PublicReflectionDto, PublicReflectionPageDto, PublicReflectionsQuery } from './dto/public-reflection.dto';
import { PublicPage } from './public-route';
import { PublicReflectionsService } from './public-reflections.service';

const reflectionId = new ParseUUIDPipe({
  exceptionFactory: () => new ProblemException(400, 'The reflection id must be a UUID.', { slug: 'invalid-id' }),
});

/**
 * The public pages' data (issue 18): what was released for publication, readable without a token, rate limited per
 * client address. The registers' public routes are in public-registers.controller.ts.
 */
@ApiTags('public')
@PublicPage()
@ApiTooManyRequestsResponse({ description: 'Rate limit per client address reached; see Retry-After' })
@Controller('api/v1/public')
export class PublicController {
  constructor(private readonly reflections: PublicReflectionsService) {}

  @Get('reflections')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOkResponse({ type: PublicReflectionPageDto, description: 'Published reflections, newest first' })
  @ApiBadRequestResponse({ description: 'A query parameter is out of range' })
  list(@Query() query: PublicReflectionsQuery): Promise<PublicReflectionPageDto> {
    return this.reflections.list(query);
  }

  // Before `reflections/:id`, so the feed's path is not read as an id.
  @Get('reflections.atom')
  @Header('Content-Type', 'application/atom+xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'Atom 1.0 feed of the newest published reflections', type: String })
  atom(): Promise<string> {
    return this.reflections.atom();
  }

  @Get('reflections/:id')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiOkResponse({ type: PublicReflectionDto, description: 'One published reflection' })
  @ApiNotFoundResponse({ description: 'No published reflection with this id (never released, or withdrawn)' })
  one(@Param('id', reflectionId) id: string): Promise<PublicReflectionDto> {
    return this.reflections.get(id);
  }
}
