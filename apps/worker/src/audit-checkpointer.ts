import { Logger } from '@nestjs/common';
import type { AuditWitnessConfig } from '@waardenpoort/config';
import { CheckpointRefused, loadCheckpointKeys, writeCheckpoint, type CheckpointKeys } from '@waardenpoort/persistence';
import type { DataSource } from 'typeorm';

/**
 * Writes a signed checkpoint of the audit trail every AUDIT_CHECKPOINT_INTERVAL_MS (when a chain head moved), beside
 * the Temporal worker. Replicas may all run it: a checkpoint number is taken by one of them only (link(2)).
 */
export class AuditCheckpointer {
  private readonly logger = new Logger('AuditCheckpointer');
  private readonly keys: CheckpointKeys;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AuditWitnessConfig,
  ) {
    // Fails closed at start: no key, no worker (production never generates one).
    this.keys = loadCheckpointKeys(config, true);
  }

  start(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.once());
    }, this.config.checkpointIntervalMs);
    this.timer.unref();
  }

  async once(): Promise<void> {
    try {
      const written = await writeCheckpoint({
        dataSource: this.dataSource,
        dir: this.config.checkpointDir,
        keys: this.keys,
      });
      if (written) this.logger.log(`audit checkpoint #${written.seq}: ${written.chains} chains, root ${written.root}`);
    } catch (err) {
      // A refusal is what an auditor must hear about: the trail or the checkpoint log no longer holds.
      if (err instanceof CheckpointRefused) this.logger.error(`audit checkpoint refused: ${err.message}`);
      else this.logger.warn(`audit checkpoint failed, next try in one interval: ${(err as Error).message}`);
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
