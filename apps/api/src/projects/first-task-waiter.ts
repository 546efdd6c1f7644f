import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { ProjectReadModelRepository, type ProjectWithOpenTasks } from '@waardenpoort/persistence';

/** How often the waiter looks while registrations wait: the answer is at most this much later than the task. */
const POLL_MS = 40;

interface Waiting {
  projectId: string;
  deadline: number;
  /** The project once it is ready; null when the wait ended without that */
  done: (ready: ProjectWithOpenTasks | null) => void;
}

/**
 * Registrations wait for their workflow to open the quick-scan, so the answer can show the first task. One poller
 * per API process looks for all of them in one query every 40 ms while any waits (none otherwise), instead of every
 * registration polling on its own with a growing back-off: 16 registrations in flight cost 25 small queries a
 * second instead of about a hundred, and each answer comes within 40 ms of its task (`npm run bench`, benchmark 1).
 * The same query reads a project whole (row and open tasks) once it is ready, so the answer needs no read of its own.
 */
@Injectable()
export class FirstTaskWaiter implements OnModuleDestroy {
  private readonly logger = new Logger(FirstTaskWaiter.name);
  private readonly waiting = new Set<Waiting>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly readModel: ProjectReadModelRepository) {}

  /**
   * Resolves with the project and its open tasks once it has an open task or is no longer active (read in the same
   * query that found it ready), or with null after `timeoutMs` (a worker away, a project waiting at a step) or
   * when the database is away.
   */
  wait(projectId: string, timeoutMs: number): Promise<ProjectWithOpenTasks | null> {
    return new Promise((resolve) => {
      this.waiting.add({ projectId, deadline: Date.now() + timeoutMs, done: resolve });
      this.schedule();
    });
  }

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const w of this.waiting) w.done(null);
    this.waiting.clear();
  }

  private schedule(): void {
    if (this.timer || this.waiting.size === 0) return;
    this.timer = setTimeout(() => void this.poll(), POLL_MS);
  }

  private async poll(): Promise<void> {
    const batch = [...this.waiting];
    try {
      const ready = await this.readModel.findManyWithOpenTasks([...new Set(batch.map((w) => w.projectId))], {
        readyOnly: true,
      });
      const now = Date.now();
      for (const w of batch) {
        const found = ready.get(w.projectId);
        if (found || now >= w.deadline) {
          this.waiting.delete(w);
          w.done(found ?? null);
        }
      }
    } catch (err) {
      // The database away: answer without the task rather than hold the requests (the answer reads the row again).
      this.logger.warn(`looking for first tasks failed: ${(err as Error).message}`);
      for (const w of batch) {
        this.waiting.delete(w);
        w.done(null);
      }
    } finally {
      this.timer = null;
      this.schedule();
    }
  }
}
