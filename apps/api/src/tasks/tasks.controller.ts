import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@waardenpoort/domain';
import { ProjectReadModelRepository } from '@waardenpoort/persistence';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { TaskResponseDto, toTaskResponse } from '../projects/dto/project.response';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TasksController {
  constructor(private readonly readModel: ProjectReadModelRepository) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({
    type: [TaskResponseDto],
    description: 'Open tasks for the caller, most urgent first, of the projects the caller may read',
  })
  async inbox(@CurrentActor() actor: Actor): Promise<TaskResponseDto[]> {
    const now = new Date();
    // Only tasks of projects the caller may read (READ_SCOPE, filtered in SQL); the project facts shown are its summary.
    const rows = await this.readModel.inbox(actor, 500);
    return rows.map(({ task, project }) => ({
      ...toTaskResponse(task, now),
      project: { id: project.id, title: project.title, department: project.department },
    }));
  }
}
