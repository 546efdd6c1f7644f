import { Injectable, Logger } from '@nestjs/common';
import { dutchHolidayCheck } from '@waardenpoort/domain/holidays';
import {
  canonicalJson,
  computeDueDate,
  parseDeadlineSpec,
  workflowIdFor,
  type Actor,
  type ProjectSnapshot,
  type ProjectWorkflowInput,
  readableFieldGroups,
  type FieldGroup,
  type Reader,
} from '@waardenpoort/domain';
import {
  IdempotencyRepository,
  ProjectReadModelRepository,
  rowsOfSnapshot,
  TaskAssignmentRepository,
} from '@waardenpoort/persistence';
import { ProjectWorkflows } from '@waardenpoort/temporal';
import { createHash, randomUUID } from 'node:crypto';
import { readableGroupsOrNotFound, scopeFactsOf, trimProject } from '../auth/read-scope';
import { ProblemException } from '../common/problem.exception';
import { ActivePolicy } from '../policy/active-policy';
import { withHolders } from '../tasks/task-holders';
import { FirstTaskWaiter } from './first-task-waiter';
import type { CreateProjectDto } from './dto/create-project.dto';
import type { ListProjectsQuery } from './dto/list-projects.query';
import { toProjectResponse, type ProjectPageDto, type ProjectResponseDto } from './dto/project.response';

export interface RegisterResult {
  project: ProjectResponseDto;
  replayed: boolean;
}

/** How long intake waits for the workflow to open the quick-scan, so the answer can show the first task. */
const FIRST_TASK_WAIT_MS = 5_000;

@Injectable()
export class ProjectsService {
  private readonly logger = new Logger(ProjectsService.name);
  /** The worker's calendar (Dutch public holidays), for the first deadline the start carries. */
  private readonly isHoliday = dutchHolidayCheck();

  constructor(
    private readonly readModel: ProjectReadModelRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly workflows: ProjectWorkflows,
    private readonly policy: ActivePolicy,
    private readonly firstTask: FirstTaskWaiter,
    private readonly assignments: TaskAssignmentRepository,
  ) {}

  /**
   * Registers a project. The workflow start is the commit point: it comes before any project row, and the
   * workflow's first activity writes the row (with its first task). So a row never exists without its workflow,
   * and a workflow whose API call died after the start still produces its row. The API writes the registered row
   * itself only when the workflow has not published within the wait (a worker away), so the answer and the lists
   * show the project either way; normally the row is written once. When Temporal cannot be reached the caller gets
   * a 503 and nothing but the idempotency reservation is written; a retry with the same key uses the same id.
   */
  async register(dto: CreateProjectDto, actor: Actor, idempotencyKey: string | undefined): Promise<RegisterResult> {
    if (actor.roles.includes('dpo')) {
      // GDPR art. 38(6): the DPO's tasks may not conflict with their other duties; owning a project would.
      throw new ProblemException(403, 'The data protection officer cannot be the case owner of a project.', {
        slug: 'segregation-of-duties',
      });
    }
    const registration = {
      title: dto.title,
      summary: dto.summary,
      department: dto.department,
      technologies: dto.technologies,
      plannedStart: dto.plannedStart,
    };
    let projectId: string = randomUUID();
    let replayed = false;
    if (idempotencyKey !== undefined) {
      const requestHash = createHash('sha256').update(canonicalJson(registration)).digest('hex');
      const claim = await this.idempotency.claim(actor.sub, idempotencyKey, requestHash, projectId);
      if (claim.outcome === 'conflict') {
        throw new ProblemException(
          422,
          'This Idempotency-Key was used before with a different request body. Use a new key for a new project.',
          { slug: 'idempotency-key-reused' },
        );
      }
      projectId = claim.projectId;
      replayed = claim.outcome === 'replay';
    }

    const registeredAt = new Date().toISOString();
    const policy = await this.policy.current();
    const input: ProjectWorkflowInput = {
      projectId,
      registration,
      caseOwner: { sub: actor.sub, name: actor.name, email: actor.email, roles: actor.roles },
      registeredAt,
      policy,
    };
    // The quick-scan's deadline as the workflow will plan it (the same calendar), so the start carries every search
    // attribute and the workflow need not upsert at intake; if its plan differs (a calendar-time deadline, midnight
    // in between), its first publish upserts the difference.
    // Only the deadline: reminders and escalations are the workflow's to plan.
    const nextDeadline = computeDueDate(
      new Date(registeredAt),
      parseDeadlineSpec(policy.gates['quick-scan'].deadline),
      this.isHoliday,
    ).toISOString();
    try {
      await this.workflows.start(input, { nextDeadline });
    } catch (err) {
      this.logger.warn(`workflow start for project ${projectId} failed: ${(err as Error).message}`);
      throw new ProblemException(
        503,
        'The workflow engine did not confirm the start, so the project is not registered yet. Try again in a ' +
          (idempotencyKey
            ? 'moment with the same Idempotency-Key.'
            : 'moment; send an Idempotency-Key header so that a retry can never register the project twice.'),
        { slug: 'workflow-engine-unavailable', headers: { 'Retry-After': '5' } },
      );
    }
    // Polled together with every other registration in flight; read whole in the query that finds it ready.
    const ready = await this.firstTask.wait(projectId, FIRST_TASK_WAIT_MS);
    if (ready) {
      // The registering case owner is its owner: the read scope lets them see it whole (asked all the same).
      const groups = readableGroupsOrNotFound(ready.project, actor, ready.project.caseOwnerSub === actor.sub);
      return { project: trimProject(toProjectResponse(ready.project, ready.openTasks), groups), replayed };
    }
    // No first task within the wait (a worker away; or a retried registration whose project waits at a step): make
    // sure the registered row is there, so that the answer and the lists show the project now. ON CONFLICT keeps a
    // row the workflow wrote; its first publish, whenever it comes, completes the registered one.
    await this.readModel.insertRegistered({
      projectId,
      workflowId: workflowIdFor(projectId),
      registration,
      caseOwner: input.caseOwner,
      registeredAt,
    });
    return { project: await this.get(projectId, actor), replayed };
  }

