import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import {
  readableFieldGroups,
  readerDepartments,
  ROLES,
  type Actor,
  type GateId,
  type Role,
} from '@waardenpoort/domain';
import { GATE_LABELS } from '@waardenpoort/domain/texts';
import { ProjectReadModelRepository, TaskListRepository, type DepartmentTaskRow } from '@waardenpoort/persistence';
import type { Request, Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { APP_CONFIG } from '../config/config.module';
import { toTaskResponse } from '../projects/dto/project.response';
import {
  DepartmentTasksDto,
  DepartmentTasksQuery,
  TaskCsvQuery,
  type DepartmentTaskDto,
  type ExportLanguage,
} from './dto/task-export.dto';
import { tasksCsv } from './task-csv';

/** As many tasks as the inbox shows; a department's open work stays well below this. */
const LIMIT = 500;

/** A department task as its reader may see it: the named assignee only with READ_SCOPE's `people` group. */
function toDepartmentTask(row: DepartmentTaskRow, reader: Actor, now: Date): DepartmentTaskDto {
  const facts = {
    department: row.project.department,
    caseOwnerSub: row.project.caseOwnerSub,
    participantSubs: row.readerParticipates ? [reader.sub] : [],
    dpia: row.project.dpiaScope,
    commission: row.project.commissionScope,
  };
  const people = readableFieldGroups(facts, reader).has('people');
  return {
    id: row.id,
    gate: row.gate as GateId,
    label: GATE_LABELS[row.gate as GateId],
    step: row.step,
    assigneeRole: row.assigneeRole as Role,
    ...(people ? { assigneeSub: row.assigneeSub } : {}),
    openedAt: row.openedAt.toISOString(),
    dueAt: row.dueAt ? row.dueAt.toISOString() : null,
    overdue: row.dueAt !== null && !row.projectOnHold && row.dueAt.getTime() < now.getTime(),
    escalationLevel: row.escalationLevel,
    project: { id: row.project.id, title: row.project.title, department: row.project.department },
  };
}

function sendCsv(res: Response, name: string, now: Date, body: string): string {
  res.type('text/csv; charset=utf-8');
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="waardenpoort-${name}-${now.toISOString().slice(0, 10)}.csv"`,
  );
  res.setHeader('Cache-Control', 'private, no-store');
  return body;
}

/** Task lists to take elsewhere (CSV for a spreadsheet) and a department head's view of the department's work. */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('api/v1')
export class TaskExportController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readModel: ProjectReadModelRepository,
    private readonly lists: TaskListRepository,
  ) {}

  /** The caller's task list (GET /api/v1/tasks: the same tasks, the same read scope) as CSV. */
  @Get('tasks.csv')
  @Roles(...ROLES)
  @ApiProduces('text/csv')
  @ApiOkResponse({
    type: String,
    description:
      'The caller’s open tasks as CSV, UTF-8 with BOM, most urgent first; headers in Dutch, or English with ?lang=en',
  })
  @ApiBadRequestResponse({ description: 'An unknown language or query field (application/problem+json)' })
  async inboxCsv(
    @CurrentActor() actor: Actor,
    @Query() query: TaskCsvQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const now = new Date();
    const rows = await this.readModel.inbox(actor, LIMIT);
    const tasks = rows.map(({ task, project }) => ({
      ...toTaskResponse(task, now),
      project: { id: project.id, title: project.title, department: project.department },
    }));
    const lang: ExportLanguage = query.lang ?? 'nl';
    return sendCsv(res, lang === 'en' ? 'tasks' : 'taken', now, tasksCsv(tasks, lang, this.config.publicUrl));
  }

  /**
   * The open tasks of the caller's departments' projects, whoever they wait for: the department head's view (the
   * token's department claim and the departments the organisation model names them head or deputy of, as READ_SCOPE
   * has it; none of either, no tasks). `?format=csv` or
   * `Accept: text/csv` gives CSV.
   */
  @Get('tasks/department')
  @Roles('department-head')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: DepartmentTasksDto, description: "The open tasks of the caller's departments" })
  @ApiBadRequestResponse({ description: 'An unknown format, language or query field (application/problem+json)' })
  @ApiForbiddenResponse({ description: 'Only department heads have a department view' })
  async department(
    @CurrentActor() actor: Actor,
    @Query() query: DepartmentTasksQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<DepartmentTasksDto | string> {
    const now = new Date();
    const department = typeof actor.department === 'string' && actor.department !== '' ? actor.department : null;
    const departments = readerDepartments(actor);
    const rows = departments.length > 0 ? await this.lists.departmentOpen(actor, departments, LIMIT) : [];
    const tasks = rows.map((r) => toDepartmentTask(r, actor, now));
    res.vary('Accept');
    const csv =
      query.format === 'csv' ||
      (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    if (!csv) return { department, departments, generatedAt: now.toISOString(), tasks };
    const lang: ExportLanguage = query.lang ?? 'nl';
    const name = lang === 'en' ? 'department-tasks' : 'afdelingstaken';
    return sendCsv(res, name, now, tasksCsv(tasks, lang, this.config.publicUrl));
  }
}
