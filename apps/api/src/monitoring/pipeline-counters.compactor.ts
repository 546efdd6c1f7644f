import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ReportRepository } from '@waardenpoort/persistence';

/** Often enough that a report sums a few seconds of deltas; a fold of a few hundred rows takes milliseconds. */
const COMPACT_EVERY_MS = 5_000;

/**
 * Folds the pipeline counters' deltas into the counters (`compact_pipeline_counts()`, migration
 * PipelineCounters1765200000000). Every API replica runs it; the function lets one fold at a time and the others
 * return at once. The counts are exact without it; it only keeps the deltas a report sums few.
 */
@Injectable()
export class PipelineCountersCompactor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PipelineCountersCompactor.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private failing = false;

  constructor(private readonly reports: ReportRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.compact(), COMPACT_EVERY_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One fold; a fold still running (slow database) is not overtaken. */
  compact(): Promise<void> {
    if (this.running) return this.running;
    this.running = this.reports
      .compactPipelineCounters()
      .then(() => {
        if (this.failing) this.logger.log('pipeline counters are folded again');
        this.failing = false;
      })
      .catch((err: unknown) => {
        // The database away: the deltas wait, the reports stay exact. Said once, not every 5 seconds.
        if (!this.failing) this.logger.warn(`folding the pipeline counters failed: ${(err as Error).message}`);
        this.failing = true;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
