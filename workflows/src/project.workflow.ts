import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  ActionRefused,
  actionCountsOf,
  addContributor,
  adviceFrom,
  checkAmend,
  checkCommissionAgenda,
  checkCommissionAnswers,
  checkCommissionQuestions,
  checkCommissionReflection,
  checkCouncilInformation,
  checkDecision,
  checkDpiaSubmission,
  checkDpoAdvice,
  checkHold,
  checkPriorConsultation,
  checkQuickScan,
  checkReflectionRequest,
  checkResume,
  checkTextTree,
  checkWithdraw,
  contributorsOf,
  countAction,
  computeDueDate,
  earliestDeadline,
  evaluateQuickScan,
  gateApplies,
  gateOf,
  initialSnapshot,
  isClosed,
  nextGateAfter,
  parseDeadlineSpec,
  person,
  policyLimits,
  planTaskSchedule,
  QuickScanAnswersError,
  type Actor,
  type AttentionActivity,
  type GateId,
  type GateStep,
  type NotificationKind,
  type Policy,
  type ProjectActivities,
  type ProjectEvent,
  type ProjectNotification,
  type ProjectSnapshot,
  type ProjectWorkflowInput,
  type QuickScanAnswers,
  type Role,
  type TaskSchedule,
  type TaskTiming,
  type TimerEntry,
  type ParkedTransition,
  type Transition,
  type AuditHead,
} from '@waardenpoort/domain';
import type { UpdateDefinition } from '@temporalio/common';
import * as defs from '@waardenpoort/contracts';
import { changedSearchAttributes, searchAttributesOf } from './search-attributes';

/**
 * Every activity has a bound on its retries. The read model and the audit trail catch up through a PostgreSQL outage
 * of up to six hours; after that (or at once, for data PostgreSQL refuses: a non-retryable failure of the activity)
 * the step needs attention, the CIO office is told, and the transition is kept in the workflow and written on the
 * next action or the hourly retry. Nothing is lost, and nothing waits forever. (Retry options are not part of what
 * replay compares; what a run does after a failure is, so that sits behind BOUNDED_ACTIVITIES.)
 */
const bounded = {
  publishing: proxyActivities<ProjectActivities>({
    // One small transaction; a minute covers a slow database.
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '6 hours',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  }),
  // Calendar lookups and the policy read: a worker or database hiccup, not an outage, is worth waiting for; after
  // that the workflow plans with the calendar without holidays and keeps its policy, and says so.
  planning: proxyActivities<ProjectActivities>({
    startToCloseTimeout: '1 minute',
    scheduleToCloseTimeout: '10 minutes',
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
  }),
};

/**
 * What a run does when an activity fails for good: mark the step as needing attention and go on. Asked only after a
 * failure (histories recorded before never had one: their activities retried without a limit), so a run that never
 * fails records no marker and no TemporalChangeVersion upsert.
 */
export const BOUNDED_ACTIVITIES = 'bounded-activities-needs-attention';

/** How often a project that needs attention retries the step on its own. */
const ATTENTION_RETRY_MS = 60 * 60 * 1000;

/** How many Update ids, and for how long, a project remembers across runs (see ProjectWorkflowInput.recentUpdates). */
const RECENT_UPDATES_MAX = 1_000;
const RECENT_UPDATES_MS = 3_600_000;

