import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuditRepository, type AuditTimelineEntry } from '@waardenpoort/persistence';
import { AuditEntryDto } from './dto/audit-entry.response';
import type { Actor } from '@waardenpoort/domain';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { trimTimeline } from '../auth/read-scope';
import { ProjectsService } from '../projects/projects.service';
import { uuidParam } from '../common/uuid.pipe';

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
  @ApiOkResponse({ type: [AuditEntryDto], description: 'The audit timeline of the project, oldest first' })
  @ApiNotFoundResponse({ description: "No such project, or one outside the caller's read scope" })
  async timeline(
    @Param('id', uuidParam()) projectId: string,
    @CurrentActor() actor: Actor,
  ): Promise<AuditTimelineEntry[]> {
    const groups = await this.projects.readableGroups(projectId, actor);
    const owner = (await this.projects.get(projectId, actor)).caseOwner.sub;
    return trimTimeline(await this.audit.timeline(projectId), groups, owner);
  }
}
