import { type DataSource, type EntityManager } from 'typeorm';
import {
  participantsOf,
  scopeFlagsOf,
  type GateId,
  type ProjectRegistration,
  type ProjectSnapshot,
  type ProjectStatus,
  type Reader,
} from '@waardenpoort/domain';
import { ProjectEntity } from '../entities/project.entity';
import { TaskEntity } from '../entities/task.entity';
import { detailsOf, openTaskGates, taskIdOf } from './project-rows';
import { ownTasksSql, positional, readScopeSql, standInProjectsSql } from './read-scope.sql';

export interface ProjectListFilter {
  status?: ProjectStatus;
  currentGate?: GateId;
  department?: string;
  limit: number;
  offset: number;
  /** Only the projects this reader may see (READ_SCOPE); absent: all (internal callers only). */
  reader?: Reader;
}

/** A project with its open tasks, deadline order: what a single-project answer shows. */
export interface ProjectWithOpenTasks {
  project: ProjectEntity;
  openTasks: TaskEntity[];
  /** Only when asked (`participantSub`): whether that person acts on the project, READ_SCOPE's `acting` fact. */
  participant?: boolean;
}

export interface RegisteredProjectRow {
  projectId: string;
  workflowId: string;
  registration: ProjectRegistration;
  caseOwner: { sub: string; name: string; email: string };
  registeredAt: string;
}

/**
 * The read model: rows that mirror what the workflows publish. Writes are idempotent and ordered by the
 * snapshot's version, so an activity retried after a timeout, or arriving late, never moves a project backwards.
 */
/**
 * Projects per department, current gate (`gate`, `none` outside the gates) and status from the pipeline counters
 * (migration PipelineCounters1765200000000): the folded counts and the deltas not yet folded, as one relation to sum
 * over. Exact in any snapshot: the row triggers write the deltas in the transaction that changes the rows.
 */
export const PROJECT_COUNTERS = `(SELECT department, gate, status, projects FROM pipeline_project_count
   UNION ALL
   SELECT department, gate, status, projects FROM pipeline_project_count_delta)`;

