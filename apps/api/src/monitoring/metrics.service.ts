import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { collectDefaultMetrics, Counter, Gauge, Registry, type Metric } from 'prom-client';
import {
  latestCheckpointTime,
  LEAD_TIME_BUCKETS,
  ReportRepository,
  type LeadTimeFigures,
  type TotalFigures,
} from '@waardenpoort/persistence';
import { APP_CONFIG } from '../config/config.module';

/**
 * How old the costly figures may be. Counting the trail scans it (0.6 to 1 s for 2.4 million events); a minute
 * old is fresh enough for rate() over 5 minutes. The lead-time histogram reads every project's gates (about 2 s for
 * 100,000 projects on a busy two-core machine) and a year's distribution hardly moves in five minutes.
 */
const TOTALS_MAX_AGE_MS = 60_000;
const LEAD_TIME_MAX_AGE_MS = 5 * 60_000;
/** The histogram covers the gates completed in this many days, like the pipeline report's default window. */
const LEAD_TIME_WINDOW_DAYS = 365;

/** A value loaded at most once per `maxAgeMs`; a failed load is not kept, so the next call tries again. */
class Cached<T> {
  private entry: { at: number; value: Promise<T> } | null = null;

  constructor(
    private readonly maxAgeMs: number,
    private readonly load: () => Promise<T>,
  ) {}

  get(): Promise<T> {
    if (!this.entry || Date.now() - this.entry.at > this.maxAgeMs) {
      const value = this.load();
      const entry = { at: Date.now(), value };
      this.entry = entry;
      value.catch(() => {
        if (this.entry === entry) this.entry = null;
      });
    }
    return this.entry.value;
  }
}

/**
 * A histogram whose buckets come from the database as a whole rather than from observations in this process.
 * prom-client's Histogram can only observe one value at a time, so this implements the small interface the
 * registry reads (`name`, `get()`), in prom-client's own histogram shape.
 */
class SnapshotHistogram {
  readonly type = 'histogram';
  private rows: LeadTimeFigures = [];

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  set(rows: LeadTimeFigures): void {
    this.rows = rows;
  }

  get(): Promise<{
    name: string;
    help: string;
    type: string;
    aggregator: 'sum';
    values: Array<{ value: number; labels: Record<string, string | number>; metricName: string }>;
  }> {
    const values = this.rows.flatMap((row) => {
      let cumulative = 0;
      const buckets = [...LEAD_TIME_BUCKETS, '+Inf' as const].map((le, i) => {
        cumulative += row.buckets[i] ?? 0;
        return { value: cumulative, labels: { gate: row.gate, le }, metricName: `${this.name}_bucket` };
      });
      return [
        ...buckets,
        { value: row.sum, labels: { gate: row.gate }, metricName: `${this.name}_sum` },
        { value: row.count, labels: { gate: row.gate }, metricName: `${this.name}_count` },
      ];
    });
    return Promise.resolve({ name: this.name, help: this.help, type: this.type, aggregator: 'sum', values });
  }

  reset(): void {
    this.rows = [];
  }
}

