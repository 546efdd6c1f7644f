import type { AuditAction } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { sqlAuditActions } from '../sql-names';
import { countNeedingAttention, countOpenTasks, countProjects } from './pipeline.queries';
import { reportQuery } from './report-query';

/** Upper bounds of the lead-time histogram, in seconds: a minute to a year (tests run in seconds, gates in weeks). */
export const LEAD_TIME_BUCKETS = [
  60,
  600,
  3_600,
  6 * 3_600,
  86_400,
  2 * 86_400,
  7 * 86_400,
  14 * 86_400,
  28 * 86_400,
  56 * 86_400,
  91 * 86_400,
  182 * 86_400,
  365 * 86_400,
];

/** What the cheap gauges show: read on every scrape. */
export interface LiveFigures {
  projects: Array<{ gate: string; status: string; n: number }>;
  tasks: Array<{ gate: string; open: number; overdue: number; escalated: number }>;
  /** Projects with a step that needs attention, per failed activity */
  attention: Array<{ activity: string; n: number }>;
  /** Per gate, seconds since the deadline of the escalated open task that has waited longest (on hold excluded) */
  oldestEscalations: Array<{ gate: string; seconds: number }>;
}

/** Totals that take a scan of a growing table (the audit trail, the delivery log): read at most once a minute. */
export interface TotalFigures {
  reminders: Array<{ gate: string; n: number }>;
  escalations: Array<{ gate: string; level: string; n: number }>;
  decisions: Array<{ outcome: string; n: number }>;
  webhookDeliveries: Array<{ status: string; n: number }>;
  /** Webhook deliveries still pending after at least one failed attempt */
  webhookRetrying: number;
  /** Mail per recipient (notification_delivery) by status */
  mailDeliveries: Array<{ status: string; n: number }>;
  /** Mail still pending after at least one failed attempt */
  mailRetrying: number;
  /** The audit trail against its newest checkpoint */
  audit: {
    /** The newest checkpoint's time, as given to totalFigures; null: none yet */
    checkpointAt: Date | null;
    /** When the oldest event recorded after that checkpoint was recorded; null: the checkpoint covers every event */
    uncoveredSince: Date | null;
  };
}

/** Per gate: counts per bucket (not cumulative; index LEAD_TIME_BUCKETS.length is +Inf), their sum and count. */
export type LeadTimeFigures = Array<{ gate: string; buckets: number[]; sum: number; count: number }>;

/** The pipeline report's counts (counters, migration PipelineCounters1765200000000) summed over departments. */
export async function liveFigures(ds: DataSource): Promise<LiveFigures> {
  const [projectRows, taskRows, attention, oldestEscalations] = await Promise.all([
    countProjects(ds, null),
    countOpenTasks(ds, null),
    countNeedingAttention(ds),
    // The partial index task_open_escalation_idx holds exactly these rows: a few hundred, not the task table.
    reportQuery<{ gate: string; seconds: number }>(
      ds,
      `SELECT gate, extract(epoch FROM now() - min(due_at))::double precision AS seconds
         FROM task
        WHERE status = 'open' AND escalation_level > 0 AND due_at IS NOT NULL AND NOT project_on_hold
        GROUP BY gate`,
    ),
  ]);
  const projects = new Map<string, LiveFigures['projects'][number]>();
  for (const r of projectRows) {
    const key = `${r.gate}\u0000${r.status}`;
    const p = projects.get(key) ?? { gate: r.gate, status: r.status, n: 0 };
    p.n += r.projects;
    projects.set(key, p);
  }
  const tasks = new Map<string, LiveFigures['tasks'][number]>();
  for (const r of taskRows) {
    const t = tasks.get(r.gate) ?? { gate: r.gate, open: 0, overdue: 0, escalated: 0 };
    t.open += r.open;
    t.overdue += r.overdue;
    t.escalated += r.escalated;
    tasks.set(r.gate, t);
  }
  return {
    projects: [...projects.values()],
    tasks: [...tasks.values()],
    attention,
    oldestEscalations: oldestEscalations.map((r) => ({ gate: r.gate, seconds: Math.max(0, r.seconds) })),
  };
}

/** Deliveries by status, and how many of the pending ones have failed at least once (being retried). */
type DeliveryRow = { status: string; retrying: boolean; n: number };

function byStatus(rows: DeliveryRow[]): { statuses: Array<{ status: string; n: number }>; retrying: number } {
  const statuses = new Map<string, number>();
  let retrying = 0;
  for (const r of rows) {
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + r.n);
    if (r.retrying) retrying += r.n;
  }
  return { statuses: [...statuses].map(([status, n]) => ({ status, n })), retrying };
}

