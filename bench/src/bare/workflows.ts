/**
 * The bare side of the benchmarks: the least a workflow can do and still produce what Waardenpoort's intake and
 * decision produce, with the same activities (apps/worker createActivities) on the same Temporal server: the rows,
 * and a durable timer for the first reminder. No policy evaluation, no validators, no search attributes, no timer
 * loop over escalations, no API in front: what is left is Temporal plus the database writes. Bundled on its own with
 * bundleWorkflowCode; imports only @temporalio/workflow (types from the domain are erased).
 */
import { condition, defineUpdate, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type {
  Actor,
  AuditAction,
  GateId,
  GateView,
  NotificationKind,
  ProjectActivities,
  ProjectEvent,
  ProjectNotification,
  ProjectSnapshot,
  Role,
  TaskTiming,
} from '@waardenpoort/domain';

export interface BareInput {
  /** initialSnapshot() of the project, built by the client */
  snapshot: ProjectSnapshot;
  /** The quick-scan's timing in the policy, for planTask */
  timing: TaskTiming;
  /** The re-evaluation interval of a low-risk project, for planAfter */
  reevaluation: string;
  /** Unused ballast of the size the real workflow's input carries (the pinned policy), in one variant */
  ballast?: unknown;
}

export interface BareDecision {
  actor: Actor;
  outcome: 'approved';
  rationale: string;
}

/** Decide: planAfter + publishTransition, answered once the read model has it (as the real `decide`). */
export const bareDecide = defineUpdate<number, [BareDecision]>('bareDecide');
/** An Update that does nothing: Temporal's own round trip, the floor under every gate action. */
export const barePing = defineUpdate<number, []>('barePing');

const { planTask, planAfter, publishTransition } = proxyActivities<
  Pick<ProjectActivities, 'planTask' | 'planAfter' | 'publishTransition'>
>({
  // The same options as workflows/src/project.workflow.ts.
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

export async function bareProjectWorkflow(input: BareInput): Promise<void> {
  const s = input.snapshot;
  s.runId = workflowInfo().runId;
  let decided = false;
  const now = (): string => new Date().toISOString();

  const event = (
    action: AuditAction,
    gate: GateId | null,
    actor: Actor | null,
    payload: Record<string, unknown>,
  ): ProjectEvent => {
    s.eventCount += 1;
    return {
      eventId: `${s.projectId}:${s.eventCount}`,
      projectId: s.projectId,
      at: now(),
      actor,
      action,
      gate,
      payload,
      documentHashes: [],
      policyVersion: s.policy.version,
      workflowId: s.workflowId,
      runId: s.runId,
    };
  };
  const notification = (
    kind: NotificationKind,
    gate: GateId,
    role: Role,
    sub: string | null,
    dueAt: string | null,
  ): ProjectNotification => ({
    notificationId: `${s.projectId}:${s.eventCount}:${kind}:${role}:${sub ?? '*'}`,
    projectId: s.projectId,
    kind,
    gate,
    recipientRole: role,
    recipientSub: sub,
    dueAt,
    at: now(),
    escalationLevel: 0,
    payload: { title: s.registration.title },
  });
  const gateView = (id: GateId): GateView => s.gates.find((g) => g.gate === id) as GateView;

  setHandler(barePing, () => s.version);
  setHandler(bareDecide, async (d) => {
    const at = now();
    const reevaluateAt = await planAfter({ from: at, spec: input.reevaluation });
    const open = s.gates.find((g) => g.state === 'active') ?? gateView('portfolio-decision');
    Object.assign(open, { state: 'completed', step: null, completedAt: at, outcome: { outcome: d.outcome } });
    s.status = 'in-use';
    s.currentGate = null;
    s.nextDeadline = null;
    s.decision = {
      outcome: d.outcome,
      rationale: d.rationale,
      conditions: [],
      returnTo: null,
      adviceResponses: [],
      by: { sub: d.actor.sub, name: d.actor.name, roles: d.actor.roles },
      at,
    };
    s.version += 1;
    s.updatedAt = at;
    const events = [
      event('decision-taken', 'portfolio-decision', d.actor, { outcome: d.outcome, rationale: d.rationale }),
      event('gate-completed', open.gate, null, { outcome: { outcome: d.outcome } }),
      event('reevaluation-scheduled', null, null, { at: reevaluateAt, interval: input.reevaluation }),
    ];
    const notifications = [notification('decision', 'portfolio-decision', 'case-owner', s.caseOwner.sub, null)];
    await publishTransition({ snapshot: s, events, notifications });
    decided = true;
    return s.version;
  });

  // Intake: open the first task and publish it, with a registration event (two events, one notification).
  const registered = event('registered', null, s.caseOwner, { registration: s.registration });
  const openedAt = now();
  const plan = await planTask({ from: openedAt, timing: input.timing });
  Object.assign(gateView('quick-scan'), {
    state: 'active',
    step: 'answer-quick-scan',
    assigneeRole: input.timing.assignee,
    assigneeSub: s.caseOwner.sub,
    openedAt,
    dueAt: plan.dueAt,
    cycle: 1,
  });
  const opened = event('step-opened', 'quick-scan', null, { step: 'answer-quick-scan', cycle: 1 });
  s.version = 1;
  s.updatedAt = openedAt;
  s.currentGate = 'quick-scan';
  s.nextDeadline = plan.dueAt;
  await publishTransition({
    snapshot: s,
    events: [registered, opened],
    notifications: [notification('task-opened', 'quick-scan', input.timing.assignee, s.caseOwner.sub, plan.dueAt)],
  });
  // Like the project workflow, wait for the decision or the task's first reminder, whichever comes first: a durable
  // timer is part of what an intake produces (without it nobody is reminded). The benchmarks never let it fire; if it
  // did, this workflow would only wait on for the decision.
  const wakeAt = [...plan.reminders, plan.dueAt].sort()[0] ?? plan.dueAt;
  if (!(await condition(() => decided, Math.max(1, Date.parse(wakeAt) - Date.now())))) await condition(() => decided);
}

export interface BareSleeperInput {
  /** initialSnapshot() of a project, built by the client */
  snapshot: ProjectSnapshot;
  /** ISO instant to wake at and publish a reminder; null: sleep for hours (an open workflow with a timer) */
  at: string | null;
}

/**
 * Benchmark 4's bare reference: a workflow that only waits on a timer, and when it is one of the measured ones,
 * publishes a reminder with the same activity at the planned instant. Its worker runs in a process of its own, so
 * its memory per open workflow can be compared with the project workflow's.
 */
export async function bareSleeperWorkflow(input: BareSleeperInput): Promise<void> {
  const s = input.snapshot;
  s.runId = workflowInfo().runId;
  const wait = input.at === null ? 3 * 3_600_000 : Date.parse(input.at) - Date.now();
  await sleep(Math.max(1, wait));
  if (input.at === null) return;
  const at = new Date().toISOString();
  s.version = 1;
  s.updatedAt = at;
  s.eventCount = 1;
  await publishTransition({
    snapshot: s,
    events: [
      {
        eventId: `${s.projectId}:1`,
        projectId: s.projectId,
        at,
        actor: null,
        action: 'reminder-sent',
        gate: 'quick-scan',
        payload: { step: 'answer-quick-scan', reminder: 1, to: 'case-owner' },
        documentHashes: [],
        policyVersion: s.policy.version,
        workflowId: s.workflowId,
        runId: s.runId,
      },
    ],
    notifications: [],
  });
}
