import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditRepository, type AuditTimelineEntry } from '@waardenpoort/persistence';
import { Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { ProjectsService } from '../projects/projects.service';

const id = (): ParseUUIDPipe =>
  new ParseUUIDPipe({
    exceptionFactory: () => new ProblemException(400, 'The project id must be a UUID.', { slug: 'invalid-id' }),
  });

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/projects/:id/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditRepository,
    private readonly projects: ProjectsService,
  ) {}

  /** The project's history: every transition, reminder, escalation and decision, in order, with its hash link. */
  @Get()
  @Roles('auditor', 'cio-office')
  @ApiOkResponse({ description: 'The audit timeline of the project, oldest first' })
  @ApiNotFoundResponse({ description: 'No such project' })
  async timeline(@Param('id', id()) projectId: string): Promise<AuditTimelineEntry[]> {
    await this.projects.get(projectId);
    return this.audit.timeline(projectId);
  }
}
