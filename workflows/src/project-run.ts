import {
  ActivityFailure,
  ApplicationFailure,
  patched,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  computeDueDate,
  decide,
  isRefusal,
  parseDeadlineSpec,
  planTaskSchedule,
  stamped,
  type AttentionActivity,
  type AuditHead,
  type Decided,
  type Effect,
  type ParkedTransition,
  type Policy,
  type ProjectCommand,
  type ProjectEvent,
  type ProjectNotification,
  type ProjectSnapshot,
  type ProjectWorkflowInput,
  type Refusal,
  type TaskSchedule,
  type TaskTiming,
  type Transition,
} from '@waardenpoort/domain';
import { bounded, BOUNDED_ACTIVITIES, plainCopy, refusalFailure } from './activities';
import { changedSearchAttributes, searchAttributesOf } from './search-attributes';

/**
 * One run of a project workflow: it holds the snapshot, feeds commands to the domain's `decide`, runs the effects
 * that come back (activities, then the commands their results make) and publishes what changed. No rule lives here.
 */
export class ProjectRun {
  s: ProjectSnapshot;
  policy: Policy;
  /** Bumped on every change, so the timer loop re-plans its next wake-up. */
  changes = 0;
  publishing: Promise<void> = Promise.resolve();
  /** What PostgreSQL has not taken yet (events and notifications of transitions), oldest first. */
  parked: ParkedTransition[];
  private readonly events: ProjectEvent[] = [];
  private readonly notifications: ProjectNotification[] = [];
  /** The publication waiting for the one before it to be written, if any; later ones join it. */
  private queued: Transition | null = null;

  constructor(
    private readonly input: ProjectWorkflowInput,
    snapshot: ProjectSnapshot,
  ) {
    this.s = snapshot;
    this.policy = input.policy;
    this.parked = input.parkedTransitions ?? [];
  }

  now(): string {
    return new Date().toISOString();
  }

  /** Decides a command and runs its effects; a refusal (the validator let it through) fails the Update. */
  run(command: ProjectCommand): Promise<void> {
    const effects = this.take(this.decided(command));
    return effects.length === 0 ? Promise.resolve() : this.runEffects(effects);
  }

  private decided(command: ProjectCommand): Decided {
    // `patched` is asked only where a decision differs under a patch (see DecideContext.patched).
    const out: Decided | Refusal = decide(this.s, command, { now: this.now(), policy: this.policy, patched });
    if (isRefusal(out)) throw refusalFailure(out);
    return out;
  }

  /** Keeps a decision's snapshot and queues what it emitted for the next publication. */
  private take(out: Decided): Effect[] {
    if (out.snapshot !== this.s || out.events.length > 0) this.changes += 1;
    this.s = out.snapshot;
    this.events.push(...out.events);
    this.notifications.push(...out.notifications);
    return out.effects;
  }

  private async runEffects(effects: Effect[]): Promise<void> {
    for (const e of effects) {
      switch (e.kind) {
        case 'use-policy':
          this.policy = e.policy;
          break;
        case 'then':
          await this.run(e.command);
          break;
        case 'plan-task': {
          const plan = await this.planTask({ from: e.from, timing: e.timing });
          await this.run({ ...e.then, plan });
          break;
        }
        case 'plan-after': {
          const at = await this.planAfter({ from: e.from, spec: e.spec });
          await this.run({ ...e.then, at });
          break;
        }
        case 'reserve-meeting-slot': {
          const slot = await this.attempt(
            'reserveCommissionSlot',
            bounded.planning.reserveCommissionSlot({
              projectId: this.s.projectId,
              meetingId: e.then.requested,
              now: this.now(),
            }),
            () => null,
          );
          await this.run({ ...e.then, slot });
          break;
        }
        case 'load-policy': {
          const policy = await this.loadActivePolicy();
          await this.run({ type: 'policy-loaded', policy });
          break;
        }
      }
    }
  }

