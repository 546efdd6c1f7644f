// The API's JSON shapes as the dashboard reads them (see the OpenAPI document at /api/docs-json). Only for type
// checking the dashboard's JSDoc; nothing here is served.

// The vocabularies and the policy's types are the domain's (libs/domain, compiled into js/domain).
import type { Role } from '../public/js/domain/roles.js';
import type { GateId, GateState } from '../public/js/domain/gates.js';
import type { GateStep, ProjectStatus } from '../public/js/domain/project.js';
import type {
  AnswerValue,
  Condition,
  Policy as PolicyDocument,
  Question,
  QuestionOption,
} from '../public/js/domain/policy/types.js';

export type {
  AnswerValue,
  Condition,
  GateId,
  GateState,
  GateStep,
  PolicyDocument,
  ProjectStatus,
  Question,
  QuestionOption,
  Role,
};

export interface Label {
  nl: string;
  en: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Array<{ field: string; messages: string[] }>;
  correlationId?: string;
}

export interface Gate {
  gate: GateId;
  label: Label;
  state: GateState;
  assigneeRole: Role | null;
  /** Absent for a reader without the `people` field group (READ_SCOPE) */
  assigneeSub?: string | null;
  openedAt: string | null;
  dueAt: string | null;
  completedAt: string | null;
  cycle: number;
  step: string | null;
  escalationLevel: number;
  /** Absent for a reader without the gate's field group (READ_SCOPE) */
  outcome?: Record<string, unknown> | null;
}

export interface Task {
  id: string;
  gate: GateId;
  label: Label;
  assigneeRole: Role;
  /** Absent for a reader without the `people` field group (READ_SCOPE) */
  assigneeSub?: string | null;
  openedAt: string;
  dueAt: string | null;
  overdue: boolean;
  step: string | null;
  escalationLevel: number;
  project?: { id: string; title: string; department: string };
}

export interface Timer {
  id: string;
  kind: 'reminder' | 'escalation' | 'statutory-term' | 'meeting' | 'reevaluation';
  gate: GateId | null;
  step: string | null;
  at: string;
  level: number;
  role: Role;
  recipientSub: string | null;
  fired: boolean;
}

export interface Person {
  sub: string;
  name: string;
  roles?: Role[];
}

export interface Advice {
  id: string;
  kind: 'dpo-advice' | 'commission-reflection' | 'dpa-prior-consultation';
  gate: GateId;
  value: string;
  conditions: string[];
  summary: string | null;
  by: Person;
  at: string;
}

export interface Reason {
  ruleId: string;
  reasonId: string;
  text: Label;
  source: { id: string; kind: string; citation: string; title: Label; url?: string; pinpoint?: string };
}

export interface Outcome {
  dpia: string;
  iama: string;
  aiActClass: string;
  commission: string;
  council: string;
  riskLevel: string;
  algorithmRegister: string;
  sensorRegister: boolean;
  policy?: { id: string; version: number };
  reasons: Reason[];
}

export interface Decision {
  outcome: string;
  rationale: string;
  conditions: string[];
  returnTo: GateId | null;
  adviceResponses: Array<{ adviceId: string; response: 'follow' | 'deviate'; explanation: string }>;
  by: Person;
  at: string;
}

export interface Project {
  id: string;
  workflowId: string;
  title: string;
  summary: string;
  department: string;
  technologies: string[];
  plannedStart: string;
  caseOwner: Person;
  status: ProjectStatus;
  statusLabel: Label;
  currentGate: GateId | null;
  gates: Gate[];
  openTasks: Task[];
  nextDeadline: string | null;
  registeredAt: string;
  updatedAt: string;
  policy: { id: string; version: number } | null;
  riskLevel: string | null;
  // The fields below marked optional are absent for a reader without their field group (READ_SCOPE in libs/domain):
  // absent means "not yours to read", null means "nothing yet".
  route?: { outcome: Outcome; answers: Record<string, unknown>; dpiaOptIn: boolean; decidedAt: string } | null;
  /** Only the advice kinds the reader may read */
  advices: Advice[];
  decision?: Decision | null;
  commission?: {
    meetingDate: string | null;
    questions: Array<{ text: string; askedAt: string; dueAt: string; answer: string | null }>;
  } | null;
  priorConsultation?: { startedAt: string; dueAt: string; extended: boolean; answer: string | null } | null;
  heldAt: string | null;
  cycle: number;
  timers: Timer[];
}

export interface ProjectPage {
  items: Project[];
  page: number;
  pageSize: number;
  total: number;
}

export interface LeadTime {
  completed: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}

export interface PipelineGate {
  gate: string;
  projects: number;
  byStatus: Record<string, number>;
  openTasks: number;
  overdue: number;
  openEscalations: number;
  leadTime: LeadTime | null;
}

export interface PipelineReport {
  generatedAt: string;
  window: { from: string; to: string };
  department: string | null;
  totals: {
    projects: number;
    byStatus: Record<string, number>;
    openTasks: number;
    overdue: number;
    openEscalations: number;
  };
  gates: PipelineGate[];
  endToEnd: LeadTime;
  escalations: Array<{
    projectId: string;
    title: string;
    department: string;
    gate: string;
    step: string | null;
    level: number;
    assigneeRole: string;
    dueAt: string | null;
    openedAt: string;
  }>;
  departments: Array<{
    department: string;
    projects: number;
    active: number;
    openTasks: number;
    overdue: number;
    openEscalations: number;
  }>;
}

export interface AuditEntry {
  eventId: string;
  projectId: string;
  seq: number;
  occurredAt: string;
  recordedAt: string;
  actor: Person | null;
  action: string;
  gate: GateId | null;
  payload: Record<string, unknown>;
  documentHashes: string[];
  policyVersion: number | null;
  workflowId: string | null;
  runId: string | null;
  prevHash: string;
  hash: string;
}

export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  envelopeTo: string[];
  subject: string;
  date: string | null;
  messageId: string | null;
  text: string;
}

// --- Policy (GET /api/v1/policy): the domain's own types (libs/domain/src/policy/types.ts, compiled into js/domain)

export interface StoredPolicy {
  id: string;
  version: number;
  title: Label;
  policy: PolicyDocument;
}

// --- The dashboard's own DOM helpers (dom.js) ---------------------------------------------------------------------

export type Child = string | number | Node | null | undefined | false;
export type Children = Child | Children[];

/** GET /api/v1/me */
export interface Me {
  sub: string;
  name: string;
  email: string | null;
  roles: Role[];
  language: 'nl' | 'en';
  digest: boolean;
  updatedAt: string;
  /** Why the account has no role in Waardenpoort; null when it has one */
  noRoleReason: string | null;
}

/** GET /api/v1/auth/config: how this deployment signs people in */
export interface SignInConfig {
  method: 'oidc' | 'development' | 'token';
  issuer?: string;
  clientId?: string;
  scope?: string;
  resource?: string | null;
  redirectPath?: string;
  postLogoutPath?: string;
}
