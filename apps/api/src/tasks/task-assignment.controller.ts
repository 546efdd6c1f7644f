import { Body, Controller, HttpCode, Param, Post, type PipeTransform } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ROLES, type Actor } from '@waardenpoort/domain';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { DelegateTaskDto, TaskAssignmentResponseDto } from './dto/task-assignment.dto';
import { TaskAssignmentService } from './task-assignment.service';
import { toHolder } from './task-holders';
import { ClassResponsesOnEveryRoute } from '../common/class-responses';

/** A task id: `<project uuid>:<gate>:<cycle>:<step>` (`-` for no step). */
const TASK_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:[a-z-]{1,40}:\d{1,6}:[a-z-]{1,40}$/i;

class TaskIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!TASK_ID.test(value)) {
      throw new ProblemException(400, 'The task id must be <project uuid>:<gate>:<cycle>:<step>.', {
        slug: 'invalid-id',
      });
    }
    return value.toLowerCase();
  }
}

/** Claim, release and take back take no fields: anything sent is refused (400 naming it), not ignored. */
function noFields(body: unknown): void {
  const fields = body !== null && typeof body === 'object' ? Object.keys(body) : [];
  if (fields.length > 0) {
    throw new ProblemException(400, 'This takes no fields.', {
      slug: 'validation',
      errors: fields.slice(0, 20).map((field) => ({
        field: field.slice(0, 100),
        messages: ['is hier niet toegestaan', 'is not allowed here'],
      })),
    });
  }
}

/**
 * Who works on a task: a person of its role claims it (others of the role see who has it and cannot act on it) and
 * releases it; its assignee or someone of its role hands it to a named colleague with the role, and takes it back.
 * Each is recorded on the project's audit trail. A claim ends when its task closes.
 */
@ClassResponsesOnEveryRoute()
@ApiTags('tasks')
@ApiBearerAuth()
@ApiOkResponse({ type: TaskAssignmentResponseDto, description: 'Recorded; who has the task now' })
@ApiNotFoundResponse({ description: 'No open task with this id in a project the caller may read' })
@ApiForbiddenResponse({ description: 'The caller does not have the role of the task' })
@ApiConflictResponse({ description: 'Someone else holds the task (task-claimed, task-delegated, naming them)' })
@Controller('api/v1/tasks/:id')
export class TaskAssignmentController {
  constructor(private readonly service: TaskAssignmentService) {}

  @Post('claim')
  @HttpCode(200)
  @Roles(...ROLES)
  async claim(
    @Param('id', new TaskIdPipe()) id: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<TaskAssignmentResponseDto> {
    noFields(body);
    return { taskId: id, heldBy: toHolder(await this.service.claim(id, actor)) };
  }

  @Post('release')
  @HttpCode(200)
  @Roles(...ROLES)
  async release(
    @Param('id', new TaskIdPipe()) id: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<TaskAssignmentResponseDto> {
    noFields(body);
    return { taskId: id, heldBy: toHolder(await this.service.release(id, actor)) };
  }

  @Post('delegate')
  @HttpCode(200)
  @Roles(...ROLES)
  async delegate(
    @Param('id', new TaskIdPipe()) id: string,
    @Body() dto: DelegateTaskDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskAssignmentResponseDto> {
    return { taskId: id, heldBy: toHolder(await this.service.delegate(id, actor, dto.to, dto.reason)) };
  }

  @Post('undelegate')
  @HttpCode(200)
  @Roles(...ROLES)
  async undelegate(
    @Param('id', new TaskIdPipe()) id: string,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<TaskAssignmentResponseDto> {
    noFields(body);
    return { taskId: id, heldBy: toHolder(await this.service.undelegate(id, actor)) };
  }
}