  /** Writes what changed; publications are chained, so the audit trail has the workflow's order. */
  publish(): Promise<void> {
    this.s = stamped(this.s, this.now());
    const attributes = searchAttributesOf(this.s);
    const updates =
      this.input.searchAttributeUpdates === 'changed'
        ? changedSearchAttributes(attributes, workflowInfo().typedSearchAttributes)
        : attributes;
    if (updates.length > 0) upsertSearchAttributes(updates);
    const transition = {
      snapshot: plainCopy(this.s),
      events: this.events.splice(0),
      notifications: this.notifications.splice(0),
    };
    if (this.queued !== null && patched('coalesce-publications')) {
      // Updates accepted while a publication is on its way (a client that does not wait for each answer): their
      // transitions become one, written by one activity in one transaction, in the same order.
      this.queued.snapshot = transition.snapshot;
      this.queued.events.push(...transition.events);
      this.queued.notifications.push(...transition.notifications);
      return this.publishing;
    }
    const next: Transition = transition;
    this.queued = next;
    this.publishing = this.publishing.then(() => {
      if (this.queued === next) this.queued = null;
      return this.deliver(next);
    });
    return this.publishing;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Steps that need attention (bounded runs)

  /** Writes what is parked first (with the newest snapshot), then this transition; parks what PostgreSQL refuses. */
  private async deliver(transition: Transition): Promise<void> {
    const publishing = this.input.activities === 'local' ? bounded.localPublishing : bounded.publishing;
    if (this.parked.length > 0) {
      const waiting = this.parked;
      try {
        this.hold(
          await publishing.publishTransition({
            snapshot: transition.snapshot,
            events: waiting.flatMap((t) => t.events),
            notifications: waiting.flatMap((t) => t.notifications),
            auditHead: this.s.auditHead ?? null,
          }),
        );
        this.parked = this.parked.slice(waiting.length);
        if (this.parked.length === 0 && this.s.attention?.activity === 'publishTransition') this.resolved();
      } catch (err) {
        this.needsAttention('publishTransition', err);
      }
    }
    try {
      // The head held now (the previous publish's), which the chain must still contain.
      this.hold(await publishing.publishTransition({ ...transition, auditHead: this.s.auditHead ?? null }));
    } catch (err) {
      if (!patched(BOUNDED_ACTIVITIES)) throw err;
      // The snapshot is not kept: the next one supersedes it.
      this.parked.push({ events: transition.events, notifications: transition.notifications });
      this.needsAttention('publishTransition', err);
    }
  }

  /**
   * Keeps the chain head a publish returned, a witness the database owner cannot change. Publications are chained,
   * so heads arrive in their order; the seq check keeps the newest all the same.
   */
  private hold(head: AuditHead | null | undefined): void {
    if (head && (!this.s.auditHead || head.seq >= this.s.auditHead.seq)) this.s = { ...this.s, auditHead: head };
  }

  /** Marks the step; the first time, the notice goes out in a transition of its own. */
  private needsAttention(activity: AttentionActivity, err: unknown): void {
    const cause = err instanceof ActivityFailure ? err.cause : err;
    const failure = cause instanceof ApplicationFailure ? cause : null;
    const detail = failure?.details?.[0] as { sqlstate?: unknown } | undefined;
    const sqlstate = typeof detail?.sqlstate === 'string' ? detail.sqlstate : null;
    const reason = (cause instanceof Error ? cause.message : String(cause)).slice(0, 1_000);
    const parkedEventIds = this.parked.flatMap((t) => t.events.map((e) => e.eventId));
    const out = this.decided({ type: 'attention-needed', activity, reason, sqlstate, parkedEventIds });
    const first = out.events.length > 0;
    this.take(out);
    // Not awaited: this runs inside the publishing chain, and the notice is the next link of it.
    if (first) void this.publish();
  }

  private resolved(): void {
    this.take(this.decided({ type: 'attention-resolved' }));
    void this.publish();
  }

  private planTask(input: { from: string; timing: TaskTiming }): Promise<TaskSchedule> {
    // On failure, the same plan on the calendar without public holidays: a deadline a day early at worst, never none.
    const planning = this.input.activities === 'local' ? bounded.localPlanning : bounded.planning;
    return this.attempt('planTask', planning.planTask(input), () =>
      planTaskSchedule(new Date(input.from), input.timing, () => false),
    );
  }

  private planAfter(input: { from: string; spec: string }): Promise<string> {
    const planning = this.input.activities === 'local' ? bounded.localPlanning : bounded.planning;
    return this.attempt('planAfter', planning.planAfter(input), () =>
      computeDueDate(new Date(input.from), parseDeadlineSpec(input.spec), () => false).toISOString(),
    );
  }

  loadActivePolicy(): Promise<Policy> {
    // On failure the project stays on the version it has.
    return this.attempt('loadActivePolicy', bounded.planning.loadActivePolicy(), () => this.policy);
  }

  /** An activity's result; after a failure for good, the step needs attention and the fallback stands in. */
  private async attempt<T>(activity: AttentionActivity, call: Promise<T>, fallback: () => T): Promise<T> {
    try {
      const result = await call;
      if (this.s.attention?.activity === activity) this.resolved();
      return result;
    } catch (err) {
      if (!patched(BOUNDED_ACTIVITIES)) throw err;
      this.needsAttention(activity, err);
      return fallback();
    }
  }
}
