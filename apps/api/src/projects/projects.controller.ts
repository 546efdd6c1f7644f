import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ROLES, type Actor } from '@waardenpoort/domain';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { CreateProjectDto } from './dto/create-project.dto';
import { ListProjectsQuery } from './dto/list-projects.query';
import { ProjectPageDto, ProjectResponseDto } from './dto/project.response';
import { ProjectsService } from './projects.service';
import { uuidParam } from '../common/uuid.pipe';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

@ApiTags('projects')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid bearer token (application/problem+json)' })
@Controller('api/v1/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @HttpCode(201)
  @Roles('case-owner')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description:
      'Any unique string (at most 200 printable characters); a retry with the same key returns the same project',
  })
  @ApiCreatedResponse({ type: ProjectResponseDto, description: 'Registered; the workflow has started' })
  @ApiBadRequestResponse({ description: 'Invalid fields, listed in `errors` (application/problem+json)' })
  @ApiForbiddenResponse({ description: 'Only a case owner registers projects' })
  @ApiUnprocessableEntityResponse({ description: 'Idempotency-Key reused with another body' })
  @ApiServiceUnavailableResponse({ description: 'Temporal unreachable; nothing registered' })
  async create(
    @Body() dto: CreateProjectDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ProjectResponseDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ProblemException(400, 'Idempotency-Key must be 1 to 200 printable ASCII characters.', {
        slug: 'validation',
        errors: [{ field: 'Idempotency-Key', messages: ['must be 1 to 200 printable ASCII characters'] }],
      });
    }
    const { project, replayed } = await this.projects.register(dto, actor, idempotencyKey);
    res.setHeader('Location', `/api/v1/projects/${project.id}`);
    if (replayed) res.setHeader('Idempotent-Replayed', 'true');
    return project;
  }

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({
    type: ProjectPageDto,
    description:
      'The projects the caller may read (READ_SCOPE: own and acted-on projects, the department, DPIA projects, ' +
      'projects before the commission, or all), each trimmed to the field groups the caller may read (absent fields)',
  })
  @ApiBadRequestResponse({ description: 'Invalid filter or paging parameters' })
  async list(@Query() query: ListProjectsQuery, @CurrentActor() actor: Actor): Promise<ProjectPageDto> {
    return this.projects.list(query, actor);
  }

  @Get(':id')
  @Roles(...ROLES)
  @ApiOkResponse({ type: ProjectResponseDto, description: 'The project as it now stands' })
  @ApiNotFoundResponse({ description: "No such project, or one outside the caller's read scope (the same answer)" })
  @ApiBadRequestResponse({ description: 'The id is not a UUID' })
  async get(@Param('id', uuidParam()) id: string, @CurrentActor() actor: Actor): Promise<ProjectResponseDto> {
    return this.projects.get(id, actor);
  }
}
