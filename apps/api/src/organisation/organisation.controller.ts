import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Put, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Actor } from '@waardenpoort/domain';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { DepartmentDto, PutDepartmentDto } from './dto/department.dto';
import { OrganisationService } from './organisation.service';

/** If-Match as a department version: `"3"`, `3` or `W/"3"`; undefined without the header. */
function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m) {
    throw new ProblemException(400, 'If-Match must be the version of the department, e.g. "3".', {
      slug: 'validation',
      errors: [{ field: 'If-Match', messages: ['must be a department version'] }],
    });
  }
  return Number(m[1]);
}

/** The organisation model (departments, heads, deputies), kept by the CIO office. */
@ApiTags('organisation')
@ApiBearerAuth()
@Controller('api/v1/organisation/departments')
export class OrganisationController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @Roles('cio-office')
  @ApiOkResponse({ type: [DepartmentDto], description: 'Every department, deactivated ones included, by id' })
  list(): Promise<DepartmentDto[]> {
    return this.organisation.list();
  }

  @Get(':id')
  @Roles('cio-office')
  @ApiOkResponse({ type: DepartmentDto, description: 'The current version; its ETag is the version' })
  @ApiNotFoundResponse({ description: 'No such department' })
  async get(@Param('id') id: string, @Res({ passthrough: true }) res: Response): Promise<DepartmentDto> {
    const d = await this.organisation.get(id);
    res.setHeader('ETag', `"${d.version}"`);
    return d;
  }

  @Get(':id/history')
  @Roles('cio-office')
  @ApiOkResponse({ type: [DepartmentDto], description: 'Every version, newest first, with who, when, why, source' })
  @ApiNotFoundResponse({ description: 'No such department' })
  history(@Param('id') id: string): Promise<DepartmentDto[]> {
    return this.organisation.history(id);
  }

  @Put(':id')
  @Roles('cio-office')
  @ApiOkResponse({ type: DepartmentDto, description: 'The new version (the same when nothing changed)' })
  @ApiBadRequestResponse({ description: 'Invalid fields, listed in `errors` (application/problem+json)' })
  @ApiConflictResponse({ description: '`version` is not the stored version: reload and try again' })
  async put(
    @Param('id') id: string,
    @Body() dto: PutDepartmentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DepartmentDto> {
    const { department, created } = await this.organisation.put(id, dto, actor);
    res.status(created ? 201 : 200);
    res.setHeader('ETag', `"${department.version}"`);
    return department;
  }

  @Delete(':id')
  @Roles('cio-office')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deactivated: escalations of its projects go to the CIO office' })
  @ApiNotFoundResponse({ description: 'No such department' })
  @ApiConflictResponse({ description: 'If-Match is not the stored version' })
  async deactivate(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    await this.organisation.deactivate(id, actor, ifMatchVersion(ifMatch));
  }
}
