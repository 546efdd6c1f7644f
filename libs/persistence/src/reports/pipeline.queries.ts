import { GATE_IDS, type GateId } from '@waardenpoort/domain';
import { PROJECT_COUNTERS } from '../repositories/project-read-model.repository';
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
const FINAL_OUTCOMES: readonly string[] = ['approved', 'approved-with-conditions', 'rejected'];

/**
 * Projects per department, current gate and status, from the counters (migration PipelineCounters1765200000000):
 * the folded counts plus the deltas not yet folded, read in one statement, so the sum is exact.
 */
export async function countProjects(ds: Queryable, department: string | null): Promise<ProjectCountRow[]> {
  return reportQuery<ProjectCountRow>(
    ds,
    `SELECT department, gate, status, sum(projects)::int AS projects
       FROM ${PROJECT_COUNTERS} c
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
 * (UTC): every task of an earlier month is overdue. Of this month's, those whose deadline has passed come from
 * task_open_due_idx, from the shorter side of `now`: in the first half of the month the ones due before it; later,
 * the month's counter minus the ones still due after it (at the end of a month that is a day of deadlines, not 28).
 */
export async function countOpenTasks(
  ds: Queryable,
  department: string | null,
  now: Date = new Date(),
): Promise<OpenTaskRow[]> {
  const fromEnd = now.getUTCDate() > 15;
  const thisMonthPart = fromEnd
    ? `due_at >= $2 AND due_at < (((SELECT m FROM this_month) + interval '1 month') AT TIME ZONE 'UTC')`
    : `due_at < $2 AND due_at >= ((SELECT m FROM this_month) AT TIME ZONE 'UTC')`;
  return reportQuery<OpenTaskRow>(
    ds,
    `WITH this_month AS (SELECT pipeline_due_month($2::timestamptz) AS m),
          counted AS (
            SELECT department, gate, on_hold, escalated, due_month, tasks FROM pipeline_task_count
            UNION ALL
            SELECT department, gate, on_hold, escalated, due_month, tasks FROM pipeline_task_count_delta),
          this_month_part AS (
            SELECT department, gate, count(*) AS tasks FROM task
             WHERE status = 'open' AND NOT project_on_hold AND ${thisMonthPart}
               AND ($1::text IS NULL OR department = $1)
             GROUP BY department, gate)
     SELECT department, gate, sum(open)::int AS open, sum(overdue)::int AS overdue, sum(escalated)::int AS escalated
       FROM (SELECT department, gate, tasks AS open,
                    CASE WHEN NOT on_hold AND due_month ${fromEnd ? '<=' : '<'} (SELECT m FROM this_month)
                         THEN tasks ELSE 0 END AS overdue,
                    CASE WHEN escalated THEN tasks ELSE 0 END AS escalated
               FROM counted
              WHERE ($1::text IS NULL OR department = $1)
             UNION ALL
             SELECT department, gate, 0, ${fromEnd ? '-tasks' : 'tasks'}, 0 FROM this_month_part) t
      GROUP BY department, gate
     HAVING sum(open) <> 0`,
    [department, now.toISOString()],
  );
}

/** Where the lead times of one series are: a gate's completions, or the final decisions. */
interface LeadTimeSource {
  table: 'project_gate_completion' | 'project_decision';
  key: 'gate' | 'outcome';
  at: 'completed_at' | 'decided_at';
}
const GATE_COMPLETIONS: LeadTimeSource = { table: 'project_gate_completion', key: 'gate', at: 'completed_at' };
const DECISIONS: LeadTimeSource = { table: 'project_decision', key: 'outcome', at: 'decided_at' };
const PERCENTILES = [0.5, 0.9] as const;

/** What a window's class counts are made of: whole months from the counters, and ranges of rows, added or taken. */
export interface LeadTimePlan {
  /** First days (UTC) of the months whose counters are added */
  months: string[];
  /** Rows completed in [lo, hi) are added (sign 1) or taken away (sign -1) */
  ranges: Array<{ lo: Date; hi: Date; sign: 1 | -1 }>;
}

const utcMonth = (ms: number, add = 0): number => {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1);
};

/**
 * How to count a window [from, to) per class with the fewest rows read: each month wholly inside comes from the
 * counters; of a month the window cuts, either the part inside is read from the rows, or the month's counters are
 * taken and the parts outside subtracted, whichever spans less time (for the default window, ending now, the
 * current month is its counters minus nothing).
 */
export function leadTimePlan(window: Window): LeadTimePlan {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const plan: LeadTimePlan = { months: [], ranges: [] };
  for (let start = utcMonth(from); start < to; start = utcMonth(start, 1)) {
    const end = utcMonth(start, 1);
    const lo = Math.max(start, from);
    const hi = Math.min(end, to);
    const inside = hi - lo;
    const outside = lo - start + (end - hi);
    if (outside < inside) {
      plan.months.push(new Date(start).toISOString().slice(0, 10));
      if (lo > start) plan.ranges.push({ lo: new Date(start), hi: new Date(lo), sign: -1 });
      if (end > hi) plan.ranges.push({ lo: new Date(hi), hi: new Date(end), sign: -1 });
    } else {
      plan.ranges.push({ lo: new Date(lo), hi: new Date(hi), sign: 1 });
    }
  }
  return plan;
}

/**
 * The statement behind one series' lead times, exactly `count(seconds)` and `percentile_cont(0.5 / 0.9)` over the
 * rows whose completion lies in [from, to), without sorting them (migration PipelineCounters1765200000000):
 *  1. lead times per class, as leadTimePlan says (counters of whole months, rows of the cut months);
 *  2. for each rank percentile_cont needs (floor and ceil of p × (n − 1)), the class it lies in and its offset there;
 *  3. the values of those one or two classes in the window, in order, and the ones at those offsets.
 * One statement, so the counts and the values come from one snapshot. $1 from, $2 to, $3 department or null (the
 * counters keep every series also under department '', all of them), $4 keys (gates or outcomes), $5 the counters'
 * series for them, $6 the percentiles, $7 the counted months, $8..$10 the ranges (lo, hi, sign).
 */
function leadTimeSql({ table, key, at }: LeadTimeSource): string {
  const ofDepartment = `($3::text IS NULL OR r.department = $3)`;
  return `
    WITH classes AS (
           SELECT bucket, sum(n)::bigint AS n
             FROM (SELECT c.bucket, c.n FROM lead_time_count c
                    WHERE c.series = ANY($5::text[]) AND c.month = ANY($7::date[]) AND c.department = coalesce($3, '')
                   UNION ALL
                   SELECT c.bucket, c.n FROM lead_time_count_delta c
                    WHERE c.series = ANY($5::text[]) AND c.month = ANY($7::date[]) AND c.department = coalesce($3, '')
                   UNION ALL
                   SELECT r.bucket, e.sign
                     FROM unnest($8::timestamptz[], $9::timestamptz[], $10::int[]) e(lo, hi, sign)
                     JOIN ${table} r ON r.${key} = ANY($4::text[]) AND r.${at} >= e.lo AND r.${at} < e.hi
                    WHERE r.bucket IS NOT NULL AND ${ofDepartment}) x
            GROUP BY bucket
           HAVING sum(n) > 0),
         placed AS (
           SELECT bucket, n, (sum(n) OVER (ORDER BY bucket) - n)::bigint AS before, (sum(n) OVER ())::bigint AS total
             FROM classes),
         wanted AS (
           SELECT DISTINCT k
             FROM (SELECT DISTINCT total FROM placed) tt, unnest($6::float8[]) p,
                  LATERAL (VALUES (floor(p * (tt.total - 1))::bigint), (ceil(p * (tt.total - 1))::bigint)) r(k)),
         needed AS (
           SELECT DISTINCT pl.bucket, pl.before, pl.n FROM wanted wk JOIN placed pl ON wk.k >= pl.before AND wk.k < pl.before + pl.n),
         fetched AS (
           SELECT nd.bucket, nd.before, nd.n,
                  (SELECT array_agg(r.seconds ORDER BY r.seconds) FROM ${table} r
                    WHERE r.${key} = ANY($4::text[]) AND r.bucket = nd.bucket AND r.${at} >= $1 AND r.${at} < $2
                      AND r.seconds IS NOT NULL AND ${ofDepartment}) AS vals
             FROM needed nd)
    SELECT (SELECT coalesce(max(total), 0) FROM placed)::int AS completed,
           coalesce((SELECT json_agg(json_build_array(wk.k, f.vals[wk.k - f.before + 1]))
                       FROM wanted wk JOIN fetched f ON wk.k >= f.before AND wk.k < f.before + f.n), '[]'::json) AS picked`;
}
const GATE_LEAD_TIME_SQL = leadTimeSql(GATE_COMPLETIONS);
const DECISION_LEAD_TIME_SQL = leadTimeSql(DECISIONS);

/**
 * percentile_cont's interpolation (PostgreSQL's float8 lerp, same operations in the same order, so the same
 * double): the values at ranks floor and ceil of p × (n − 1), weighted by the fraction.
 */
export function interpolatePercentile(p: number, n: number, valueAt: (rank: number) => number): number {
  const position = p * (n - 1);
  const first = Math.floor(position);
  const second = Math.ceil(position);
  const lo = valueAt(first);
  if (first === second) return lo;
  return lo + (position - first) * (valueAt(second) - lo);
}

async function leadTimes(
  ds: Queryable,
  sql: string,
  keys: readonly string[],
  series: readonly string[],
  window: Window,
  department: string | null,
): Promise<Omit<LeadTimeRow, 'gate'>> {
  const plan = leadTimePlan(window);
  const [row] = await reportQuery<{ completed: number; picked: Array<[number, number]> }>(ds, sql, [
    window.from,
    window.to,
    department,
    keys,
    series,
    PERCENTILES,
    plan.months,
    plan.ranges.map((r) => r.lo),
    plan.ranges.map((r) => r.hi),
    plan.ranges.map((r) => r.sign),
  ]);
  const n = row?.completed ?? 0;
  if (!row || n === 0) return { completed: 0, median: null, p90: null };
  const values = new Map(row.picked.map(([k, v]) => [Number(k), v]));
  const valueAt = (rank: number): number => {
    const v = values.get(rank);
    if (v === undefined || v === null) throw new Error(`lead time of rank ${rank} of ${n} not read`);
    return v;
  };
  return {
    completed: n,
    median: interpolatePercentile(0.5, n, valueAt),
    p90: interpolatePercentile(0.9, n, valueAt),
  };
}

/**
 * Median and 90th percentile of the time from a gate's opening to its completion, for gates completed in
 * [from, to). project_gate_completion holds, per project, the completed gates of its gate view with their opening
 * (the first task of the gate's cycle, because the gate view's openedAt moves with every step) — kept by a trigger
 * with every write of the project. Only the latest cycle of each gate is in the gate view: a gate reopened by
 * rework or re-evaluation counts with its latest pass. One statement per gate, side by side on the pool.
 */
export async function gateLeadTimes(ds: Queryable, window: Window, department: string | null): Promise<LeadTimeRow[]> {
  const rows = await Promise.all(
    GATE_IDS.map(async (gate) => ({
      gate,
      ...(await leadTimes(ds, GATE_LEAD_TIME_SQL, [gate], [gate], window, department)),
    })),
  );
  return rows.filter((r) => r.completed > 0);
}

/** Registered to decided (the decision on record, when final), for decisions taken in [from, to). */
export async function endToEndLeadTime(
  ds: Queryable,
  window: Window,
  department: string | null,
): Promise<Omit<LeadTimeRow, 'gate'>> {
  return leadTimes(
    ds,
    DECISION_LEAD_TIME_SQL,
    FINAL_OUTCOMES,
    FINAL_OUTCOMES.map((o) => `decision:${o}`),
    window,
    department,
  );
}

/** Open escalated tasks, highest level and oldest deadline first (task_open_escalation_idx is in that order). */
export async function openEscalations(
  ds: Queryable,
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

export interface AttentionRow {
  projectId: string;
  title: string;
  department: string;
  activity: string;
  since: string;
  reason: string;
  sqlstate: string | null;
  failures: number;
}

/**
 * Projects whose workflow marked a step as needing attention (an activity that failed for good: PostgreSQL refused
 * the data, or its retries reached their bound), longest waiting first; `project_needs_attention_idx` finds them.
 */
export async function projectsNeedingAttention(
  ds: Queryable,
  department: string | null,
  limit: number,
): Promise<AttentionRow[]> {
  const rows = await reportQuery<{
    project_id: string;
    title: string;
    department: string;
    attention: { activity?: string; since?: string; reason?: string; sqlstate?: string | null; failures?: number };
  }>(
    ds,
    `SELECT id AS project_id, title, department, details -> 'attention' AS attention
       FROM project
      WHERE jsonb_typeof(details -> 'attention') = 'object' AND ($1::text IS NULL OR department = $1)
      ORDER BY details -> 'attention' ->> 'since', id
      LIMIT $2`,
    [department, limit],
  );
  return rows.map((r) => ({
    projectId: r.project_id,
    title: r.title,
    department: r.department,
    activity: r.attention.activity ?? 'unknown',
    since: r.attention.since ?? '',
    reason: r.attention.reason ?? '',
    sqlstate: r.attention.sqlstate ?? null,
    failures: r.attention.failures ?? 0,
  }));
}

/** How many projects need attention, per failed activity. */
export async function countNeedingAttention(ds: Queryable): Promise<Array<{ activity: string; n: number }>> {
  return reportQuery<{ activity: string; n: number }>(
    ds,
    `SELECT coalesce(details -> 'attention' ->> 'activity', 'unknown') AS activity, count(*)::int AS n
       FROM project
      WHERE jsonb_typeof(details -> 'attention') = 'object'
      GROUP BY 1`,
  );
}