/** `checkpointAt`: the newest audit checkpoint's time (latestCheckpointTime), null when there is none. */
export async function totalFigures(ds: DataSource, checkpointAt: Date | null = null): Promise<TotalFigures> {
  const deliveries = (table: 'webhook_delivery' | 'notification_delivery') =>
    reportQuery<DeliveryRow>(
      ds,
      `SELECT status, (status = 'pending' AND attempts > 0) AS retrying, count(*)::int AS n FROM ${table} GROUP BY 1, 2`,
    );
  const [actions, webhooks, mail] = await Promise.all([
    // The audit trail is append-only, so these counts only grow: true Prometheus counters. One scan of the trail
    // for the counts and for the oldest event the newest checkpoint does not cover (the other actions' groups are
    // only there for that minimum).
    reportQuery<{ action: AuditAction; gate: string; label: string; n: number; uncovered_since: Date | null }>(
      ds,
      `SELECT action, coalesce(gate, 'none') AS gate,
            CASE action WHEN ${sqlAuditActions('escalated')} THEN coalesce(payload->>'level', 'unknown')
                        WHEN ${sqlAuditActions('decision-taken')} THEN coalesce(payload->>'outcome', 'unknown')
                        ELSE '' END AS label,
            count(*)::int AS n,
            min(recorded_at) FILTER (WHERE recorded_at > coalesce($1::timestamptz, '-infinity')) AS uncovered_since
       FROM audit_event
      GROUP BY 1, 2, 3`,
      [checkpointAt],
    ),
    deliveries('webhook_delivery'),
    deliveries('notification_delivery'),
  ]);
  let uncoveredSince: Date | null = null;
  for (const a of actions) {
    if (a.uncovered_since && (!uncoveredSince || a.uncovered_since < uncoveredSince))
      uncoveredSince = a.uncovered_since;
  }
  const webhookFigures = byStatus(webhooks);
  const mailFigures = byStatus(mail);
  const decisions = new Map<string, number>();
  for (const a of actions)
    if (a.action === 'decision-taken') decisions.set(a.label, (decisions.get(a.label) ?? 0) + a.n);
  return {
    reminders: actions.filter((a) => a.action === 'reminder-sent').map((a) => ({ gate: a.gate, n: a.n })),
    escalations: actions.filter((a) => a.action === 'escalated').map((a) => ({ gate: a.gate, level: a.label, n: a.n })),
    decisions: [...decisions].map(([outcome, n]) => ({ outcome, n })),
    webhookDeliveries: webhookFigures.statuses,
    webhookRetrying: webhookFigures.retrying,
    mailDeliveries: mailFigures.statuses,
    mailRetrying: mailFigures.retrying,
    audit: { checkpointAt, uncoveredSince },
  };
}

/** Lead times of the gates completed in the last `windowDays` days, bucketed in SQL. */
export async function leadTimeFigures(ds: DataSource, windowDays: number, now = new Date()): Promise<LeadTimeFigures> {
  const rows = await reportQuery<{ gate: string; bucket: number; n: number; sum: number }>(
    ds,
    `SELECT gate,
            -- width_bucket counts the bounds <= the value; Prometheus' le wants those < it (a value on a bound
            -- belongs to that bound's bucket), hence the correction for an exact hit.
            width_bucket(seconds, $2::double precision[]) - (seconds = ANY($2::double precision[]))::int AS bucket,
            count(*)::int AS n, sum(seconds)::double precision AS sum
       FROM project_gate_completion
      WHERE completed_at >= $1 AND seconds IS NOT NULL
      GROUP BY 1, 2`,
    [new Date(now.getTime() - windowDays * 86_400_000), LEAD_TIME_BUCKETS],
  );
  const byGate = new Map<string, LeadTimeFigures[number]>();
  for (const row of rows) {
    let g = byGate.get(row.gate);
    if (!g) {
      g = { gate: row.gate, buckets: new Array<number>(LEAD_TIME_BUCKETS.length + 1).fill(0), sum: 0, count: 0 };
      byGate.set(row.gate, g);
    }
    // `bucket` is the index of the first bound the value is less than or equal to; the length stands for +Inf.
    const index = Math.min(row.bucket, LEAD_TIME_BUCKETS.length);
    g.buckets[index] = (g.buckets[index] ?? 0) + row.n;
    g.sum += row.sum;
    g.count += row.n;
  }
  return [...byGate.values()];
}
