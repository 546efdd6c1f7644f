import type { ProjectEvent } from '@waardenpoort/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditRepository } from './audit.repository';

export type TaskAssignmentKind = 'claimed' | 'delegated';

/** Who holds an open task besides its assignee: a claimant of its role, or the colleague it was delegated to. */
export interface TaskAssignment {
  taskId: string;
  projectId: string;
  /** The task's assignee role when it was claimed or delegated; the row counts only while the task still has it */
  role: string;
  kind: TaskAssignmentKind;
  holderSub: string;
  holderName: string;
  bySub: string;
  byName: string;
  reason: string | null;
  since: string;
}

/** An open task as the assignment rules read it. */
export interface AssignableTask {
  id: string;
  projectId: string;
  gate: string;
  step: string | null;
  assigneeRole: string;
  assigneeSub: string | null;
}

interface AssignmentRow {
  task_id: string;
  project_id: string;
  role: string;
  kind: TaskAssignmentKind;
  holder_sub: string;
  holder_name: string;
  by_sub: string;
  by_name: string;
  reason: string | null;
  since: Date;
}

function toAssignment(r: AssignmentRow): TaskAssignment {
  return {
    taskId: r.task_id,
    projectId: r.project_id,
    role: r.role,
    kind: r.kind,
    holderSub: r.holder_sub,
    holderName: r.holder_name,
    bySub: r.by_sub,
    byName: r.by_name,
    reason: r.reason,
    since: r.since.toISOString(),
  };
}

/** Only rows whose task is open with the role they were made for: a claim ends when its task closes. */
const ACTIVE = `SELECT ta.task_id, ta.project_id, ta.role, ta.kind, ta.holder_sub, ta.holder_name, ta.by_sub,
                       ta.by_name, ta.reason, ta.since
                  FROM task_assignment ta
                  JOIN task t ON t.id = ta.task_id AND t.status = 'open' AND t.assignee_role = ta.role`;

/** What a change of a task's holder writes: the new holder (null: none), and its audit event. */
export type AssignmentChange = { set: Omit<TaskAssignment, 'since'> | null; event: ProjectEvent };

/**
 * Claims and delegations of open tasks. Every change runs under a per-task advisory lock and reads the holder again
 * under it, so two people claiming at once get one claim and one refusal; its audit event goes in the same
 * transaction, on the project's chain.
 */
export class TaskAssignmentRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  /** The open task with this id, or null (closed or unknown). */
  async openTask(taskId: string): Promise<AssignableTask | null> {
    return this.openTaskIn(this.dataSource.manager, taskId);
  }

  /** The open tasks of a project at a gate (at most one per gate), with their holder if any. */
  async openAtGate(
    projectId: string,
    gate: string,
  ): Promise<Array<{ task: AssignableTask; holder: TaskAssignment | null }>> {
    const rows = await this.dataSource.query<
      Array<{ id: string; project_id: string; gate: string; step: string | null; role: string; sub: string | null }>
    >(
      `SELECT id, project_id, gate, step, assignee_role AS role, assignee_sub AS sub FROM task
        WHERE project_id = $1 AND gate = $2 AND status = 'open' ORDER BY id`,
      [projectId, gate],
    );
    const holders = await this.active(rows.map((r) => r.id));
    return rows.map((r) => ({
      task: { id: r.id, projectId: r.project_id, gate: r.gate, step: r.step, assigneeRole: r.role, assigneeSub: r.sub },
      holder: holders.get(r.id) ?? null,
    }));
  }

  /** The current holders of these tasks, keyed by task id (tasks nobody holds are absent). */
  async active(taskIds: string[]): Promise<Map<string, TaskAssignment>> {
    const found = new Map<string, TaskAssignment>();
    if (taskIds.length === 0) return found;
    const rows = await this.dataSource.query<AssignmentRow[]>(`${ACTIVE} WHERE ta.task_id = ANY($1::text[])`, [
      taskIds,
    ]);
    for (const r of rows) found.set(r.task_id, toAssignment(r));
    return found;
  }

  /**
   * Changes the holder of an open task: `decide` gets the task and its current holder, read under the task's lock,
   * and answers the change, or a refusal (returned as is, nothing written). Null when the task is not open.
   */
  async change<R>(
    taskId: string,
    decide: (task: AssignableTask, holder: TaskAssignment | null) => AssignmentChange | { refused: R },
  ): Promise<{ changed: Omit<TaskAssignment, 'since'> | null } | { refused: R } | null> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('task-assignment:' || $1::text, 0))`, [taskId]);
      const task = await this.openTaskIn(em, taskId);
      if (!task) return null;
      const rows = await em.query<AssignmentRow[]>(`${ACTIVE} WHERE ta.task_id = $1`, [taskId]);
      const outcome = decide(task, rows[0] ? toAssignment(rows[0]) : null);
      if ('refused' in outcome) return { refused: outcome.refused };
      const s = outcome.set;
      if (s === null) {
        await em.query(`DELETE FROM task_assignment WHERE task_id = $1`, [taskId]);
      } else {
        await em.query(
          `INSERT INTO task_assignment (task_id, project_id, role, kind, holder_sub, holder_name, by_sub, by_name, reason)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (task_id) DO UPDATE SET project_id = EXCLUDED.project_id, role = EXCLUDED.role,
             kind = EXCLUDED.kind, holder_sub = EXCLUDED.holder_sub, holder_name = EXCLUDED.holder_name,
             by_sub = EXCLUDED.by_sub, by_name = EXCLUDED.by_name, reason = EXCLUDED.reason, since = now()`,
          [s.taskId, s.projectId, s.role, s.kind, s.holderSub, s.holderName, s.bySub, s.byName, s.reason],
        );
      }
      await this.audit.append(em, [outcome.event]);
      return { changed: s };
    });
  }

  private async openTaskIn(em: EntityManager, taskId: string): Promise<AssignableTask | null> {
    const rows = await em.query<
      Array<{ id: string; project_id: string; gate: string; step: string | null; role: string; sub: string | null }>
    >(
      `SELECT id, project_id, gate, step, assignee_role AS role, assignee_sub AS sub FROM task
        WHERE id = $1 AND status = 'open'`,
      [taskId],
    );
    const r = rows[0];
    return r
      ? { id: r.id, projectId: r.project_id, gate: r.gate, step: r.step, assigneeRole: r.role, assigneeSub: r.sub }
      : null;
  }
}
