import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ROLES, type Actor, type RegisterKind } from '@waardenpoort/domain';
import type { Request, Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid.pipe';
import { IdempotencyKey } from '../gates/gates.controller';
import { ProjectResponseDto } from '../projects/dto/project.response';
import { RegisterExportQuery, ReviewRegisterEntriesDto, SubmitRegisterEntriesDto } from './dto/register-entries.dto';
import type { ExportedEntry } from './register-export';
import { registerBody } from './register-response';
import { RegistersService, type RegisterPreview } from './registers.service';

/**
 * The public registers as Waardenpoort keeps them: what the CIO office published, in the standards' field names
 * (JSON with the version history of each entry, CSV in the register's column order, GeoJSON for sensors), the
 * per-project preview, and the publication gate's two actions.
 */
@ApiTags('registers')
@ApiBearerAuth()
@Controller('api/v1')
export class RegistersController {
  constructor(private readonly registers: RegistersService) {}

  @Get('registers/algorithms')
  @Roles(...ROLES)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'Published algorithm register entries (publication standard 1.0, docs/schemas/algoritmeregister-1.0.schema.json), ' +
      'one per project with its version history; `?format=csv` or `Accept: text/csv` for CSV in the column order',
  })
  algorithms(@Query() query: RegisterExportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.export('algorithm', query, req, res);
  }

  @Get('registers/sensors')
  @Roles(...ROLES)
  @ApiProduces('application/json', 'text/csv', 'application/geo+json')
  @ApiOkResponse({
    description:
      'Published sensor register entries (docs/schemas/sensorregister-1.0.schema.json); CSV, or a GeoJSON ' +
      'FeatureCollection with `Accept: application/geo+json` or `?format=geojson`',
  })
  sensors(@Query() query: RegisterExportQuery, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.export('sensor', query, req, res);
  }

  private async export(
    kind: RegisterKind,
    query: RegisterExportQuery,
    req: Request,
    res: Response,
  ): Promise<ExportedEntry[] | string> {
    return registerBody(kind, await this.registers.exportRegister(kind), query.format, req, res);
  }

  @Get('projects/:id/register-entries')
  @Roles(...ROLES)
  @ApiOkResponse({ description: 'The registers the route names, a draft from the case, and every stored version' })
  @ApiNotFoundResponse({ description: "No such project, or one outside the caller's read scope (the same answer)" })
  preview(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<RegisterPreview> {
    return this.registers.preview(id, actor);
  }

  @Post('projects/:id/register-entries')
  @HttpCode(200)
  @Roles('case-owner')
  @ApiOkResponse({ type: ProjectResponseDto, description: 'Submitted for review by the CIO office' })
  @ApiBadRequestResponse({
    description: 'An entry breaks the standard: every issue field by field, in Dutch and English',
  })
  @ApiForbiddenResponse({ description: 'Not the case owner of this project' })
  @ApiConflictResponse({ description: 'The register task is not open' })
  submit(
    @Param('id', uuidParam()) id: string,
    @Body() dto: SubmitRegisterEntriesDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.registers.submit(id, actor, dto, key);
  }

  @Post('projects/:id/register-entries/review')
  @HttpCode(200)
  @Roles('cio-office')
  @ApiOkResponse({ type: ProjectResponseDto, description: 'Published, or returned to the case owner' })
  @ApiForbiddenResponse({ description: 'Not the CIO office, or the case owner or submitter of this project' })
  @ApiConflictResponse({ description: 'Nothing submitted to review' })
  review(
    @Param('id', uuidParam()) id: string,
    @Body() dto: ReviewRegisterEntriesDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.registers.review(id, actor, dto, key);
  }
}
