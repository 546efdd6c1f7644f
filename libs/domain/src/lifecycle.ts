import { GATE_IDS, type GateId } from './gates';
import type { GateView, ProjectSnapshot, ProjectWorkflowInput } from './project';
import type { Role } from './roles';

/**
 * Pure state transitions of a project. The workflow owns the state and calls these; they never read a clock:
 * the caller passes the instant (workflow time), so replay gives the same result.
 */
export function initialSnapshot(
  input: ProjectWorkflowInput,
  ids: { workflowId: string; runId: string },
): ProjectSnapshot {
  const gates: GateView[] = GATE_IDS.map((gate) => ({
    gate,
    state: 'pending',
    assigneeRole: null,
    assigneeSub: null,
    openedAt: null,
    dueAt: null,
    completedAt: null,
    cycle: 0,
  }));
  return {
    projectId: input.projectId,
    workflowId: ids.workflowId,
    runId: ids.runId,
    version: 0,
    registration: input.registration,
    caseOwner: input.caseOwner,
    registeredAt: input.registeredAt,
    status: 'active',
    currentGate: null,
    gates,
    nextDeadline: null,
    updatedAt: input.registeredAt,
  };
}

export interface OpenGateParams {
  gate: GateId;
  assigneeRole: Role;
  assigneeSub: string | null;
  at: string;
  dueAt: string;
}

export function openGate(snapshot: ProjectSnapshot, params: OpenGateParams): ProjectSnapshot {
  const gates = snapshot.gates.map((g) =>
    g.gate === params.gate
      ? {
          ...g,
          state: 'active' as const,
          assigneeRole: params.assigneeRole,
          assigneeSub: params.assigneeSub,
          openedAt: params.at,
          dueAt: params.dueAt,
          completedAt: null,
          cycle: g.cycle + 1,
        }
      : g,
  );
  return bump(snapshot, { gates, currentGate: params.gate }, params.at);
}

function earliestDeadline(gates: GateView[]): string | null {
  const open = gates
    .filter((g) => (g.state === 'active' || g.state === 'waiting') && g.dueAt !== null)
    .map((g) => g.dueAt as string)
    .sort();
  return open[0] ?? null;
}

function bump(snapshot: ProjectSnapshot, change: Partial<ProjectSnapshot>, at: string): ProjectSnapshot {
  const next = { ...snapshot, ...change, version: snapshot.version + 1, updatedAt: at };
  return { ...next, nextDeadline: earliestDeadline(next.gates) };
}
