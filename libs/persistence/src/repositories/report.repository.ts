import type { WhatIfProject } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import {
  leadTimeFigures,
  liveFigures,
  totalFigures,
  type LeadTimeFigures,
  type LiveFigures,
  type TotalFigures,
} from '../reports/metrics.queries';
import {
  countOpenTasks,
  countProjects,
  endToEndLeadTime,
  gateLeadTimes,
  openEscalations,
  projectsNeedingAttention,
  type AttentionRow,
  type EscalationRow,
  type LeadTimeRow,
  type OpenTaskRow,
  type ProjectCountRow,
  type Window,
} from '../reports/pipeline.queries';
import { limitConcurrency } from '../reports/report-query';
import { routedProjects } from '../reports/what-if.queries';

/** The rows a pipeline report is made of (PipelineService in the API shapes them). */
export interface PipelineFigures {
  projects: ProjectCountRow[];
  tasks: OpenTaskRow[];
  gateTimes: LeadTimeRow[];
  endToEnd: Omit<LeadTimeRow, 'gate'>;
  escalations: EscalationRow[];
  attention: AttentionRow[];
}

/** The monitoring reads: the CIO office's pipeline report and the figures Prometheus scrapes. */
export class ReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Every figure of a pipeline report for one department (null: all). Independent statements: with a pool a few
   * (`parallel`) run side by side, on the embedded database one after another.
   */
  async pipeline(
    department: string | null,
    window: Window,
    now: Date,
    options: { parallel: number; listLimit: number },
  ): Promise<PipelineFigures> {
    const ds = limitConcurrency(this.dataSource, options.parallel);
    const [projects, tasks, gateTimes, endToEnd, escalations, attention] = await Promise.all([
      countProjects(ds, department),
      countOpenTasks(ds, department, now),
      gateLeadTimes(ds, window, department),
      endToEndLeadTime(ds, window, department),
      openEscalations(ds, department, options.listLimit),
      projectsNeedingAttention(ds, department, options.listLimit),
    ]);
    return { projects, tasks, gateTimes, endToEnd, escalations, attention };
  }

  /** The cheap gauges, read on every scrape. */
  live(): Promise<LiveFigures> {
    return liveFigures(this.dataSource);
  }

  /**
   * Totals over growing tables (audit trail, delivery logs); `checkpointAt`, the newest audit checkpoint's time,
   * says which events count as not yet covered by one.
   */
  totals(checkpointAt: Date | null = null): Promise<TotalFigures> {
    return totalFigures(this.dataSource, checkpointAt);
  }

  /** Lead times of the gates completed in the last `windowDays` days. */
  leadTimes(windowDays: number): Promise<LeadTimeFigures> {
    return leadTimeFigures(this.dataSource, windowDays);
  }

  /**
   * Folds the pipeline counters' deltas into the counters (`compact_pipeline_counts()`, migration
   * PipelineCounters1765200000000); the function lets one caller fold at a time and the others return at once.
   */
  async compactPipelineCounters(): Promise<void> {
    await this.dataSource.query<Array<{ folded: number }>>('SELECT compact_pipeline_counts() AS folded');
  }

  /** Every project with its latest quick-scan route, a batch at a time in id order (the what-if of a draft policy). */
  routedProjects(batchSize?: number): AsyncGenerator<WhatIfProject[]> {
    return routedProjects(this.dataSource, batchSize);
  }

  /** Resolves when PostgreSQL answers a statement (the health check). */
  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
