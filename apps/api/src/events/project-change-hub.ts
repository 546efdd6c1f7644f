import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import {
  compareFeedPositions,
  formatFeedPosition,
  ProjectChangeRepository,
  WebhookFeedRepository,
  type FeedPosition,
  type FeedRow,
  type ProjectChangeState,
} from '@waardenpoort/persistence';
import { APP_CONFIG } from '../config/config.module';

/** What a client of the stream learns about a project that changed: its state now. */
export interface ProjectChange {
  /** The SSE event id: the feed position of the project's latest change in this batch */
  eventId: string;
  project: Omit<ProjectChangeState, 'scope' | 'updatedAt'> & { updatedAt: string };
  /** Not sent: who may see it (READ_SCOPE's facts of the project) */
  scope: ProjectChangeState['scope'];
  /**
   * Not sent: which of the listening stand-ins act on this project for someone else at the moment the change is
   * handed out (an absence naming them substitute, a task delegated to them; READ_SCOPE `acting`).
   */
  standIns: Set<string>;
}

export interface ChangeListener {
  /**
   * The person whose stand-in projects count for this listener (their read scope includes `acting` and is not
   * everything); absent: none are looked up.
   */
  readonly standInSub?: string;
  /** Gets the changes of one poll, in feed order. */
  deliver(changes: ProjectChange[]): void;
  /** The hub is shutting down. */
  close(): void;
}

const PAGE = 1_000;

/**
 * Turns feed rows into project changes: one per project (its latest position), in the order of those positions,
 * so that a client that resumes from the last id it saw misses nothing. The state is the project row's as of now,
 * not each intermediate version: a live view needs the current state, and a slow client then catches up in one step.
 */
export async function changesFor(projects: ProjectChangeRepository, rows: FeedRow[]): Promise<ProjectChange[]> {
  const last = new Map<string, FeedPosition>();
  for (const r of rows) last.set(r.projectId, r.position);
  if (last.size === 0) return [];
  const byId = new Map((await projects.currentStates([...last.keys()])).map((p) => [p.id, p]));
  return [...last.entries()]
    .sort(([, a], [, b]) => compareFeedPositions(a, b))
    .flatMap(([id, position]) => {
      const p = byId.get(id);
      // Events about an id without a project row (a refused attempt on an unknown id) change no project.
      if (!p) return [];
      const { scope, updatedAt, ...project } = p;
      return [
        {
          eventId: formatFeedPosition(position),
          project: { ...project, updatedAt: updatedAt.toISOString() },
          scope,
          standIns: new Set<string>(),
        },
      ];
    });
}

/**
 * Adds to `changes` which of `subs` stand in on each project now (`ProjectChangeRepository.standIns`, the read
 * model's rule). Asked when the changes are handed out, never cached: an absence that ended or a delegation taken
 * back stops the events of the next batch, and one that starts opens them, with no window of staleness.
 */
export async function addStandIns(
  projects: ProjectChangeRepository,
  changes: ProjectChange[],
  subs: Iterable<string>,
): Promise<void> {
  const asked = [...new Set(subs)];
  if (asked.length === 0 || changes.length === 0) return;
  const found = await projects.standIns(
    asked,
    changes.map((c) => c.project.id),
  );
  for (const c of changes) for (const sub of found.get(c.project.id) ?? []) c.standIns.add(sub);
}

/**
 * One poller per API process for all open event streams: while at least one client listens, it reads the feed
 * after its cursor every EVENTS_POLL_MS and hands each batch to every listener. So a hundred dashboards cost one
 * query a second, not a hundred; with no listener it does not poll at all.
 */
@Injectable()
export class ProjectChangeHub implements OnModuleDestroy {
  private readonly logger = new Logger('ProjectChangeHub');
  private readonly listeners = new Set<ChangeListener>();
  private cursor: FeedPosition | null = null;
  private starting: Promise<FeedPosition> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private destroyed = false;

  constructor(
    private readonly feed: WebhookFeedRepository,
    private readonly projects: ProjectChangeRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Adds a listener and returns the position from which it gets live changes: everything after it reaches the
   * listener, everything up to it is the caller's to replay. Adding and reading the position happen in one
   * synchronous step, and a poll hands out a batch and moves the cursor in one too, so there is no gap between.
   */
  async listen(listener: ChangeListener): Promise<FeedPosition> {
    if (this.destroyed) throw new Error('the event stream is shutting down');
    if (this.cursor === null) {
      this.starting ??= this.feed.head().finally(() => {
        this.starting = null;
      });
      const head = await this.starting;
      if (this.cursor === null) this.cursor = head;
    }
    this.listeners.add(listener);
    this.schedule();
    return this.cursor;
  }

  unlisten(listener: ChangeListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      // Without listeners nobody needs the gap filled: the next first listener starts at the head again.
      this.cursor = null;
    }
  }

  /**
   * Changes in (after, upTo], for a client that comes back with Last-Event-ID; null when there are too many.
   * `standInSub`: whose stand-in projects to add (as for a listener).
   */
  async replay(
    after: FeedPosition,
    upTo: FeedPosition,
    maxRows: number,
    standInSub?: string,
  ): Promise<ProjectChange[] | null> {
    const rows: FeedRow[] = [];
    let from = after;
    for (;;) {
      const page = (await this.feed.readAfter(from, PAGE)).filter((r) => compareFeedPositions(r.position, upTo) <= 0);
      rows.push(...page);
      if (rows.length > maxRows) return null;
      const last = page[page.length - 1];
      // A short page: the feed, or the part up to `upTo`, is read.
      if (!last || page.length < PAGE) break;
      from = last.position;
    }
    const changes = await changesFor(this.projects, rows);
    await addStandIns(this.projects, changes, standInSub === undefined ? [] : [standInSub]);
    return changes;
  }

  onModuleDestroy(): void {
    this.destroyed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // Open streams would keep the HTTP server from closing.
    for (const l of [...this.listeners]) l.close();
    this.listeners.clear();
  }

  /** At most one timer or poll at a time, and none without listeners. */
  private schedule(): void {
    if (this.timer !== null || this.polling || this.destroyed || this.listeners.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.polling = true;
      void this.poll().finally(() => {
        this.polling = false;
        this.schedule();
      });
    }, this.config.monitoring.eventsPollMs);
  }

  private async poll(): Promise<void> {
    try {
      for (;;) {
        const from = this.cursor;
        if (from === null) return;
        const rows = await this.feed.readAfter(from, PAGE);
        const last = rows[rows.length - 1];
        if (!last) return;
        const changes = await changesFor(this.projects, rows);
        // The stand-ins of everyone listening, and again for whoever joined while that was asked: a listener added
        // meanwhile gets this batch too (its live position is the cursor), and must not miss its stand-in projects.
        const asked = new Set<string>();
        for (;;) {
          const missing = [...this.listeners].flatMap((l) =>
            l.standInSub === undefined || asked.has(l.standInSub) ? [] : [l.standInSub],
          );
          if (missing.length === 0) break;
          for (const sub of missing) asked.add(sub);
          await addStandIns(this.projects, changes, missing);
        }
        // All listeners left meanwhile (the cursor was reset): these changes are nobody's any more.
        if (this.cursor !== from) return;
        // Synchronously: hand out the batch and move the cursor (see listen).
        for (const l of this.listeners) l.deliver(changes);
        this.cursor = last.position;
        if (rows.length < PAGE) return;
      }
    } catch (err) {
      this.logger.warn(`reading project changes failed: ${(err as Error).message}`);
    }
  }
}