/** One workflow per technology project: carries it through the ethics gates, for months or years. */
export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectSnapshot> {
  const info = workflowInfo();
  let policy: Policy = input.policy;
  const s: ProjectSnapshot = input.carriedOver
    ? { ...input.carriedOver, runId: info.runId, policy: { id: policy.id, version: policy.version } }
    : initialSnapshot(input, { workflowId: info.workflowId, runId: info.runId });
  // A snapshot carried over from a run before these fields existed: derive what it still shows.
  s.contributors = contributorsOf(s);
  s.actionCounts = actionCountsOf(s);

  const events: ProjectEvent[] = [];
  const notifications: ProjectNotification[] = [];
  /** Bumped on every change, so the timer loop re-plans its next wake-up. */
  let changes = 0;
  let publishing: Promise<void> = Promise.resolve();
  /** Updates applied by this run and (the last hour of) the runs before it; only carried, never published. */
  const recentUpdates: Array<{ id: string; at: number }> = [...(input.recentUpdates ?? [])];
  /** The publication waiting for the one before it to be written, if any; later ones join it. */
  let queued: Transition | null = null;
  /** What PostgreSQL has not taken yet (events and notifications of transitions), oldest first. */
  let parked: ParkedTransition[] = input.parkedTransitions ?? [];

  const now = (): string => new Date().toISOString();

  function emit(
    action: string,
    gate: GateId | null,
    actor: Actor | null,
    payload: Record<string, unknown>,
    docs: string[] = [],
  ): void {
    s.eventCount += 1;
    events.push({
      eventId: `${s.projectId}:${s.eventCount}`,
      projectId: s.projectId,
      at: now(),
      actor,
      action,
      gate,
      payload,
      documentHashes: docs,
      policyVersion: policy.version,
      workflowId: s.workflowId,
      runId: s.runId,
    });
    changes += 1;
  }

  function notify(
    kind: NotificationKind,
    gate: GateId | null,
    role: Role,
    sub: string | null,
    dueAt: string | null,
    level: number,
    payload: Record<string, unknown> = {},
  ): void {
    notifications.push({
      notificationId: `${s.projectId}:${s.eventCount}:${kind}:${role}:${sub ?? '*'}`,
      projectId: s.projectId,
      kind,
      gate,
      recipientRole: role,
      recipientSub: sub,
      dueAt,
      at: now(),
      escalationLevel: level,
      payload: { title: s.registration.title, ...payload },
    });
  }

  /** Writes what changed; publications are chained, so the audit trail has the workflow's order. */
  function publish(): Promise<void> {
    s.version += 1;
    s.updatedAt = now();
    s.nextDeadline = earliestDeadline(s);
    const open = s.gates.find((g) => g.state === 'active' || g.state === 'waiting');
    s.currentGate = open ? open.gate : null;
    const attributes = searchAttributesOf(s);
    const updates =
      input.searchAttributeUpdates === 'changed'
        ? changedSearchAttributes(attributes, workflowInfo().typedSearchAttributes)
        : attributes;
    if (updates.length > 0) upsertSearchAttributes(updates);
    const transition = {
      snapshot: structuredCloneSafe(s),
      events: events.splice(0),
      notifications: notifications.splice(0),
    };
    if (queued !== null && patched('coalesce-publications')) {
      // Updates accepted while a publication is on its way (a client that does not wait for each answer): their
      // transitions become one, written by one activity in one transaction, in the same order.
      queued.snapshot = transition.snapshot;
      queued.events.push(...transition.events);
      queued.notifications.push(...transition.notifications);
      return publishing;
    }
    const next: Transition = transition;
    queued = next;
    publishing = publishing.then(() => {
      if (queued === next) queued = null;
      return deliver(next);
    });
    return publishing;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Steps that need attention (bounded runs)

  /** Writes what is parked first (with the newest snapshot), then this transition; parks what PostgreSQL refuses. */
  async function deliver(transition: Transition): Promise<void> {
    if (parked.length > 0) {
      const waiting = parked;
      try {
        hold(
          await bounded.publishing.publishTransition({
            snapshot: transition.snapshot,
            events: waiting.flatMap((t) => t.events),
            notifications: waiting.flatMap((t) => t.notifications),
            auditHead: s.auditHead ?? null,
          }),
        );
        parked = parked.slice(waiting.length);
        if (parked.length === 0 && s.attention?.activity === 'publishTransition') resolved();
      } catch (err) {
        needsAttention('publishTransition', err);
      }
    }
    try {
      // The head held now (the previous publish's), which the chain must still contain.
      hold(await bounded.publishing.publishTransition({ ...transition, auditHead: s.auditHead ?? null }));
    } catch (err) {
      if (!patched(BOUNDED_ACTIVITIES)) throw err;
      // The snapshot is not kept: the next one supersedes it.
      parked.push({ events: transition.events, notifications: transition.notifications });
      needsAttention('publishTransition', err);
    }
  }

  /**
   * Keeps the chain head a publish returned, a witness the database owner cannot change. Publications are chained,
   * so heads arrive in their order; the seq check keeps the newest all the same.
   */
  function hold(head: AuditHead | null | undefined): void {
    if (head && (!s.auditHead || head.seq >= s.auditHead.seq)) s.auditHead = head;
  }

  /** Marks the step; the first time, records it and tells the CIO office (in a transition of its own). */
  function needsAttention(activity: AttentionActivity, err: unknown): void {
    const cause = err instanceof ActivityFailure ? err.cause : err;
    const failure = cause instanceof ApplicationFailure ? cause : null;
    const detail = failure?.details?.[0] as { sqlstate?: unknown } | undefined;
    const sqlstate = typeof detail?.sqlstate === 'string' ? detail.sqlstate : null;
    const reason = (cause instanceof Error ? cause.message : String(cause)).slice(0, 1_000);
    // A transition that cannot be written matters more than a plan made without holidays: it keeps the slot.
    if (s.attention?.activity === 'publishTransition' && activity !== 'publishTransition') return;
    const first = !s.attention;
    const at = now();
    s.attention = {
      activity,
      since: s.attention?.since ?? at,
      lastFailedAt: at,
      reason,
      sqlstate,
      failures: (s.attention?.failures ?? 0) + 1,
      parkedEventIds: parked.flatMap((t) => t.events.map((e) => e.eventId)),
    };
    changes += 1;
    if (!first) return;
    emit('needs-attention', s.currentGate, null, {
      activity,
      reason,
      sqlstate,
      parkedEventIds: s.attention.parkedEventIds,
    });
    notify('escalation', s.currentGate, 'cio-office', null, null, 1, { reason: 'needs-attention', activity, sqlstate });
    // Not awaited: this runs inside the publishing chain, and the notice is the next link of it.
    void publish();
  }

  function resolved(): void {
    const was = s.attention;
    s.attention = null;
    emit('attention-resolved', s.currentGate, null, {
      activity: was?.activity ?? null,
      since: was?.since ?? null,
      failures: was?.failures ?? 0,
    });
    void publish();
  }

  async function planTask(input: { from: string; timing: TaskTiming }): Promise<TaskSchedule> {
    try {
      const plan = await bounded.planning.planTask(input);
      if (s.attention?.activity === 'planTask') resolved();
      return plan;
    } catch (err) {
      if (!patched(BOUNDED_ACTIVITIES)) throw err;
      needsAttention('planTask', err);
      // The same plan on the calendar without public holidays: a deadline a day early at worst, never none.
      return planTaskSchedule(new Date(input.from), input.timing, () => false);
    }
  }

  async function planAfter(input: { from: string; spec: string }): Promise<string> {
    try {
      const at = await bounded.planning.planAfter(input);
      if (s.attention?.activity === 'planAfter') resolved();
      return at;
    } catch (err) {
      if (!patched(BOUNDED_ACTIVITIES)) throw err;
      needsAttention('planAfter', err);
      return computeDueDate(new Date(input.from), parseDeadlineSpec(input.spec), () => false).toISOString();
    }
  }

  async function loadActivePolicy(): Promise<Policy> {
    try {
      const active = await bounded.planning.loadActivePolicy();
      if (s.attention?.activity === 'loadActivePolicy') resolved();
      return active;
    } catch (err) {
      if (!patched(BOUNDED_ACTIVITIES)) throw err;
      needsAttention('loadActivePolicy', err);
      return policy; // the project stays on the version it has
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Gates and steps

  function dropTimers(gate: GateId): void {
    s.timers = s.timers.filter((t) => t.gate !== gate || t.fired || t.kind === 'statutory-term');
  }

  function timingFor(gate: GateId, step: GateStep): TaskTiming {
    const g = policy.gates[gate];
    if (step === 'dpo-advice' && g.tasks?.['dpo-advice']) return g.tasks['dpo-advice'];
    if (step === 'answer-questions') return { ...g, assignee: 'case-owner', escalation: g.escalation };
    return g;
  }

  /** Opens a step of a gate for its assignee and plans its deadline, reminders and escalations. */
  async function openStep(
    gate: GateId,
    step: GateStep,
    options: { assigneeSub?: string | null; newCycle?: boolean } = {},
  ): Promise<void> {
    const g = gateOf(s, gate);
    const timing = timingFor(gate, step);
    if (options.newCycle || g.state !== 'active') g.cycle += 1;
    const openedAt = now();
    Object.assign(g, {
      state: 'active',
      step,
      assigneeRole: timing.assignee,
      assigneeSub: options.assigneeSub ?? (timing.assignee === 'case-owner' ? s.caseOwner.sub : null),
      openedAt,
      dueAt: null,
      completedAt: null,
      escalationLevel: 0,
    });
    dropTimers(gate);
    emit('step-opened', gate, null, { step, assigneeRole: timing.assignee, cycle: g.cycle });
    const plan = await planTask({ from: openedAt, timing });
    if (g.step !== step || g.openedAt !== openedAt || g.state !== 'active') return; // moved on while planning
    g.dueAt = plan.dueAt;
    const sub = g.assigneeSub;
    plan.reminders.forEach((at, i) => s.timers.push(timer('reminder', gate, step, at, i + 1, timing.assignee, sub)));
    for (const e of plan.escalations) s.timers.push(timer('escalation', gate, step, e.at, e.level, e.role, null));
    notify('task-opened', gate, timing.assignee, sub, plan.dueAt, 0, { step });
    changes += 1;
  }

  function timer(
    kind: TimerEntry['kind'],
    gate: GateId | null,
    step: GateStep | null,
    at: string,
    level: number,
    role: Role,
    sub: string | null,
  ): TimerEntry {
    return {
      id: `${kind}:${gate ?? '-'}:${step ?? '-'}:${s.eventCount}:${level}`,
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

  function completeGate(gate: GateId, outcome: Record<string, unknown>): void {
    const g = gateOf(s, gate);
    Object.assign(g, { state: 'completed', step: null, completedAt: now(), outcome, assigneeRole: g.assigneeRole });
    dropTimers(gate);
    emit('gate-completed', gate, null, { outcome });
  }

  // Plain functions that hand back openStep's promise: an async wrapper would add promises, and with them the SDK's
  // stack trace per promise, to every gate change.
  function advanceFrom(gate: GateId): Promise<void> {
    return openGate(nextGateAfter(s, gate));
  }

  function openGate(gate: GateId): Promise<void> {
    switch (gate) {
      case 'quick-scan':
        return openStep('quick-scan', 'answer-quick-scan', { newCycle: true });
      case 'dpia':
        return openStep('dpia', 'submit-dpia', { newCycle: true });
      case 'commission-reflection':
        return openStep('commission-reflection', 'schedule-meeting', { newCycle: true });
      case 'portfolio-decision':
        return openStep('portfolio-decision', 'decide', { newCycle: true });
      case 'council-information':
        return openStep('council-information', 'inform-council', { newCycle: true });
    }
  }

  function markRoute(): void {
    for (const g of s.gates) {
      if (g.gate === 'quick-scan' || g.state === 'completed' || g.state === 'active' || g.state === 'waiting') continue;
      g.state = gateApplies(s, g.gate) ? 'pending' : 'not-required';
    }
  }

  function closeAll(): void {
    for (const g of s.gates) {
      if (g.state === 'active' || g.state === 'waiting')
        Object.assign(g, { state: 'pending', step: null, dueAt: null });
    }
    s.timers = s.timers.filter((t) => t.fired);
  }

  /** Runs an Update's work after its validator accepted it; the answer is the project once it is recorded. */
  async function act(work: () => Promise<void> | void): Promise<ProjectSnapshot> {
    await work();
    await publish();
    return structuredCloneSafe(s);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Handlers: all registered before the first await.

  setHandler(defs.projectStateQuery, () => s);
  setHandler(defs.auditHeadQuery, () => s.auditHead ?? null);

  /** An Update whose validator refuses at once, and whose handler records the action before answering. */
  function on<A>(
    def: UpdateDefinition<ProjectSnapshot, [A], string>,
    validate: (a: A) => void,
    handle: (a: A) => Promise<ProjectSnapshot>,
  ): void {
    setHandler(
      def,
      (a: A) => {
        const id = currentUpdateInfo()?.id;
        // An Update id this project applied in an earlier run (Temporal deduplicates within a run only): a retry of
        // an action that was applied before a continue-as-new answers with the project as it is, and changes nothing.
        if (id !== undefined && appliedBefore(id) && patched('update-ids-across-runs')) {
          return Promise.resolve(structuredCloneSafe(s));
        }
        if (id !== undefined) rememberUpdateId(id);
        // Accepted text is recorded NFC (the validator refused what the text rule refuses); the same on replay.
        checkTextTree(a, { rootKind: 'text', normalise: true });
        return handle(a);
      },
      {
        validator: (a: A) => {
          const id = currentUpdateInfo()?.id;
          if (id !== undefined && appliedBefore(id)) return;
          validate(a);
        },
      },
    );
  }

  /** Whether an earlier run of this project applied this Update id (within this run Temporal itself deduplicates). */
  function appliedBefore(id: string): boolean {
    return recentUpdates.some((u) => u.id === id);
  }

  function rememberUpdateId(id: string): void {
    recentUpdates.push({ id, at: Date.now() });
    if (recentUpdates.length > RECENT_UPDATES_MAX) recentUpdates.splice(0, recentUpdates.length - RECENT_UPDATES_MAX);
  }

  /** What the next run gets: the Updates of the last hour. */
  function carriedUpdates(): Array<{ id: string; at: number }> {
    const since = Date.now() - RECENT_UPDATES_MS;
    return recentUpdates.filter((u) => u.at >= since);
  }

  on(
    defs.submitQuickScan,
    (a) =>
      guard(() => {
        checkQuickScan(s, a);
        evaluateQuickScan(policy, a.answers as QuickScanAnswers);
      }),
    (a) =>
      act(async () => {
        const outcome = evaluateQuickScan(policy, a.answers as QuickScanAnswers);
        const previous = s.route?.outcome ?? null;
        const { ignoredAnswers: _ignored, ...kept } = outcome;
        addContributor(s, a.actor.sub, 'quick-scan', now());
        s.route = {
          outcome: kept,
          answers: a.answers as QuickScanAnswers,
          dpiaOptIn: a.dpiaOptIn === true,
          decidedAt: now(),
        };
        completeGate('quick-scan', {
          dpia: outcome.dpia,
          aiActClass: outcome.aiActClass,
          riskLevel: outcome.riskLevel,
          commission: outcome.commission,
          council: outcome.council,
        });
        emit('quick-scan-submitted', 'quick-scan', a.actor, {
          answers: a.answers,
          dpiaOptIn: a.dpiaOptIn === true,
          outcome: kept,
          reasons: outcome.reasons.map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, source: r.source.citation })),
        });
        if (outcome.aiActClass === 'prohibited') {
          s.status = 'stopped';
          closeAll();
          emit('project-stopped', 'quick-scan', null, { reason: 'ai-act-prohibited-practice' });
          notify('project-stopped', 'quick-scan', 'cio-office', null, null, 1, {
            reason: 'ai-act-prohibited-practice',
          });
          notify('escalation', 'quick-scan', 'cio-office', null, null, 1, { reason: 'ai-act-prohibited-practice' });
          return;
        }
        if (s.status === 'in-use' && previous !== null && !routeGotStronger(previous, outcome)) {
          // A re-evaluation that changed nothing that matters: the project stays in use.
          emit('reevaluation-unchanged', 'quick-scan', null, {});
          await scheduleReevaluation();
          return;
        }
        if (s.status === 'in-use') {
          s.status = 'active';
          s.decision = null;
          s.advices = [];
          for (const g of s.gates) if (g.gate !== 'quick-scan') Object.assign(g, { state: 'pending', outcome: null });
        }
        markRoute();
        await advanceFrom('quick-scan');
      }),
  );

  on(
    defs.submitDpia,
    (a) => guard(() => checkDpiaSubmission(s, a)),
    (a) =>
      act(async () => {
        // Kept in the snapshot (not in a local), so it survives continue-as-new and the read model shows it.
        addContributor(s, a.actor.sub, 'dpia', now());
        emit('dpia-submitted', 'dpia', a.actor, { document: a.document, elements: a.elements }, [a.document.sha256]);
        await openStep('dpia', 'dpo-advice');
      }),
  );

  on(
    defs.giveDpoAdvice,
    (a) => guard(() => checkDpoAdvice(s, a)),
    (a) =>
      act(async () => {
        const advice = adviceFrom(
          'dpo-advice',
          'dpia',
          a.advice,
          person(a.actor),
          now(),
          { conditions: a.conditions ?? [], summary: a.summary },
          s.cycle,
        );
        s.advices = [...s.advices.filter((x) => x.id !== advice.id), advice];
        emit('dpo-advice-given', 'dpia', a.actor, {
          advice: a.advice,
          conditions: a.conditions ?? [],
          summary: a.summary,
          priorConsultationRequired: a.priorConsultationRequired,
        });
        if (a.priorConsultationRequired) {
          const g = gateOf(s, 'dpia');
          const startedAt = now();
          Object.assign(g, {
            state: 'waiting',
            step: 'prior-consultation',
            assigneeRole: 'dpo',
            assigneeSub: null,
            escalationLevel: 0,
          });
          dropTimers('dpia');
          const dueAt = await planAfter({ from: startedAt, spec: policy.priorConsultation.term });
          s.priorConsultation = { startedAt, dueAt, extended: false, answer: null };
          g.dueAt = dueAt;
          s.timers.push(timer('statutory-term', 'dpia', 'prior-consultation', dueAt, 1, 'cio-office', null));
          emit('prior-consultation-started', 'dpia', null, {
            term: policy.priorConsultation.term,
            dueAt,
            source: policy.priorConsultation.source,
          });
          return;
        }
        completeGate('dpia', { advice: a.advice });
        await advanceFrom('dpia');
      }),
  );

  on(
    defs.recordPriorConsultation,
    (a) => guard(() => checkPriorConsultation(s, a)),
    (a) =>
      act(async () => {
        const pc = s.priorConsultation;
        if (!pc) return;
        if (a.extend) {
          const dueAt = await planAfter({ from: pc.dueAt, spec: policy.priorConsultation.extension });
          s.priorConsultation = { ...pc, dueAt, extended: true };
          gateOf(s, 'dpia').dueAt = dueAt;
          s.timers = s.timers.filter((t) => !(t.kind === 'statutory-term' && !t.fired));
          s.timers.push(timer('statutory-term', 'dpia', 'prior-consultation', dueAt, 2, 'cio-office', null));
          emit('prior-consultation-extended', 'dpia', a.actor, {
            extension: policy.priorConsultation.extension,
            dueAt,
          });
        }
        if (a.answer) {
          s.priorConsultation = { ...(s.priorConsultation ?? pc), answer: a.answer.outcome };
          const advice = adviceFrom(
            'dpa-prior-consultation',
            'dpia',
            a.answer.outcome,
            person(a.actor),
            now(),
            { summary: a.answer.summary },
            s.cycle,
          );
          s.advices = [...s.advices.filter((x) => x.id !== advice.id), advice];
          s.timers = s.timers.filter((t) => !(t.kind === 'statutory-term' && !t.fired));
          emit('prior-consultation-answered', 'dpia', a.actor, { answer: a.answer });
          completeGate('dpia', { advice: gateOf(s, 'dpia').outcome, priorConsultation: a.answer.outcome });
          await advanceFrom('dpia');
        }
      }),
  );

  on(
    defs.requestReflection,
    (a) => guard(() => checkReflectionRequest(s, a, policyLimits(policy))),
    (a) =>
      act(async () => {
        countAction(s, 'reflectionRequests');
        s.reflectionRequests.push({ by: person(a.actor), at: now(), reason: a.reason });
        emit('reflection-requested', 'commission-reflection', a.actor, { reason: a.reason });
        const g = gateOf(s, 'commission-reflection');
        if (g.state === 'not-required') g.state = 'pending';
        // Asked for while the decision is already on the table: the commission goes first.
        const decision = gateOf(s, 'portfolio-decision');
        if (decision.state === 'active') {
          Object.assign(decision, { state: 'pending', step: null, dueAt: null });
          dropTimers('portfolio-decision');
          await openGate('commission-reflection');
        }
      }),
  );

  on(
    defs.scheduleCommission,
    (a) => guard(() => checkCommissionAgenda(s, a, now())),
    (a) =>
      act(() => {
        const g = gateOf(s, 'commission-reflection');
        s.commission = { meetingDate: a.meetingDate, questions: s.commission?.questions ?? [] };
        Object.assign(g, { state: 'waiting', step: 'await-meeting', dueAt: new Date(a.meetingDate).toISOString() });
        dropTimers('commission-reflection');
        s.timers.push(
          timer(
            'meeting',
            'commission-reflection',
            'await-meeting',
            new Date(a.meetingDate).toISOString(),
            1,
            'ethics-secretary',
            null,
          ),
        );
        emit('commission-scheduled', 'commission-reflection', a.actor, { meetingDate: a.meetingDate });
      }),
  );

  on(
    defs.askCommissionQuestions,
    (a) => guard(() => checkCommissionQuestions(s, a, policyLimits(policy))),
    (a) =>
      act(async () => {
        countAction(s, 'questionRounds');
        const askedAt = now();
        const plan = await planTask({ from: askedAt, timing: timingFor('commission-reflection', 'answer-questions') });
        const asked = a.questions.map((text) => ({ text, askedAt, dueAt: plan.dueAt, answer: null }));
        s.commission = {
          meetingDate: s.commission?.meetingDate ?? null,
          questions: [...(s.commission?.questions ?? []), ...asked],
        };
        emit('commission-questions-asked', 'commission-reflection', a.actor, {
          questions: a.questions,
          dueAt: plan.dueAt,
        });
        await openStep('commission-reflection', 'answer-questions', { assigneeSub: s.caseOwner.sub });
      }),
  );

  on(
    defs.answerCommissionQuestions,
    (a) => guard(() => checkCommissionAnswers(s, a)),
    (a) =>
      act(async () => {
        addContributor(s, a.actor.sub, 'commission-answers', now());
        let i = 0;
        const questions = (s.commission?.questions ?? []).map((q) =>
          q.answer === null ? { ...q, answer: a.answers[i++] ?? '' } : q,
        );
        s.commission = { meetingDate: s.commission?.meetingDate ?? null, questions };
        emit('commission-questions-answered', 'commission-reflection', a.actor, { answers: a.answers });
        const meeting = s.commission.meetingDate;
        if (meeting && Date.parse(meeting) > Date.now()) {
          const g = gateOf(s, 'commission-reflection');
          Object.assign(g, {
            state: 'waiting',
            step: 'await-meeting',
            assigneeRole: 'ethics-secretary',
            assigneeSub: null,
            dueAt: new Date(meeting).toISOString(),
          });
          dropTimers('commission-reflection');
          s.timers.push(
            timer(
              'meeting',
              'commission-reflection',
              'await-meeting',
              new Date(meeting).toISOString(),
              1,
              'ethics-secretary',
              null,
            ),
          );
        } else {
          await openStep('commission-reflection', meeting ? 'record-reflection' : 'schedule-meeting');
        }
      }),
  );

  on(
    defs.recordReflection,
    (a) => guard(() => checkCommissionReflection(s, a)),
    (a) =>
      act(async () => {
        const advice = adviceFrom(
          'commission-reflection',
          'commission-reflection',
          'reflection',
          person(a.actor),
          now(),
          { conditions: a.recommendations, summary: a.summary },
          s.cycle,
        );
        s.advices = [...s.advices.filter((x) => x.id !== advice.id), advice];
        emit('reflection-recorded', 'commission-reflection', a.actor, {
          summary: a.summary,
          recommendations: a.recommendations,
          publish: a.publish,
        });
        if (a.publish)
          notify('reflection-published', 'commission-reflection', 'cio-office', null, null, 0, { summary: a.summary });
        completeGate('commission-reflection', { recommendations: a.recommendations.length, published: a.publish });
        await advanceFrom('commission-reflection');
      }),
  );

  on(
    defs.decide,
    (a) => guard(() => checkDecision(s, a)),
    (a) =>
      act(async () => {
        const decision = {
          outcome: a.outcome,
          rationale: a.rationale,
          conditions: a.conditions ?? [],
          returnTo: a.outcome === 'returned' ? (a.returnTo ?? null) : null,
          adviceResponses: a.adviceResponses,
          by: person(a.actor),
          at: now(),
        };
        emit('decision-taken', 'portfolio-decision', a.actor, { ...decision, by: undefined });
        notify('decision', 'portfolio-decision', 'case-owner', s.caseOwner.sub, null, 0, { outcome: a.outcome });
        if (a.outcome === 'returned' && a.returnTo) {
          const g = gateOf(s, 'portfolio-decision');
          Object.assign(g, {
            state: 'returned',
            step: null,
            dueAt: null,
            outcome: { outcome: 'returned', returnTo: a.returnTo },
          });
          dropTimers('portfolio-decision');
          const order: GateId[] = ['quick-scan', 'dpia', 'commission-reflection'];
          for (const later of order.slice(order.indexOf(a.returnTo) + 1)) {
            const lg = gateOf(s, later);
            if (lg.state === 'completed') Object.assign(lg, { state: 'pending', outcome: null, completedAt: null });
          }
          s.advices = s.advices.filter((adv) => order.indexOf(adv.gate) < order.indexOf(a.returnTo as GateId));
          emit('returned-for-rework', a.returnTo, null, { from: 'portfolio-decision' });
          await openGate(a.returnTo);
          return;
        }
        s.decision = decision;
        completeGate('portfolio-decision', { outcome: a.outcome, conditions: decision.conditions });
        if (a.outcome === 'rejected') {
          s.status = 'rejected';
          closeAll();
          return;
        }
        s.status = 'in-use';
        if (gateApplies(s, 'council-information')) await openGate('council-information');
        await scheduleReevaluation();
      }),
  );

  on(
    defs.recordCouncilInformation,
    (a) => guard(() => checkCouncilInformation(s, a)),
    (a) =>
      act(() => {
        emit('council-informed', 'council-information', a.actor, {
          reference: a.reference,
          date: a.date,
          channel: a.channel,
        });
        completeGate('council-information', { reference: a.reference, date: a.date, channel: a.channel });
      }),
  );

  on(
    defs.holdProject,
    (a) => guard(() => checkHold(s, a, policyLimits(policy))),
    (a) =>
      act(() => {
        countAction(s, 'holds');
        s.heldAt = now();
        s.status = 'on-hold';
        emit('put-on-hold', null, a.actor, { reason: a.reason });
      }),
  );

  on(
    defs.resumeProject,
    (a) => guard(() => checkResume(s, a)),
    (a) =>
      act(() => {
        const pausedMs = Date.now() - Date.parse(s.heldAt ?? now());
        // Deadlines keep the time they had left; the DPA's statutory term runs on regardless of our hold.
        const shift = (iso: string | null): string | null =>
          iso ? new Date(Date.parse(iso) + pausedMs).toISOString() : null;
        s.timers = s.timers.map((t) =>
          t.fired || t.kind === 'statutory-term' || t.kind === 'meeting' ? t : { ...t, at: shift(t.at) as string },
        );
        for (const g of s.gates) {
          if (g.state === 'active') g.dueAt = shift(g.dueAt);
        }
        s.status = s.decision && s.decision.outcome !== 'returned' ? 'in-use' : 'active';
        s.heldAt = null;
        emit('resumed', null, a.actor, { reason: a.reason, pausedMs });
      }),
  );

  on(
    defs.withdrawProject,
    (a) => guard(() => checkWithdraw(s, a)),
    (a) =>
      act(() => {
        s.status = 'withdrawn';
        s.heldAt = null;
        closeAll();
        emit('withdrawn', null, a.actor, { reason: a.reason });
      }),
  );

  on(
    defs.amendProject,
    (a) => guard(() => checkAmend(s, a, policyLimits(policy))),
    (a) =>
      act(async () => {
        countAction(s, 'amendments');
        addContributor(s, a.actor.sub, 'amendment', now());
        const changes = a.changes;
        s.registration = {
          ...s.registration,
          ...(changes.title ? { title: changes.title } : {}),
          ...(changes.summary ? { summary: changes.summary } : {}),
          ...(changes.technologies
            ? { technologies: changes.technologies as ProjectSnapshot['registration']['technologies'] }
            : {}),
          ...(changes.plannedStart ? { plannedStart: changes.plannedStart } : {}),
        };
        emit('amended', null, a.actor, { reason: a.reason, changes });
        policy = await loadActivePolicy();
        s.policy = { id: policy.id, version: policy.version };
        s.cycle += 1;
        s.status = 'active';
        s.decision = null;
        s.advices = [];
        closeAll();
        for (const g of s.gates)
          Object.assign(g, { state: g.gate === 'quick-scan' ? g.state : 'pending', outcome: null, completedAt: null });
        await openGate('quick-scan');
      }),
  );

  async function scheduleReevaluation(): Promise<void> {
    const interval = policy.reevaluation[s.route?.outcome.riskLevel ?? 'high'];
    const at = await planAfter({ from: now(), spec: interval });
    s.timers = s.timers.filter((t) => t.kind !== 'reevaluation' || t.fired);
    s.timers.push(timer('reevaluation', null, null, at, s.cycle + 1, 'case-owner', s.caseOwner.sub));
    emit('reevaluation-scheduled', null, null, { at, interval, riskLevel: s.route?.outcome.riskLevel ?? null });
  }

  // -------------------------------------------------------------------------------------------------------------
  // Start, and the timer loop

  if (input.carriedOver && input.continuedFor === 'history') {
    // Continued as new because the history grew long: carry on where the previous run stood; nothing restarts.
    // The publish records the new run id in the read model.
  } else if (input.carriedOver) {
    emit('reevaluation-started', 'quick-scan', null, { cycle: s.cycle, policyVersion: policy.version });
    await openGate('quick-scan');
  } else {
    emit('registered', null, input.caseOwner, { registration: input.registration, policyVersion: policy.version });
    await openGate('quick-scan');
  }
  await publish();

  for (;;) {
    if (historyTooLong()) {
      // Temporal suggests a fresh run (or the run reached the policy's bound): let the Updates in flight finish,
      // write what they changed, and carry the whole state (its chain head included) into the next run.
      await condition(allHandlersFinished);
      await publishing;
      await continueAsNew<typeof projectWorkflow>({
        ...input,
        policy,
        carriedOver: structuredCloneSafe(s),
        continuedFor: 'history',
        recentUpdates: carriedUpdates(),
        parkedTransitions: parked.length > 0 ? parked : undefined,
      });
    }
    const council = gateOf(s, 'council-information');
    // A closed project with transitions still parked waits for them to be written before it ends.
    if (isClosed(s) && council.state !== 'active' && parked.length === 0) break;
    const next =
      s.heldAt === null ? s.timers.filter((t) => !t.fired).sort((a, b) => a.at.localeCompare(b.at))[0] : undefined;
    const seen = changes;
    const retrying = parked.length > 0;
    let waitMs = next ? Math.max(0, Date.parse(next.at) - Date.now()) : undefined;
    if (retrying) waitMs = Math.min(waitMs ?? ATTENTION_RETRY_MS, ATTENTION_RETRY_MS);
    const woke = () => changes !== seen || (isClosed(s) && council.state !== 'active' && parked.length === 0);
    if (waitMs === undefined) {
      await condition(woke);
      continue;
    }
    if (await condition(woke, waitMs)) continue;
    if (retrying && (!next || Date.parse(next.at) > Date.now())) {
      // The hourly retry of a step that needs attention: a publish sends what is parked first.
      await publish();
      continue;
    }
    if (!next) continue;
    if (next.kind === 'reevaluation') {
      next.fired = true;
      await publishing;
      const carried = structuredCloneSafe(s);
      carried.cycle += 1;
      carried.timers = carried.timers.filter((t) => !t.fired || t.kind === 'reevaluation').slice(-20);
      await continueAsNew<typeof projectWorkflow>({
        ...input,
        policy: await loadActivePolicy(),
        carriedOver: carried,
        ...(input.continuedFor ? { continuedFor: 'reevaluation' as const } : {}),
        ...(recentUpdates.length > 0 ? { recentUpdates: carriedUpdates() } : {}),
        // Always said, so what an earlier run parked and this one wrote is not carried again.
        parkedTransitions: parked.length > 0 ? parked : undefined,
      });
    }
    await fireDue();
  }
  await publishing;
  return s;

  /**
   * Whether this run should continue as new: Temporal suggests it (history length or size), or the run has more
   * events than the policy's limits.historyEvents. Behind a patch: histories recorded before it never did this.
   */
  function historyTooLong(): boolean {
    const current = workflowInfo();
    const due = current.continueAsNewSuggested || current.historyLength >= policyLimits(policy).historyEvents;
    return due && patched('continue-as-new-on-history');
  }

  async function fireDue(): Promise<void> {
    const due = s.timers.filter((t) => !t.fired && Date.parse(t.at) <= Date.now() && t.kind !== 'reevaluation');
    for (const t of due) {
      t.fired = true;
      const g = t.gate ? gateOf(s, t.gate) : null;
      switch (t.kind) {
        case 'reminder':
          emit('reminder-sent', t.gate, null, { step: t.step, dueAt: g?.dueAt ?? null, reminder: t.level, to: t.role });
          notify('reminder', t.gate, t.role, t.recipientSub, g?.dueAt ?? null, 0, { step: t.step, reminder: t.level });
          break;
        case 'escalation':
          if (g) g.escalationLevel = t.level;
          emit('escalated', t.gate, null, { step: t.step, level: t.level, to: t.role, dueAt: g?.dueAt ?? null });
          notify('escalation', t.gate, t.role, null, g?.dueAt ?? null, t.level, { step: t.step });
          break;
        case 'statutory-term':
          if (g) g.escalationLevel = t.level;
          emit('prior-consultation-term-expired', t.gate, null, {
            dueAt: t.at,
            extended: s.priorConsultation?.extended ?? false,
          });
          notify('escalation', t.gate, 'cio-office', null, t.at, t.level, {
            step: 'prior-consultation',
            reason: 'statutory-term-expired',
          });
          break;
        case 'meeting':
          emit('commission-met', t.gate, null, { meetingDate: s.commission?.meetingDate ?? null });
          await openStep('commission-reflection', 'record-reflection');
          break;
        case 'reevaluation':
          break;
      }
    }
    // Fired timers stay visible (the project page shows them) but only the recent ones: the state must stay small.
    s.timers = s.timers.filter((t) => !t.fired).concat(s.timers.filter((t) => t.fired).slice(-50));
    await publish();
  }
}

/** Strictly stronger on any dimension that routes the project. */
function routeGotStronger(
  previous: { dpia: string; commission: string; council: string; aiActClass: string; riskLevel: string },
  next: { dpia: string; commission: string; council: string; aiActClass: string; riskLevel: string },
): boolean {
  const scales: Record<string, string[]> = {
    dpia: ['not-required', 'recommended', 'required'],
    commission: ['optional', 'required'],
    council: ['optional', 'required'],
    aiActClass: ['not-applicable', 'minimal', 'limited', 'high-risk', 'prohibited'],
    riskLevel: ['low', 'medium', 'high'],
  };
  return Object.entries(scales).some(
    ([k, scale]) =>
      scale.indexOf((next as Record<string, string>)[k] ?? '') >
      scale.indexOf((previous as Record<string, string>)[k] ?? ''),
  );
}

/** Refusals become ApplicationFailures whose type is the refusal code, so the API can map them to HTTP. */
function guard(check: () => void): void {
  try {
    check();
  } catch (err) {
    if (err instanceof ActionRefused)
      throw ApplicationFailure.create({ type: err.code, message: err.message, nonRetryable: true });
    if (err instanceof QuickScanAnswersError) {
      throw ApplicationFailure.create({
        type: err.code,
        message: err.message,
        nonRetryable: true,
        details: [err.issues],
      });
    }
    throw err;
  }
}

/** A deep copy through JSON: the state is plain data, and handlers must not hand out the live object. */
function structuredCloneSafe<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
