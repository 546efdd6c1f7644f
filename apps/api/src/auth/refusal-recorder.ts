import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '@waardenpoort/domain';
import { ProjectReadModelRepository, RefusalCounterRepository } from '@waardenpoort/persistence';

/**
 * Puts refused attempts on a project's audit trail: who tried what, when, and why it was refused (a missing role,
 * segregation of duties, a gate that was not open). An auditor sees the attempts next to what did happen.
 *
 * Coalesced per actor and project (RefusalCounterRepository): within a window of a minute the first attempt is
 * appended at once and the others are counted in PostgreSQL (shared by every replica), then summarised in one entry
 * when the window is over. So nobody can flood a project's trail, and the trail still says how many attempts there
 * were, and when the first and the last came.
 *
 * One refused request is recorded once: the AuthGuard records the refusals it makes (a missing role) and answers
 * before any handler runs; GatesService records the workflow's refusals; a retried request that replays a stored
 * answer (Idempotency-Key) records nothing.
 */
@Injectable()
export class RefusalRecorder implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RefusalRecorder.name);
  private sweep: NodeJS.Timeout | null = null;
  private flushing: Promise<unknown> = Promise.resolve();

  constructor(
    readonly counters: RefusalCounterRepository,
    private readonly readModel: ProjectReadModelRepository,
  ) {}

  onModuleInit(): void {
    // Every replica sweeps; SKIP LOCKED and deterministic event ids keep the summaries single.
    this.sweep = setInterval(() => void this.flush(), Math.max(1_000, this.counters.windowMs / 2));
    this.sweep.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweep) clearInterval(this.sweep);
    this.sweep = null;
    await this.flushing.catch(() => undefined);
  }

  /** Appends the summaries of windows that ended by `asOf`; returns how many. */
  flush(asOf: Date = new Date()): Promise<number> {
    const run = this.flushing.then(() => this.counters.flush(asOf));
    this.flushing = run.catch((err: unknown) => {
      this.logger.error(`could not summarise refused attempts: ${(err as Error).message}`);
    });
    return run;
  }

  async record(
    projectId: string,
    actor: Actor,
    details: { action: string; code: string; reason: string },
  ): Promise<void> {
    try {
      const project = await this.readModel.findById(projectId);
      if (!project) return; // attempts on ids that are no project have no trail to go on
      await this.counters.record({
        projectId,
        actor,
        action: details.action,
        code: details.code,
        reason: details.reason,
        at: new Date(),
        policyVersion: project.policyVersion,
        workflowId: project.workflowId,
      });
    } catch (err) {
      // The refusal itself stands; failing to record it must not turn a 403 into a 500.
      this.logger.error(`could not record a refused attempt on ${projectId}: ${(err as Error).message}`);
    }
  }
}
