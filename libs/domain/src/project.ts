import type { DeadlineSpec } from './deadline';
import type { GateId, GateState } from './gates';
import type { Actor, Role } from './roles';

export const TECHNOLOGIES = ['sensor', 'camera', 'drone', 'algorithm', 'ai', 'app', 'data-linking', 'other'] as const;
export type Technology = (typeof TECHNOLOGIES)[number];

export const PROJECT_STATUSES = [
  'active',
  'on-hold',
  'stopped',
  'withdrawn',
  'rejected',
  'approved',
  'in-use',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, { nl: string; en: string }> = {
  active: { nl: 'In behandeling', en: 'In progress' },
  'on-hold': { nl: 'Gepauzeerd', en: 'On hold' },
  stopped: { nl: 'Gestopt', en: 'Stopped' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  rejected: { nl: 'Afgewezen', en: 'Rejected' },
  approved: { nl: 'Goedgekeurd', en: 'Approved' },
  'in-use': { nl: 'In gebruik', en: 'In use' },
};

/** What a case owner tells us when registering a technology project. */
export interface ProjectRegistration {
  title: string;
  summary: string;
  department: string;
  technologies: Technology[];
  /** ISO date (YYYY-MM-DD) */
  plannedStart: string;
}

export interface GateView {
  gate: GateId;
  state: GateState;
  assigneeRole: Role | null;
  assigneeSub: string | null;
  /** ISO instant */
  openedAt: string | null;
  /** ISO instant */
  dueAt: string | null;
  /** ISO instant */
  completedAt: string | null;
  /** Increments each time the gate is opened again (rework, re-evaluation), so task ids stay unique. */
  cycle: number;
}

/** Everything the workflow needs at start; pinned in its history so a later config change never alters it. */
export interface ProjectWorkflowInput {
  projectId: string;
  registration: ProjectRegistration;
  caseOwner: Actor;
  /** ISO instant at which the API accepted the registration */
  registeredAt: string;
  deadlines: {
    quickScan: DeadlineSpec;
  };
}

/** The workflow's view of a project; written to the read model at every transition. */
export interface ProjectSnapshot {
  projectId: string;
  workflowId: string;
  runId: string;
  /** Monotonic per project: the read model ignores a snapshot older than the one it holds. */
  version: number;
  registration: ProjectRegistration;
  caseOwner: Actor;
  registeredAt: string;
  status: ProjectStatus;
  currentGate: GateId | null;
  gates: GateView[];
  /** ISO instant: the earliest open deadline, if any */
  nextDeadline: string | null;
  updatedAt: string;
}

export function workflowIdFor(projectId: string): string {
  return `project-${projectId}`;
}
