import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import { APP_CONFIG } from '../config/config.module';
import { PublicMapDto } from './dto/public-map.dto';
import { PublicPage } from './public-route';

/**
 * The map on the public sensor register page (issue 18): which background map it may load, if any. The CSP's img-src
 * names that tile server's origin and no other (app.ts), so the page and the policy come from one setting.
 */
@ApiTags('public')
@PublicPage()
@ApiTooManyRequestsResponse({ description: 'Rate limit per client address reached; see Retry-After' })
@Controller('api/v1/public/map')
export class PublicMapController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Header('Cache-Control', 'no-cache')
  @ApiOkResponse({ type: PublicMapDto, description: "The public map's settings: its background map" })
  map(): PublicMapDto {
    const tiles = this.config.publicMap.tiles;
    return { tiles: tiles ? { urlTemplate: tiles.urlTemplate, attribution: tiles.attribution } : null };
  }
}