export class ProjectReadModelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The row written at intake, before the workflow's first snapshot; never overwrites a newer one. */
  async insertRegistered(row: RegisteredProjectRow): Promise<void> {
    await this.recordParticipants(this.dataSource.manager, row.projectId, [row.caseOwner.sub]);
    await this.dataSource.query(
      `INSERT INTO project (id, workflow_id, run_id, title, summary, department, technologies, planned_start,
         case_owner_sub, case_owner_name, case_owner_email, status, current_gate, gates, next_deadline,
         state_version, registered_at, updated_at)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, $7, $8, $9, $10, 'active', NULL, '[]'::jsonb, NULL, 0, $11, $11)
       ON CONFLICT (id) DO NOTHING`,
      [
        row.projectId,
        row.workflowId,
        row.registration.title,
        row.registration.summary,
        row.registration.department,
        row.registration.technologies,
        row.registration.plannedStart,
        row.caseOwner.sub,
        row.caseOwner.name,
        row.caseOwner.email,
        row.registeredAt,
      ],
    );
  }

  /** Applies a workflow snapshot; returns false when the stored row is already as new or newer. */
  async applySnapshot(s: ProjectSnapshot): Promise<boolean> {
    return this.dataSource.transaction((em) => this.applySnapshotIn(em, s));
  }

  /** `applySnapshot` inside the caller's transaction, so a transition can publish more in the same commit. */
  async applySnapshotIn(em: EntityManager, s: ProjectSnapshot): Promise<boolean> {
    const flags = scopeFlagsOf(s);
    const result: unknown[] = await em.query(
      `INSERT INTO project (id, workflow_id, run_id, title, summary, department, technologies, planned_start,
         case_owner_sub, case_owner_name, case_owner_email, status, current_gate, gates, next_deadline,
         state_version, registered_at, updated_at, policy_id, policy_version, risk_level, details,
         dpia_scope, commission_scope)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $18,
         $19, $20, $21, $22::jsonb, $23, $24)
       ON CONFLICT (id) DO UPDATE SET
         run_id = EXCLUDED.run_id, title = EXCLUDED.title, summary = EXCLUDED.summary,
         department = EXCLUDED.department, technologies = EXCLUDED.technologies,
         planned_start = EXCLUDED.planned_start, status = EXCLUDED.status, current_gate = EXCLUDED.current_gate,
         gates = EXCLUDED.gates, next_deadline = EXCLUDED.next_deadline, state_version = EXCLUDED.state_version,
         updated_at = EXCLUDED.updated_at, policy_id = EXCLUDED.policy_id, policy_version = EXCLUDED.policy_version,
         risk_level = EXCLUDED.risk_level, details = EXCLUDED.details,
         dpia_scope = EXCLUDED.dpia_scope, commission_scope = EXCLUDED.commission_scope
       WHERE project.state_version < EXCLUDED.state_version
       RETURNING id`,
      [
        s.projectId,
        s.workflowId,
        s.runId,
        s.registration.title,
        s.registration.summary,
        s.registration.department,
        s.registration.technologies,
        s.registration.plannedStart,
        s.caseOwner.sub,
        s.caseOwner.name,
        s.caseOwner.email,
        s.status,
        s.currentGate,
        JSON.stringify(s.gates),
        s.nextDeadline,
        s.version,
        s.registeredAt,
        s.updatedAt,
        s.policy?.id ?? null,
        s.policy?.version ?? null,
        s.route?.outcome.riskLevel ?? null,
        JSON.stringify(detailsOf(s)),
        flags.dpia,
        flags.commission,
      ],
    );
    // Even for a stale snapshot: who acted on a project only grows.
    await this.recordParticipants(em, s.projectId, participantsOf(s));
    if (result.length === 0) return false;
    await this.syncTasks(em, s);
    return true;
  }

  /** Adds people who act on a project (READ_SCOPE `acting`); idempotent. */
  async recordParticipants(em: EntityManager, projectId: string, subs: Iterable<string>): Promise<void> {
    const distinct = [...new Set(subs)].filter((sub) => sub !== '');
    if (distinct.length === 0) return;
    await em.query(
      `INSERT INTO project_participant (sub, project_id)
       SELECT sub, $2::uuid FROM unnest($1::text[]) AS u(sub)
       ON CONFLICT DO NOTHING`,
      [distinct, projectId],
    );
  }

  private async syncTasks(em: EntityManager, s: ProjectSnapshot): Promise<void> {
    const open = openTaskGates(s);
    const taskId = (g: (typeof open)[number]): string => taskIdOf(s, g);
    const openIds = open.map(taskId);
    for (const g of open) {
      await em.query(
        `INSERT INTO task (id, project_id, gate, cycle, step, assignee_role, assignee_sub, status, opened_at, due_at,
           closed_at, escalation_level, department, project_on_hold)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9, NULL, $10, $11, $12)
         ON CONFLICT (id) DO UPDATE SET assignee_role = EXCLUDED.assignee_role,
           assignee_sub = EXCLUDED.assignee_sub, due_at = EXCLUDED.due_at, status = 'open', closed_at = NULL,
           escalation_level = EXCLUDED.escalation_level, department = EXCLUDED.department,
           project_on_hold = EXCLUDED.project_on_hold`,
        [
          taskId(g),
          s.projectId,
          g.gate,
          g.cycle,
          g.step ?? null,
          g.assigneeRole,
          g.assigneeSub,
          g.openedAt ?? s.updatedAt,
          g.dueAt,
          g.escalationLevel ?? 0,
          // Copies of the project's columns for the pipeline's open-task counts (no join with every project).
          s.registration.department,
          s.status === 'on-hold',
        ],
      );
    }
    await em.query(
      `UPDATE task SET status = 'closed', closed_at = $3
       WHERE project_id = $1 AND status = 'open' AND NOT (id = ANY($2::text[]))`,
      [s.projectId, openIds, s.updatedAt],
    );
  }

  /**
   * A project and its open tasks (deadline order) in one round trip, as the entities findById and openTasks give:
   * what every single-project answer needs (the detail page, a registration's answer).
   */
  async findWithOpenTasks(id: string, options: { participantSub?: string } = {}): Promise<ProjectWithOpenTasks | null> {
    return (await this.findManyWithOpenTasks([id], options)).get(id) ?? null;
  }

  /**
   * `findWithOpenTasks` for several projects in one round trip, keyed by id (projects without a row are absent).
   * `readyOnly`: only projects that have an open task or are no longer active, what a registration waits for: the
   * first-task waiter reads each project once, when it is ready, and the answer needs no further read.
   */
  async findManyWithOpenTasks(
    projectIds: string[],
    options: { readyOnly?: boolean; participantSub?: string } = {},
  ): Promise<Map<string, ProjectWithOpenTasks>> {
    const found = new Map<string, ProjectWithOpenTasks>();
    if (projectIds.length === 0) return found;
    const rows: Array<Record<string, unknown> & { open_tasks: Array<Record<string, unknown>> }> =
      await this.dataSource.query(
        `SELECT p.id, p.workflow_id, p.run_id, p.title, p.summary, p.department, p.technologies,
                p.planned_start::text AS planned_start, p.case_owner_sub, p.case_owner_name, p.case_owner_email,
                p.status, p.current_gate, p.gates, p.next_deadline, p.policy_id, p.policy_version, p.risk_level,
                p.details, p.state_version, p.registered_at, p.updated_at, p.dpia_scope, p.commission_scope,
                ($3::text IS NOT NULL AND (EXISTS (SELECT 1 FROM project_participant pp
                                                    WHERE pp.sub = $3 AND pp.project_id = p.id)
                                           OR p.id IN (${standInProjectsSql('$3::text')}))) AS participant,
                coalesce((SELECT json_agg(json_build_object(
                           'id', t.id, 'gate', t.gate, 'cycle', t.cycle, 'step', t.step,
                           'escalationLevel', t.escalation_level, 'assigneeRole', t.assignee_role,
                           'assigneeSub', t.assignee_sub, 'status', t.status, 'department', t.department,
                           'projectOnHold', t.project_on_hold,
                           'openedAt', extract(epoch FROM t.opened_at) * 1000,
                           'dueAt', extract(epoch FROM t.due_at) * 1000,
                           'closedAt', extract(epoch FROM t.closed_at) * 1000)
                           ORDER BY t.due_at ASC NULLS LAST, t.id)
                            FROM task t WHERE t.project_id = p.id AND t.status = 'open'), '[]'::json) AS open_tasks
           FROM project p
          WHERE p.id = ANY($1::uuid[])
            AND (NOT $2 OR p.status <> 'active'
                 OR EXISTS (SELECT 1 FROM task t WHERE t.project_id = p.id AND t.status = 'open'))`,
        [projectIds, options.readyOnly === true, options.participantSub ?? null],
      );
    const instant = (ms: unknown): Date | null => (ms === null || ms === undefined ? null : new Date(Number(ms)));
    for (const r of rows) {
      const project = Object.assign(new ProjectEntity(), {
        id: r.id,
        workflowId: r.workflow_id,
        runId: r.run_id,
        title: r.title,
        summary: r.summary,
        department: r.department,
        technologies: r.technologies,
        plannedStart: r.planned_start,
        caseOwnerSub: r.case_owner_sub,
        caseOwnerName: r.case_owner_name,
        caseOwnerEmail: r.case_owner_email,
        status: r.status,
        currentGate: r.current_gate,
        gates: r.gates,
        nextDeadline: r.next_deadline,
        policyId: r.policy_id,
        policyVersion: r.policy_version,
        riskLevel: r.risk_level,
        details: r.details,
        stateVersion: r.state_version,
        registeredAt: r.registered_at,
        updatedAt: r.updated_at,
        dpiaScope: r.dpia_scope,
        commissionScope: r.commission_scope,
      } as Partial<ProjectEntity>);
      const openTasks = r.open_tasks.map((t) =>
        Object.assign(new TaskEntity(), {
          ...t,
          projectId: project.id,
          openedAt: instant(t.openedAt),
          dueAt: instant(t.dueAt),
          closedAt: instant(t.closedAt),
        } as Partial<TaskEntity>),
      );
      found.set(project.id, {
        project,
        openTasks,
        ...(options.participantSub !== undefined ? { participant: r.participant === true } : {}),
      });
    }
    return found;
  }

  async findById(id: string): Promise<ProjectEntity | null> {
    return this.dataSource.getRepository(ProjectEntity).findOneBy({ id });
  }

  /**
   * The inbox: open tasks for any of these roles, addressed to this person or to the role as a whole, most urgent
   * first (the earliest deadline; escalated ones before others with the same deadline).
   */
  async inbox(reader: Reader, limit: number): Promise<Array<{ task: TaskEntity; project: ProjectEntity }>> {
    const { roles, sub } = reader;
    if (roles.length === 0) return [];
    // Only tasks of projects the reader may see (READ_SCOPE): a task addressed to a role as a whole is no reason to
    // read a project outside the person's scope (a department head's escalation of another department).
    const scopeParams: Record<string, unknown> = {};
    const scope = readScopeSql(reader, 'p', (value) => {
      const name = `rs${Object.keys(scopeParams).length}`;
      scopeParams[name] = value;
      return `:${name}`;
    });
    const tasks = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.project', 'p')
      .where(`t.status = 'open'`)
      .andWhere('t.assignee_role = ANY(:roles)', { roles })
      .andWhere(`(t.assignee_sub IS NULL OR ${ownTasksSql('t', ':sub')})`, { sub })
      .andWhere(scope ?? 'TRUE', scopeParams)
      .orderBy('t.dueAt', 'ASC', 'NULLS LAST')
      .addOrderBy('t.escalationLevel', 'DESC')
      .addOrderBy('t.id', 'ASC')
      .take(limit)
      .getMany();
    return tasks.map((task) => ({ task, project: task.project as ProjectEntity }));
  }

  /**
   * A page of projects, newest first, and how many match. The page's ids come from an index-only scan of
   * project_list_idx (order and filter columns), and only those rows are read: a page deep in the list costs an index
   * walk, not a read of every wide row before it.
   */
  async list(filter: ProjectListFilter): Promise<{
    items: ProjectEntity[];
    total: number;
    openTasks: Map<string, TaskEntity[]>;
    participant: Set<string>;
  }> {
    const where: string[] = [];
    // The same filter on the pipeline counters, whose columns are named for the report (`gate` is the current one).
    const counterWhere: string[] = [];
    const params: unknown[] = [];
    const add = (column: string, counterColumn: string, value: unknown): void => {
      params.push(value);
      where.push(`${column} = $${params.length}`);
      counterWhere.push(`${counterColumn} = $${params.length}`);
    };
    if (filter.status) add('status', 'status', filter.status);
    if (filter.currentGate) add('current_gate', 'gate', filter.currentGate);
    if (filter.department) add('department', 'department', filter.department);
    // READ_SCOPE in SQL, before paging: a page and its total hold only what the reader may see.
    const scope = filter.reader ? readScopeSql(filter.reader, 'project', positional(params)) : null;
    if (scope !== null) where.push(scope);
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const counterWhereSql = counterWhere.length > 0 ? `WHERE ${counterWhere.join(' AND ')}` : '';
    const [page, counted] = await Promise.all([
      this.dataSource.query<Array<{ id: string }>>(
        `SELECT id FROM project ${whereSql} ORDER BY registered_at DESC, id ASC
          LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, filter.limit, filter.offset],
      ),
      // The total from the pipeline counters: exact, and a few hundred counter rows instead of an index scan over
      // every project (count(*) took 11-17 ms at 100,000 projects, most of a list request). A reader with a limited
      // scope counts the rows of that scope (its own index).
      scope === null
        ? this.dataSource.query<Array<{ n: number }>>(
            `SELECT coalesce(sum(projects), 0)::int AS n FROM ${PROJECT_COUNTERS} c ${counterWhereSql}`,
            params,
          )
        : this.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM project ${whereSql}`, params),
    ]);
    const ids = page.map((r) => r.id);
    // The page's rows with their open tasks in one round trip, hydrated by hand (TypeORM's entity hydration was
    // most of the API's time for a page of 200).
    const found = await this.findManyWithOpenTasks(ids, filter.reader ? { participantSub: filter.reader.sub } : {});
    const items: ProjectEntity[] = [];
    const openTasks = new Map<string, TaskEntity[]>();
    const participant = new Set<string>();
    for (const id of ids) {
      // A project that vanished between the two reads cannot happen (projects are never deleted); skip it if it did.
      const one = found.get(id);
      if (!one) continue;
      items.push(one.project);
      if (one.openTasks.length > 0) openTasks.set(id, one.openTasks);
      if (one.participant === true) participant.add(id);
    }
    return { items, total: counted[0]?.n ?? 0, openTasks, participant };
  }
}
