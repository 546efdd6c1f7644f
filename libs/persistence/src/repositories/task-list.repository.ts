import type { Reader } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { positional, readScopeSql } from './read-scope.sql';

/** An open task of a department's project, with the project's read-scope facts. */
export interface DepartmentTaskRow {
  id: string;
  gate: string;
  step: string | null;
  assigneeRole: string;
  assigneeSub: string | null;
  openedAt: Date;
  dueAt: Date | null;
  escalationLevel: number;
  projectOnHold: boolean;
  project: {
    id: string;
    title: string;
    department: string;
    caseOwnerSub: string;
    dpiaScope: boolean;
    commissionScope: boolean;
  };
  /** Whether the reader acts on the project (project_participant): READ_SCOPE's `acting` fact */
  readerParticipates: boolean;
}

interface Row {
  id: string;
  gate: string;
  step: string | null;
  assignee_role: string;
  assignee_sub: string | null;
  opened_at: Date;
  due_at: Date | null;
  escalation_level: number;
  project_on_hold: boolean;
  project_id: string;
  title: string;
  department: string;
  case_owner_sub: string;
  dpia_scope: boolean;
  commission_scope: boolean;
  participant: boolean;
}

/** Task lists beyond one person's inbox: a department's open work. */
export class TaskListRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every open task of the projects of `departments`, whoever it waits for, most urgent first (the inbox's order),
   * and only of projects the reader may read (READ_SCOPE, in SQL).
   */
  async departmentOpen(reader: Reader, departments: readonly string[], limit: number): Promise<DepartmentTaskRow[]> {
    const params: unknown[] = [];
    const bind = positional(params);
    const sub = bind(reader.sub);
    const dept = bind(departments);
    const scope = readScopeSql(reader, 'p', bind) ?? 'TRUE';
    const max = bind(limit);
    const rows = await this.dataSource.query<Row[]>(
      `SELECT t.id, t.gate, t.step, t.assignee_role, t.assignee_sub, t.opened_at, t.due_at, t.escalation_level,
              t.project_on_hold, p.id AS project_id, p.title, p.department, p.case_owner_sub, p.dpia_scope,
              p.commission_scope,
              EXISTS (SELECT 1 FROM project_participant pp WHERE pp.sub = ${sub} AND pp.project_id = p.id)
                AS participant
         FROM task t JOIN project p ON p.id = t.project_id
       WHERE t.status = 'open' AND p.department = ANY(${dept}::text[]) AND ${scope}
       ORDER BY t.due_at ASC NULLS LAST, t.escalation_level DESC, t.id ASC
       LIMIT ${max}`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      gate: r.gate,
      step: r.step,
      assigneeRole: r.assignee_role,
      assigneeSub: r.assignee_sub,
      openedAt: r.opened_at,
      dueAt: r.due_at,
      escalationLevel: Number(r.escalation_level),
      projectOnHold: r.project_on_hold,
      project: {
        id: r.project_id,
        title: r.title,
        department: r.department,
        caseOwnerSub: r.case_owner_sub,
        dpiaScope: r.dpia_scope,
        commissionScope: r.commission_scope,
      },
      readerParticipates: r.participant,
    }));
  }
}
