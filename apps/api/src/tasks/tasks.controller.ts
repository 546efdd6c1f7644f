import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ROLES, type Actor } from '@waardenpoort/domain';
import { ProjectReadModelRepository, TaskAssignmentRepository } from '@waardenpoort/persistence';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { TaskResponseDto, toTaskResponse } from '../projects/dto/project.response';
import { withHolders } from './task-holders';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1/tasks')
export class TasksController {
  constructor(
    private readonly readModel: ProjectReadModelRepository,
    private readonly assignments: TaskAssignmentRepository,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({
    type: [TaskResponseDto],
    description:
      'Open tasks for the caller, most urgent first, of the projects the caller may read: their role tasks, those ' +
      'addressed to them, to a colleague they stand in for (absence), or delegated to them; with who holds each',
  })
  async inbox(@CurrentActor() actor: Actor): Promise<TaskResponseDto[]> {
    const now = new Date();
    // Only tasks of projects the caller may read (READ_SCOPE, filtered in SQL); the project facts shown are its summary.
    const rows = await this.readModel.inbox(actor, 500);
    const tasks = rows.map(({ task, project }) => ({
      ...toTaskResponse(task, now),
      project: { id: project.id, title: project.title, department: project.department },
    }));
    // Who has each task (a claimant, a delegate): shown, so two people of a role do not work on the same one.
    return withHolders(tasks, this.assignments);
  }
}