  /**
   * One project as this reader may read it (READ_SCOPE): 404 when it does not exist *or* is outside the reader's
   * scope (so existence does not leak), trimmed to the reader's field groups otherwise.
   */
  async get(id: string, reader: Reader): Promise<ProjectResponseDto> {
    return (await this.readable(id, reader)).project;
  }

  /** As `get`, with the field groups it was trimmed to (a document drawn from it says what it left out). */
  async readable(id: string, reader: Reader): Promise<{ project: ProjectResponseDto; groups: Set<FieldGroup> }> {
    const found = await this.readModel.findWithOpenTasks(id, { participantSub: reader.sub });
    if (!found) throw new ProblemException(404, `There is no project with id ${id}.`, { slug: 'project-not-found' });
    const groups = readableGroupsOrNotFound(found.project, reader, found.participant === true);
    const dto = toProjectResponse(found.project, found.openTasks);
    // Who has each open task (a claimant, a delegate): the project page shows it next to the task.
    dto.openTasks = await withHolders(dto.openTasks, this.assignments);
    return { project: trimProject(dto, groups), groups };
  }

  /** The field groups the reader may read of the project; the same 404 as `get` when none or no such project. */
  async readableGroups(id: string, reader: Reader): Promise<Set<FieldGroup>> {
    const found = await this.readModel.findWithOpenTasks(id, { participantSub: reader.sub });
    if (!found) throw new ProblemException(404, `There is no project with id ${id}.`, { slug: 'project-not-found' });
    return readableGroupsOrNotFound(found.project, reader, found.participant === true);
  }

  /** The project's case owner, or null when there is no such project. */
  async caseOwnerOf(id: string): Promise<{ sub: string; name: string } | null> {
    const p = await this.readModel.findById(id);
    return p ? { sub: p.caseOwnerSub, name: p.caseOwnerName } : null;
  }

  /** 404 unless the project exists (whoever asks). */
  async assertExists(id: string): Promise<void> {
    if (!(await this.readModel.findById(id))) {
      throw new ProblemException(404, `There is no project with id ${id}.`, { slug: 'project-not-found' });
    }
  }

  /**
   * The answer to an accepted action, from the snapshot its Update returned (the project as that action recorded it,
   * read as the read model holds it: `rowsOfSnapshot`): the project as the actor may read it. Whoever had an action
   * accepted is on its trail, so acts on the project (READ_SCOPE `acting`). An actor whose role may act on a step of
   * a project outside its read scope (a DPO asking for a reflection on a project without a DPIA) knows the project
   * exists and gets its summary only.
   */
  answerAfterAction(snapshot: ProjectSnapshot, actor: Reader): ProjectResponseDto {
    const { project, openTasks } = rowsOfSnapshot(snapshot);
    const groups = readableFieldGroups(scopeFactsOf(project, actor, true), actor);
    return trimProject(
      toProjectResponse(project, openTasks),
      groups.size > 0 ? groups : new Set<FieldGroup>(['summary']),
    );
  }

  async list(query: ListProjectsQuery, reader: Reader): Promise<ProjectPageDto> {
    const {
      items,
      total,
      openTasks: tasks,
      participant,
    } = await this.readModel.list({
      reader,
      ...(query.status ? { status: query.status } : {}),
      ...(query.currentGate ? { currentGate: query.currentGate } : {}),
      ...(query.department ? { department: query.department } : {}),
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    });
    const now = new Date();
    return {
      // The SQL filter chose the rows; the same table, per row, chooses the fields (and would drop a row it missed).
      items: items.flatMap((p) => {
        const groups = readableFieldGroups(scopeFactsOf(p, reader, participant.has(p.id)), reader);
        return groups.size === 0 ? [] : [trimProject(toProjectResponse(p, tasks.get(p.id) ?? [], now), groups)];
      }),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
