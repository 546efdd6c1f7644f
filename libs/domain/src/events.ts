import type { AuditAction } from './audit-actions';
import type { GateId } from './gates';
import type { ProjectSnapshot, AuditHead } from './project';
import type { Actor, Role } from './roles';

/**
 * Something that happened to a project, as the workflow saw it. It becomes one row of the append-only, hash-chained
 * audit trail. `eventId` is deterministic (workflow id + the workflow's own event counter), so an activity that is
 * retried after a timeout never writes the same event twice.
 */
export interface ProjectEvent {
  eventId: string;
  projectId: string;
  /** ISO instant, workflow time */
  at: string;
  /** null for what the system did on its own (a timer firing, a reminder) */
  actor: Actor | null;
  action: AuditAction;
  gate: GateId | null;
  /** Plain JSON: the answers, the decision with its rationale, the advice, ... */
  payload: Record<string, unknown>;
  /** SHA-256 (hex) of every document the event refers to */
  documentHashes: string[];
  policyVersion: number | null;
  /** null for events outside any project workflow (a policy activation, a refused request) */
  workflowId: string | null;
  runId: string | null;
}

export const NOTIFICATION_KINDS = [
  'task-opened',
  'reminder',
  'escalation',
  'decision',
  'reflection-published',
  'project-stopped',
  // A place on a commission meeting's agenda: given, moved, or none with room
  'commission-meeting',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A message for a person or role, put in the outbox by the workflow; delivery (mail, webhooks) reads the outbox. */
export interface ProjectNotification {
  /** Deterministic, like event ids: a retried activity never queues a message twice. */
  notificationId: string;
  projectId: string;
  kind: NotificationKind;
  gate: GateId | null;
  recipientRole: Role;
  /** A named person where the workflow knows one (the case owner), else everyone with the role */
  recipientSub: string | null;
  /** ISO instant the message is about (the deadline), if any */
  dueAt: string | null;
  /** ISO instant, workflow time */
  at: string;
  /** 0 for tasks and reminders; 1, 2, ... for the escalation ladder's steps */
  escalationLevel: number;
  payload: Record<string, unknown>;
}

/** Everything one transition publishes, written in one database transaction. */
export interface Transition {
  snapshot: ProjectSnapshot;
  events: ProjectEvent[];
  notifications: ProjectNotification[];
  /**
   * The chain head the workflow holds from its previous publish: the chain must still contain it, or the publish is
   * refused (someone rewrote the trail; appending would extend, and the new head vouch for, a rewritten history).
   */
  auditHead?: AuditHead | null;
}
