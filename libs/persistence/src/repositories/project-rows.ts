import { scopeFlagsOf, submissionTaskOf, type GateView, type ProjectSnapshot } from '@waardenpoort/domain';
import { ProjectEntity, type ProjectDetails } from '../entities/project.entity';
import { TaskEntity } from '../entities/task.entity';

// How a workflow snapshot reads as read-model rows: the one mapping that `applySnapshot` writes and that an answer
// built from the snapshot an Update returned shows, so both say the same.

/**
 * The gates with someone to act: each is an open task; and the case owner's submission deadline for the commission
 * meeting, beside the secretary's wait for it, as one more task of that gate.
 */
export function openTaskGates(s: ProjectSnapshot): GateView[] {
  const open = s.gates.filter((g) => (g.state === 'active' || g.state === 'waiting') && g.assigneeRole !== null);
  const submission = submissionTaskOf(s);
  return submission ? [...open, submission] : open;
}

/** One task per step of a gate's cycle: when the DPIA moves from the owner to the DPO, the owner's task closes. */
export function taskIdOf(s: ProjectSnapshot, g: GateView): string {
  return `${s.projectId}:${g.gate}:${g.cycle}:${g.step ?? '-'}`;
}

/** The project row's `details` column. */
export function detailsOf(s: ProjectSnapshot): Required<ProjectDetails> {
  return {
    route: s.route ?? null,
    advices: s.advices ?? [],
    decision: s.decision ?? null,
    reflectionRequests: s.reflectionRequests ?? [],
    commission: s.commission ?? null,
    priorConsultation: s.priorConsultation ?? null,
    heldAt: s.heldAt ?? null,
    cycle: s.cycle ?? 0,
    timers: s.timers ?? [],
    attention: s.attention ?? null,
    reflectionPublication: s.reflectionPublication ?? null,
    reassessment: s.reassessment ?? null,
  };
}

/**
 * The project row and its open tasks (deadline order) as `applySnapshot` writes them for this snapshot: what a
 * single-project answer shows, without reading it back.
 */
export function rowsOfSnapshot(s: ProjectSnapshot): { project: ProjectEntity; openTasks: TaskEntity[] } {
  const flags = scopeFlagsOf(s);
  const project = Object.assign(new ProjectEntity(), {
    id: s.projectId,
    workflowId: s.workflowId,
    runId: s.runId,
    title: s.registration.title,
    summary: s.registration.summary,
    department: s.registration.department,
    technologies: s.registration.technologies,
    plannedStart: s.registration.plannedStart,
    caseOwnerSub: s.caseOwner.sub,
    caseOwnerName: s.caseOwner.name,
    caseOwnerEmail: s.caseOwner.email,
    status: s.status,
    currentGate: s.currentGate,
    gates: s.gates,
    nextDeadline: s.nextDeadline ? new Date(s.nextDeadline) : null,
    policyId: s.policy?.id ?? null,
    policyVersion: s.policy?.version ?? null,
    riskLevel: s.route?.outcome.riskLevel ?? null,
    details: detailsOf(s),
    stateVersion: s.version,
    registeredAt: new Date(s.registeredAt),
    updatedAt: new Date(s.updatedAt),
    dpiaScope: flags.dpia,
    commissionScope: flags.commission,
  } satisfies Partial<ProjectEntity>);
  const openTasks = openTaskGates(s)
    .map((g) =>
      Object.assign(new TaskEntity(), {
        id: taskIdOf(s, g),
        projectId: s.projectId,
        gate: g.gate,
        cycle: g.cycle,
        step: g.step ?? null,
        escalationLevel: g.escalationLevel ?? 0,
        assigneeRole: g.assigneeRole as string,
        assigneeSub: g.assigneeSub,
        status: 'open',
        openedAt: new Date(g.openedAt ?? s.updatedAt),
        dueAt: g.dueAt ? new Date(g.dueAt) : null,
        closedAt: null,
        department: s.registration.department,
        projectOnHold: s.status === 'on-hold',
      } satisfies Partial<TaskEntity>),
    )
    // As the read model orders them: the earliest deadline first, those without one last.
    .sort(
      (a, b) =>
        (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  return { project, openTasks };
}
