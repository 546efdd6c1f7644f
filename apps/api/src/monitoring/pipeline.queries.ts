import { GATE_IDS, type GateId } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { reportQuery } from './report-query';

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

/** Gates with more than one step: their gate view's openedAt is the last step's, so the first task tells when. */
const MULTI_STEP_GATES: GateId[] = ['dpia', 'commission-reflection'];

/** Projects per department, current gate and status: one index-only pass over project_status_gate_idx. */
export async function countProjects(ds: DataSource, department: string | null): Promise<ProjectCountRow[]> {
  return reportQuery<ProjectCountRow>(
    ds,
    `SELECT department, coalesce(current_gate, 'none') AS gate, status, count(*)::int AS projects
       FROM project
      WHERE ($1::text IS NULL OR department = $1)
      GROUP BY 1, 2, 3`,
    [department],
  );
}

/**
 * Open tasks per department and gate: how many, how many past their deadline, how many escalated. A project on
 * hold keeps its tasks open with their old deadlines (the workflow shifts them on resume), so its tasks are not
 * counted as overdue: the clock is stopped for them.
 */
export async function countOpenTasks(ds: DataSource, department: string | null): Promise<OpenTaskRow[]> {
  return reportQuery<OpenTaskRow>(
    ds,
    `SELECT p.department, t.gate, count(*)::int AS open,
            count(*) FILTER (WHERE t.due_at < now() AND p.status <> 'on-hold')::int AS overdue,
            count(*) FILTER (WHERE t.escalation_level > 0)::int AS escalated
       FROM task t JOIN project p ON p.id = t.project_id
      WHERE t.status = 'open' AND ($1::text IS NULL OR p.department = $1)
      GROUP BY 1, 2`,
    [department],
  );
}

/**
 * Median and 90th percentile of the time from a gate's opening to its completion, for gates completed in
 * [from, to). Completion comes from the gate view (gates jsonb). The opening is the first task of the gate's
 * cycle, because the gate view's openedAt moves with every step; gates with a single step skip that lookup.
 * Only the latest cycle of each gate is in the gate view: a gate reopened by rework or re-evaluation counts
 * with its latest pass.
 */
export async function gateLeadTimes(ds: DataSource, window: Window, department: string | null): Promise<LeadTimeRow[]> {
  return reportQuery<LeadTimeRow>(
    ds,
    `${COMPLETED_GATES_CTE}
     SELECT gate, count(seconds)::int AS completed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
       FROM timed GROUP BY gate`,
    [window.from, window.to, department, MULTI_STEP_GATES],
  );
}

/** Registered to decided (the decision on record, when final), for decisions taken in [from, to). */
export async function endToEndLeadTime(
  ds: DataSource,
  window: Window,
  department: string | null,
): Promise<Omit<LeadTimeRow, 'gate'>> {
  const rows = await reportQuery<Omit<LeadTimeRow, 'gate'>>(
    ds,
    `WITH decided AS (
       SELECT extract(epoch FROM (details->'decision'->>'at')::timestamptz - registered_at)::double precision
                AS seconds
         FROM project
        WHERE details->'decision'->>'outcome' = ANY($4::text[])
          AND ($3::text IS NULL OR department = $3)
          AND updated_at >= $1
          AND (details->'decision'->>'at')::timestamptz >= $1 AND (details->'decision'->>'at')::timestamptz < $2)
     SELECT count(*)::int AS completed,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
            percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
       FROM decided`,
    [window.from, window.to, department, FINAL_OUTCOMES],
  );
  return rows[0] ?? { completed: 0, median: null, p90: null };
}

/** Open escalated tasks, highest level and oldest deadline first. */
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
       FROM task t JOIN project p ON p.id = t.project_id
      WHERE t.status = 'open' AND t.escalation_level > 0 AND ($1::text IS NULL OR p.department = $1)
      ORDER BY t.escalation_level DESC, t.due_at ASC NULLS LAST, t.id
      LIMIT $2`,
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

/**
 * Every completed gate (latest cycle) with its lead time in seconds, as `timed(gate, seconds)`. $1/$2: window
 * (null for all), $3: department (null for all), $4: the multi-step gates.
 */
export const COMPLETED_GATES_CTE = `
  WITH completed AS MATERIALIZED (
    SELECT p.id, g->>'gate' AS gate, (g->>'cycle')::int AS cycle,
           (g->>'openedAt')::timestamptz AS opened_at, (g->>'completedAt')::timestamptz AS completed_at
      FROM project p CROSS JOIN LATERAL jsonb_array_elements(p.gates) g
     WHERE g->>'state' = 'completed'
       AND ($3::text IS NULL OR p.department = $3)
       -- Every write stamps updated_at, so a gate completed since $1 means a row updated since $1: the cheap column
       -- test keeps the gates of projects that have not moved since out of the jsonb expansion.
       AND ($1::timestamptz IS NULL OR p.updated_at >= $1)
       AND ($1::timestamptz IS NULL OR (g->>'completedAt')::timestamptz >= $1)
       AND ($2::timestamptz IS NULL OR (g->>'completedAt')::timestamptz < $2)
  ), timed AS (
    SELECT c.gate,
           extract(epoch FROM c.completed_at - coalesce(
             -- A CASE, not a join condition: the lookup then only runs for the gates that need it.
             CASE WHEN c.gate = ANY($4::text[]) THEN (
               SELECT min(t.opened_at) FROM task t WHERE t.project_id = c.id AND t.gate = c.gate AND t.cycle = c.cycle)
             END,
             c.opened_at))::double precision AS seconds
      FROM completed c
     WHERE c.completed_at IS NOT NULL
  )`;

export const ALL_GATES: readonly GateOrNone[] = [...GATE_IDS, 'none'];
export { MULTI_STEP_GATES };
