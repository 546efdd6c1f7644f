import type { DataSource, EntityManager } from 'typeorm';
import type { GateId, ProjectRegistration, ProjectSnapshot, ProjectStatus } from '@waardenpoort/domain';
import { ProjectEntity } from '../entities/project.entity';
import { TaskEntity } from '../entities/task.entity';

export interface ProjectListFilter {
  status?: ProjectStatus;
  currentGate?: GateId;
  department?: string;
  limit: number;
  offset: number;
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
export class ProjectReadModelRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The row written at intake, before the workflow's first snapshot; never overwrites a newer one. */
  async insertRegistered(row: RegisteredProjectRow): Promise<void> {
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
    return this.dataSource.transaction(async (em) => {
      const result: unknown[] = await em.query(
        `INSERT INTO project (id, workflow_id, run_id, title, summary, department, technologies, planned_start,
           case_owner_sub, case_owner_name, case_owner_email, status, current_gate, gates, next_deadline,
           state_version, registered_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $18)
         ON CONFLICT (id) DO UPDATE SET
           run_id = EXCLUDED.run_id, title = EXCLUDED.title, summary = EXCLUDED.summary,
           department = EXCLUDED.department, technologies = EXCLUDED.technologies,
           planned_start = EXCLUDED.planned_start, status = EXCLUDED.status, current_gate = EXCLUDED.current_gate,
           gates = EXCLUDED.gates, next_deadline = EXCLUDED.next_deadline, state_version = EXCLUDED.state_version,
           updated_at = EXCLUDED.updated_at
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
        ],
      );
      if (result.length === 0) return false;
      await this.syncTasks(em, s);
      return true;
    });
  }

  private async syncTasks(em: EntityManager, s: ProjectSnapshot): Promise<void> {
    const open = s.gates.filter((g) => (g.state === 'active' || g.state === 'waiting') && g.assigneeRole !== null);
    const openIds = open.map((g) => `${s.projectId}:${g.gate}:${g.cycle}`);
    for (const g of open) {
      await em.query(
        `INSERT INTO task (id, project_id, gate, cycle, assignee_role, assignee_sub, status, opened_at, due_at, closed_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, NULL)
         ON CONFLICT (id) DO UPDATE SET assignee_role = EXCLUDED.assignee_role,
           assignee_sub = EXCLUDED.assignee_sub, due_at = EXCLUDED.due_at, status = 'open', closed_at = NULL`,
        [
          `${s.projectId}:${g.gate}:${g.cycle}`,
          s.projectId,
          g.gate,
          g.cycle,
          g.assigneeRole,
          g.assigneeSub,
          g.openedAt ?? s.updatedAt,
          g.dueAt,
        ],
      );
    }
    await em.query(
      `UPDATE task SET status = 'closed', closed_at = $3
       WHERE project_id = $1 AND status = 'open' AND NOT (id = ANY($2::text[]))`,
      [s.projectId, openIds, s.updatedAt],
    );
  }

  async findById(id: string): Promise<ProjectEntity | null> {
    return this.dataSource.getRepository(ProjectEntity).findOneBy({ id });
  }

  async openTasks(projectId: string): Promise<TaskEntity[]> {
    return this.dataSource
      .getRepository(TaskEntity)
      .find({ where: { projectId, status: 'open' }, order: { dueAt: 'ASC' } });
  }

  /** Open tasks of several projects in one query, keyed by project id. */
  async openTasksFor(projectIds: string[]): Promise<Map<string, TaskEntity[]>> {
    const byProject = new Map<string, TaskEntity[]>();
    if (projectIds.length === 0) return byProject;
    const tasks = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.project_id = ANY(:ids)', { ids: projectIds })
      .andWhere(`t.status = 'open'`)
      .orderBy('t.due_at', 'ASC', 'NULLS LAST')
      .getMany();
    for (const t of tasks) byProject.set(t.projectId, [...(byProject.get(t.projectId) ?? []), t]);
    return byProject;
  }

  async list(filter: ProjectListFilter): Promise<{ items: ProjectEntity[]; total: number }> {
    const qb = this.dataSource.getRepository(ProjectEntity).createQueryBuilder('p');
    if (filter.status) qb.andWhere('p.status = :status', { status: filter.status });
    if (filter.currentGate) qb.andWhere('p.current_gate = :gate', { gate: filter.currentGate });
    if (filter.department) qb.andWhere('p.department = :department', { department: filter.department });
    const [items, total] = await qb
      .orderBy('p.registered_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .take(filter.limit)
      .skip(filter.offset)
      .getManyAndCount();
    return { items, total };
  }
}