/**
 * Prometheus metrics of this API process (Node defaults) and of the pipeline as a whole (from PostgreSQL). The
 * pipeline figures are the same from every API instance: aggregate them with max(), not sum().
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  /** Its own registry, not prom-client's global one: tests build several apps in one process. */
  readonly registry = new Registry();
  private readonly projects: Gauge<'gate' | 'status'>;
  private readonly openTasks: Gauge<'gate'>;
  private readonly overdueTasks: Gauge<'gate'>;
  private readonly openEscalations: Gauge<'gate'>;
  private readonly webhookDeliveries: Gauge<'status'>;
  private readonly needingAttention: Gauge<'activity'>;
  private readonly oldestEscalation: Gauge<'gate'>;
  private readonly webhookRetrying: Gauge;
  private readonly mailDeliveries: Gauge<'status'>;
  private readonly mailRetrying: Gauge;
  private readonly checkpointTime: Gauge;
  private readonly checkpointLag: Gauge;
  private readonly reminders: Counter<'gate'>;
  private readonly escalations: Counter<'gate' | 'level'>;
  private readonly decisions: Counter<'outcome'>;
  private readonly leadTimes = new SnapshotHistogram(
    'waardenpoort_gate_lead_time_seconds',
    `Gate lead time, opened to completed, of the gates completed in the last ${LEAD_TIME_WINDOW_DAYS} days ` +
      '(latest pass of each). A picture of the pipeline, not events of this process: use histogram_quantile() ' +
      'on the buckets directly, not on rate().',
  );
  private readonly totals: Cached<TotalFigures>;
  private readonly leadTimeFigures: Cached<LeadTimeFigures>;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly reports: ReportRepository,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {
    // The checkpoint log is a folder of files the worker writes (AUDIT_CHECKPOINT_DIR, read-only here).
    this.totals = new Cached(TOTALS_MAX_AGE_MS, () =>
      reports.totals(latestCheckpointTime(config.auditWitness.checkpointDir)),
    );
    this.leadTimeFigures = new Cached(LEAD_TIME_MAX_AGE_MS, () => reports.leadTimes(LEAD_TIME_WINDOW_DAYS));
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.projects = new Gauge({
      name: 'waardenpoort_projects',
      help: 'Projects by current gate (none: at no gate) and status',
      labelNames: ['gate', 'status'],
      registers,
    });
    this.openTasks = new Gauge({
      name: 'waardenpoort_open_tasks',
      help: 'Open tasks by gate',
      labelNames: ['gate'],
      registers,
    });
    this.overdueTasks = new Gauge({
      name: 'waardenpoort_overdue_tasks',
      help: 'Open tasks past their deadline by gate (projects on hold excluded)',
      labelNames: ['gate'],
      registers,
    });
    this.openEscalations = new Gauge({
      name: 'waardenpoort_open_escalations',
      help: 'Open tasks that have been escalated, by gate',
      labelNames: ['gate'],
      registers,
    });
    this.webhookDeliveries = new Gauge({
      name: 'waardenpoort_webhook_deliveries',
      help: 'Webhook deliveries by status (pending, succeeded, failed, cancelled), at most a minute old',
      labelNames: ['status'],
      registers,
    });
    this.needingAttention = new Gauge({
      name: 'waardenpoort_projects_needing_attention',
      help:
        'Projects with a step that needs attention, by the activity that failed for good (PostgreSQL refused the ' +
        'data, or its retries reached their bound); the CIO office was told. Alert on > 0.',
      labelNames: ['activity'],
      registers,
    });
    this.oldestEscalation = new Gauge({
      name: 'waardenpoort_oldest_open_escalation_seconds',
      help:
        'Seconds since the deadline of the escalated open task that has waited longest, by gate (projects on ' +
        'hold excluded); a gate without open escalations has no series',
      labelNames: ['gate'],
      registers,
    });
    this.webhookRetrying = new Gauge({
      name: 'waardenpoort_webhook_deliveries_retrying',
      help: 'Webhook deliveries still pending after at least one failed attempt, at most a minute old',
      registers,
    });
    this.mailDeliveries = new Gauge({
      name: 'waardenpoort_mail_deliveries',
      help: 'Mail per recipient by status (pending, sending, sent, held, failed), at most a minute old',
      labelNames: ['status'],
      registers,
    });
    this.mailRetrying = new Gauge({
      name: 'waardenpoort_mail_deliveries_retrying',
      help: 'Mail per recipient still pending after at least one failed attempt, at most a minute old',
      registers,
    });
    this.checkpointTime = new Gauge({
      name: 'waardenpoort_audit_checkpoint_timestamp_seconds',
      help: 'When the newest signed audit checkpoint was made (Unix time); 0 before the first one',
      registers,
    });
    this.checkpointLag = new Gauge({
      name: 'waardenpoort_audit_checkpoint_lag_seconds',
      help:
        'How long the oldest audit event that no checkpoint covers yet has waited for one (0: every event is ' +
        'covered); the events are read at most a minute ago',
      registers,
    });
    this.reminders = new Counter({
      name: 'waardenpoort_reminders_sent_total',
      help: 'Reminders sent before a deadline, by gate (from the audit trail)',
      labelNames: ['gate'],
      registers,
    });
    this.escalations = new Counter({
      name: 'waardenpoort_escalations_sent_total',
      help: 'Escalations after a missed deadline, by gate and ladder level (from the audit trail)',
      labelNames: ['gate', 'level'],
      registers,
    });
    this.decisions = new Counter({
      name: 'waardenpoort_decisions_total',
      help: 'Portfolio-holder decisions by outcome (from the audit trail)',
      labelNames: ['outcome'],
      registers,
    });
    // The registry only reads `name` and `get()`; see SnapshotHistogram.
    this.registry.registerMetric(this.leadTimes as unknown as Metric);
  }

  /** The exposition text, after bringing the pipeline figures up to date. */
  async render(): Promise<string> {
    await this.refresh();
    return this.registry.metrics();
  }

  onModuleDestroy(): void {
    this.registry.clear();
  }

  /** One refresh at a time: concurrent scrapes share it instead of each running the queries. */
  private refresh(): Promise<void> {
    this.refreshing ??= this.load().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async load(): Promise<void> {
    const [live, totals, leadTimes] = await Promise.all([
      this.reports.live(),
      this.totals.get(),
      this.leadTimeFigures.get(),
    ]);

    // reset() first, so that a label set that has gone (no more overdue tasks at a gate) leaves the output.
    this.projects.reset();
    for (const r of live.projects) this.projects.set({ gate: r.gate, status: r.status }, r.n);
    for (const g of [this.openTasks, this.overdueTasks, this.openEscalations]) g.reset();
    for (const r of live.tasks) {
      this.openTasks.set({ gate: r.gate }, r.open);
      this.overdueTasks.set({ gate: r.gate }, r.overdue);
      this.openEscalations.set({ gate: r.gate }, r.escalated);
    }
    this.needingAttention.reset();
    // Always present, 0 included, so an alert rule sees the series before the first failure.
    this.needingAttention.set({ activity: 'publishTransition' }, 0);
    for (const r of live.attention) this.needingAttention.set({ activity: r.activity }, r.n);
    this.oldestEscalation.reset();
    for (const r of live.oldestEscalations) this.oldestEscalation.set({ gate: r.gate }, r.seconds);
    // The failed series always present, 0 included: an alert on its growth needs a sample before the first failure.
    this.webhookDeliveries.reset();
    this.webhookDeliveries.set({ status: 'failed' }, 0);
    for (const r of totals.webhookDeliveries) this.webhookDeliveries.set({ status: r.status }, r.n);
    this.webhookRetrying.set(totals.webhookRetrying);
    this.mailDeliveries.reset();
    this.mailDeliveries.set({ status: 'failed' }, 0);
    for (const r of totals.mailDeliveries) this.mailDeliveries.set({ status: r.status }, r.n);
    this.mailRetrying.set(totals.mailRetrying);
    const { checkpointAt, uncoveredSince } = totals.audit;
    this.checkpointTime.set(checkpointAt ? checkpointAt.getTime() / 1000 : 0);
    // Counted from now, not from the cached read: the wait goes on growing between two reads of the trail.
    this.checkpointLag.set(uncoveredSince ? Math.max(0, (Date.now() - uncoveredSince.getTime()) / 1000) : 0);

    // Counters from the append-only trail: set to the total there (reset + inc), which only ever grows.
    this.reminders.reset();
    for (const r of totals.reminders) this.reminders.inc({ gate: r.gate }, r.n);
    this.escalations.reset();
    for (const r of totals.escalations) this.escalations.inc({ gate: r.gate, level: r.level }, r.n);
    this.decisions.reset();
    for (const r of totals.decisions) this.decisions.inc({ outcome: r.outcome }, r.n);
    this.leadTimes.set(leadTimes);
  }
}
