import type { AuditAction } from '../audit-actions';
import type { NotificationKind, ProjectEvent, ProjectNotification } from '../events';
import { FIRST_STEP, type GateId, type GateStep } from '../gates';
import { gateApplies, gateOf, nextGateAfter, withAllGates } from '../lifecycle';
import type { Policy, TaskTiming } from '../policy/types';
import type { ProjectSnapshot, TimerEntry } from '../project';
import type { Actor, Role } from '../roles';
import { publicationTiming } from '../registers/lifecycle';
import type { Decided, DecideContext, Effect } from './commands';
import { armSubmissionDeadline, reserveOnOpen } from './meetings';

/**
 * One decision in the making: a private copy of the snapshot that the rules change in place, and what the decision
 * emits. Nothing outside sees the copy until `done()` hands it over, so `decide` stays pure.
 */
export class Draft {
  readonly s: ProjectSnapshot;
  readonly events: ProjectEvent[] = [];
  readonly notifications: ProjectNotification[] = [];
  readonly effects: Effect[] = [];
  readonly now: string;
  policy: Policy;
  private changed = false;
  private readonly patchedFn: ((id: string) => boolean) | undefined;

  constructor(
    private readonly original: ProjectSnapshot,
    context: DecideContext,
  ) {
    this.s = JSON.parse(JSON.stringify(original)) as ProjectSnapshot;
    // A snapshot carried over from a run before the publication gate has no view of it yet.
    this.s.gates = withAllGates(this.s.gates);
    this.now = context.now;
    this.policy = context.policy;
    this.patchedFn = context.patched;
  }

  /**
   * Whether a behaviour change behind this patch id applies (the workflow's `patched`, so recorded histories replay
   * the old behaviour); outside a workflow, always. Ask only where the behaviour differs.
   */
  patched(id: string): boolean {
    return this.patchedFn ? this.patchedFn(id) : true;
  }

  get nowMs(): number {
    return Date.parse(this.now);
  }

  /** Marks a change that emits nothing (a plan that arrived, a step that needs attention again). */
  touch(): void {
    this.changed = true;
  }

  done(): Decided {
    const changed = this.changed || this.events.length > 0;
    return {
      snapshot: changed ? this.s : this.original,
      events: this.events,
      notifications: this.notifications,
      effects: this.effects,
    };
  }

  emit(
    action: AuditAction,
    gate: GateId | null,
    actor: Actor | null,
    payload: Record<string, unknown>,
    docs: string[] = [],
  ): void {
    const s = this.s;
    s.eventCount += 1;
    this.events.push({
      eventId: `${s.projectId}:${s.eventCount}`,
      projectId: s.projectId,
      at: this.now,
      actor,
      action,
      gate,
      payload,
      documentHashes: docs,
      policyVersion: this.policy.version,
      workflowId: s.workflowId,
      runId: s.runId,
    });
  }

  notify(
    kind: NotificationKind,
    gate: GateId | null,
    role: Role,
    sub: string | null,
    dueAt: string | null,
    level: number,
    payload: Record<string, unknown> = {},
  ): void {
    const s = this.s;
    this.notifications.push({
      notificationId: `${s.projectId}:${s.eventCount}:${kind}:${role}:${sub ?? '*'}`,
      projectId: s.projectId,
      kind,
      gate,
      recipientRole: role,
      recipientSub: sub,
      dueAt,
      at: this.now,
      escalationLevel: level,
      payload: { title: s.registration.title, ...payload },
    });
  }

  timer(
    kind: TimerEntry['kind'],
    gate: GateId | null,
    step: GateStep | null,
    at: string,
    level: number,
    role: Role,
    sub: string | null,
  ): TimerEntry {
    return {
      id: `${kind}:${gate ?? '-'}:${step ?? '-'}:${this.s.eventCount}:${level}`,
      kind,
      gate,
      step,
      at,
      level,
      role,
      recipientSub: sub,
      fired: false,
    };
  }

  dropTimers(gate: GateId): void {
    this.s.timers = this.s.timers.filter((t) => t.gate !== gate || t.fired || t.kind === 'statutory-term');
  }

  timingFor(gate: GateId, step: GateStep): TaskTiming {
    if (gate === 'publication') return publicationTiming(this.policy, step);
    const g = this.policy.gates[gate];
    if (step === 'dpo-advice' && g.tasks?.['dpo-advice']) return g.tasks['dpo-advice'];
    if (step === 'answer-questions') return { ...g, assignee: 'case-owner', escalation: g.escalation };
    return g;
  }

