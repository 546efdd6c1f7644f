import { Controller, Get, Header, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { RegisterKind } from '@waardenpoort/domain';
import type { Request, Response } from 'express';
import { searchEntries, type ExportedEntry } from '../registers/register-export';
import { registerBody } from '../registers/register-response';
import { RegistersService } from '../registers/registers.service';
import { PublicRegisterQuery } from './dto/public-register.dto';
import { PublicPage } from './public-route';

/**
 * The algorithm register and the sensor register on the public pages (issue 18): exactly what the signed-in export
 * shows (RegistersService.exportRegister: only versions the CIO office published, never a draft or a submitted
 * entry), in the same formats, without a token and under the per-address `public` rate limit.
 */
@ApiTags('public')
@PublicPage()
@ApiTooManyRequestsResponse({ description: 'Rate limit per client address reached; see Retry-After' })
@Controller('api/v1/public/registers')
export class PublicRegistersController {
  constructor(private readonly registers: RegistersService) {}

  @Get('algorithms')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'The published algorithm register (publication standard 1.0, docs/schemas/algoritmeregister-1.0.schema.json): ' +
      'one entry per project with its version history; `?format=csv` or `Accept: text/csv` for CSV in the column ' +
      'order; `q` searches the entries',
  })
  @ApiBadRequestResponse({ description: 'A query parameter is not allowed' })
  algorithms(@Query() query: PublicRegisterQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.export('algorithm', query, req, res);
  }

  @Get('sensors')
  @Header('Cache-Control', 'public, max-age=60')
  @ApiProduces('application/json', 'text/csv', 'application/geo+json')
  @ApiOkResponse({
    description:
      'The published sensor register (docs/schemas/sensorregister-1.0.schema.json); CSV, or a GeoJSON ' +
      'FeatureCollection with `Accept: application/geo+json` or `?format=geojson`; `q` searches the entries',
  })
  @ApiBadRequestResponse({ description: 'A query parameter is not allowed' })
  sensors(@Query() query: PublicRegisterQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.export('sensor', query, req, res);
  }

  private async export(
    kind: RegisterKind,
    query: PublicRegisterQuery,
    req: Request,
    res: Response,
  ): Promise<ExportedEntry[] | string> {
    const entries = searchEntries(await this.registers.exportRegister(kind), query.q);
    return registerBody(kind, entries, query.format, req, res);
  }
}
