import { GATE_IDS, type GateId } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { type Queryable, reportQuery } from './report-query';

/** A gate, or `none` for projects that are not at any gate (in use, stopped, withdrawn, ...). */
export type GateOrNone = GateId | 'none';

export interface ProjectCountRow {
  department: string;
  gate: GateOrNone;
  status: string;
  projects: number;
}

export interface OpenTaskRow {
  department: string;
  gate: string;
  open: number;
  overdue: number;
  escalated: number;
}

export interface LeadTimeRow {
  gate: string;
  completed: number;
  median: number | null;
  p90: number | null;
}

export interface EscalationRow {
  projectId: string;
  title: string;
  department: string;
  gate: string;
  step: string | null;
  level: number;
  assigneeRole: string;
  dueAt: Date | null;
  openedAt: Date;
}

/** The decisions that end the first pass through the gates; `returned` sends the project back instead. */
const FINAL_OUTCOMES = ['approved', 'approved-with-conditions', 'rejected'];

/**
 * Projects per department, current gate and status, from the counters (migration PipelineCounters1765200000000):
 * the folded counts plus the deltas not yet folded, read in one statement, so the sum is exact.
 */
export async function countProjects(ds: Queryable, department: string | null): Promise<ProjectCountRow[]> {
  return reportQuery<ProjectCountRow>(
    ds,
    `SELECT department, gate, status, sum(projects)::int AS projects
       FROM (SELECT department, gate, status, projects FROM pipeline_project_count
             UNION ALL
             SELECT department, gate, status, projects FROM pipeline_project_count_delta) c
      WHERE ($1::text IS NULL OR department = $1)
      GROUP BY department, gate, status
     HAVING sum(projects) <> 0`,
    [department],
  );
}

/**
 * Open tasks per department and gate: how many, how many past their deadline, how many escalated. A project on
 * hold keeps its tasks open with their old deadlines (the workflow shifts them on resume), so its tasks are not
 * counted as overdue: the clock is stopped for them. The counters hold open tasks per month of their deadline
 * (UTC): every task of an earlier month is overdue; of this month's, those whose deadline has passed are counted
 * from task_open_due_idx.
 */
export async function countOpenTasks(ds: Queryable, department: string | null): Promise<OpenTaskRow[]> {
  return reportQuery<OpenTaskRow>(
    ds,
    `WITH this_month AS (SELECT pipeline_due_month(now()) AS m),
          counted AS (
            SELECT department, gate, on_hold, escalated, due_month, tasks FROM pipeline_task_count
            UNION ALL
            SELECT department, gate, on_hold, escalated, due_month, tasks FROM pipeline_task_count_delta),
          due_this_month AS (
            SELECT department, gate, count(*) AS tasks FROM task
             WHERE status = 'open' AND NOT project_on_hold AND due_at < now()
               AND due_at >= ((SELECT m FROM this_month) AT TIME ZONE 'UTC')
               AND ($1::text IS NULL OR department = $1)
             GROUP BY department, gate)
     SELECT department, gate, sum(open)::int AS open, sum(overdue)::int AS overdue, sum(escalated)::int AS escalated
       FROM (SELECT department, gate, tasks AS open,
                    CASE WHEN NOT on_hold AND due_month < (SELECT m FROM this_month) THEN tasks ELSE 0 END AS overdue,
                    CASE WHEN escalated THEN tasks ELSE 0 END AS escalated
               FROM counted
              WHERE ($1::text IS NULL OR department = $1)
             UNION ALL
             SELECT department, gate, 0, tasks, 0 FROM due_this_month) t
      GROUP BY department, gate
     HAVING sum(open) <> 0`,
    [department],
  );
}

/**
 * Median and 90th percentile of the time from a gate's opening to its completion, for gates completed in
 * [from, to). project_gate_completion holds, per project, the completed gates of its gate view with their opening
 * (the first task of the gate's cycle, because the gate view's openedAt moves with every step) — kept by a trigger
 * with every write of the project. Only the latest cycle of each gate is in the gate view: a gate reopened by
 * rework or re-evaluation counts with its latest pass.
 */
export async function gateLeadTimes(ds: DataSource, window: Window, department: string | null): Promise<LeadTimeRow[]> {
  // One query per gate, side by side on the pool: each is a range of project_gate_completion_window_idx (gate,
  // completed_at) whose lead times the percentiles sort; with a department, that department's index is narrower.
  const rows = await Promise.all(
    GATE_IDS.map((gate) =>
      reportQuery<LeadTimeRow>(
        ds,
        `SELECT $4::text AS gate, count(seconds)::int AS completed,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
           FROM project_gate_completion
          WHERE gate = $4 AND completed_at >= $1 AND completed_at < $2 AND ($3::text IS NULL OR department = $3)`,
        [window.from, window.to, department, gate],
      ),
    ),
  );
  return rows.flat().filter((r) => r.completed > 0);
}

/** Registered to decided (the decision on record, when final), for decisions taken in [from, to). */
export async function endToEndLeadTime(
  ds: DataSource,
  window: Window,
  department: string | null,
): Promise<Omit<LeadTimeRow, 'gate'>> {
  const rows = await reportQuery<Omit<LeadTimeRow, 'gate'>>(
    ds,
    `SELECT count(*)::int AS completed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
       FROM project_decision
      WHERE decided_at >= $1 AND decided_at < $2 AND outcome = ANY($4::text[])
        AND ($3::text IS NULL OR department = $3)`,
    [window.from, window.to, department, FINAL_OUTCOMES],
  );
  return rows[0] ?? { completed: 0, median: null, p90: null };
}

/** Open escalated tasks, highest level and oldest deadline first (task_open_escalation_idx is in that order). */
export async function openEscalations(
  ds: DataSource,
  department: string | null,
  limit: number,
): Promise<EscalationRow[]> {
  const rows = await reportQuery<{
    project_id: string;
    title: string;
    department: string;
    gate: string;
    step: string | null;
    level: number;
    assignee_role: string;
    due_at: Date | null;
    opened_at: Date;
  }>(
    ds,
    `SELECT p.id AS project_id, p.title, p.department, t.gate, t.step, t.escalation_level AS level, t.assignee_role,
            t.due_at, t.opened_at
       FROM (SELECT * FROM task
              WHERE status = 'open' AND escalation_level > 0 AND ($1::text IS NULL OR department = $1)
              ORDER BY escalation_level DESC, due_at ASC NULLS LAST, id
              LIMIT $2) t
       JOIN project p ON p.id = t.project_id
      ORDER BY t.escalation_level DESC, t.due_at ASC NULLS LAST, t.id`,
    [department, limit],
  );
  return rows.map((r) => ({
    projectId: r.project_id,
    title: r.title,
    department: r.department,
    gate: r.gate,
    step: r.step,
    level: r.level,
    assigneeRole: r.assignee_role,
    dueAt: r.due_at,
    openedAt: r.opened_at,
  }));
}

export interface Window {
  from: Date;
  to: Date;
}

export const ALL_GATES: readonly GateOrNone[] = [...GATE_IDS, 'none'];