  /**
   * Opens a step for its assignee; its deadline, reminders and escalations follow when the plan arrives. The
   * commission's scheduling step also asks for a place on the next meeting with room.
   */
  openStep(gate: GateId, step: GateStep, options: { assigneeSub?: string | null; newCycle?: boolean } = {}): void {
    this.openStepWithoutReservation(gate, step, options);
    if (gate === 'commission-reflection' && step === 'schedule-meeting') reserveOnOpen(this);
  }

  openStepWithoutReservation(
    gate: GateId,
    step: GateStep,
    options: { assigneeSub?: string | null; newCycle?: boolean } = {},
  ): void {
    const s = this.s;
    const g = gateOf(s, gate);
    const timing = this.timingFor(gate, step);
    if (options.newCycle || g.state !== 'active') g.cycle += 1;
    Object.assign(g, {
      state: 'active',
      step,
      assigneeRole: timing.assignee,
      assigneeSub: options.assigneeSub ?? (timing.assignee === 'case-owner' ? s.caseOwner.sub : null),
      openedAt: this.now,
      dueAt: null,
      completedAt: null,
      escalationLevel: 0,
    });
    this.dropTimers(gate);
    this.emit('step-opened', gate, null, { step, assigneeRole: timing.assignee, cycle: g.cycle });
    this.effects.push({
      kind: 'plan-task',
      from: this.now,
      timing,
      then: { type: 'task-planned', gate, step, role: timing.assignee, openedAt: this.now },
    });
  }

  openGate(gate: GateId): void {
    this.openStep(gate, FIRST_STEP[gate], { newCycle: true });
  }

  advanceFrom(gate: GateId): void {
    // A re-assessment may have put a gate before this one back on the route (a DPIA that newly applies while the
    // commission was at work): it goes first. Never so before the patch, so the question is asked only then.
    const first = nextGateAfter(this.s, 'quick-scan');
    const order: GateId[] = ['quick-scan', 'dpia', 'commission-reflection', 'portfolio-decision'];
    const earlier = order.indexOf(first) < order.indexOf(gate) && gateOf(this.s, first).state === 'pending';
    if (earlier && this.patched('targeted-reassessment')) return this.openGate(first);
    const next = nextGateAfter(this.s, gate);
    // During a re-assessment the decision waits for the new route; the quick-scan's submission opens it.
    if (next === 'portfolio-decision' && this.s.reassessment?.phase === 'quick-scan') return;
    this.openGate(next);
  }

  completeGate(gate: GateId, outcome: Record<string, unknown>): void {
    const g = gateOf(this.s, gate);
    Object.assign(g, { state: 'completed', step: null, completedAt: this.now, outcome, assigneeRole: g.assigneeRole });
    this.dropTimers(gate);
    this.emit('gate-completed', gate, null, { outcome });
  }

  markRoute(): void {
    for (const g of this.s.gates) {
      if (g.gate === 'quick-scan' || g.state === 'completed' || g.state === 'active' || g.state === 'waiting') continue;
      g.state = gateApplies(this.s, g.gate) ? 'pending' : 'not-required';
    }
  }

  closeAll(): void {
    for (const g of this.s.gates) {
      if (g.state === 'active' || g.state === 'waiting')
        Object.assign(g, { state: 'pending', step: null, dueAt: null });
    }
    this.s.timers = this.s.timers.filter((t) => t.fired);
  }

  /** Waits for the commission's meeting: the gate shows the date as its deadline, a timer wakes the workflow. */
  awaitMeeting(meetingDate: string, assignee?: { role: Role }): void {
    const g = gateOf(this.s, 'commission-reflection');
    const at = new Date(meetingDate).toISOString();
    Object.assign(g, {
      state: 'waiting',
      step: 'await-meeting',
      ...(assignee ? { assigneeRole: assignee.role, assigneeSub: null } : {}),
      dueAt: at,
    });
    this.dropTimers('commission-reflection');
    this.s.timers.push(
      this.timer('meeting', 'commission-reflection', 'await-meeting', at, 1, 'ethics-secretary', null),
    );
    armSubmissionDeadline(this);
  }

  scheduleReevaluation(): void {
    const interval = this.policy.reevaluation[this.s.route?.outcome.riskLevel ?? 'high'];
    this.effects.push({
      kind: 'plan-after',
      from: this.now,
      spec: interval,
      then: { type: 'reevaluation-planned', interval },
    });
  }
}
