import type { CommissionSlot } from './commission-meetings';
import type { Transition } from './events';
import type { AuditHead } from './project';
import type { Policy, TaskTiming } from './policy/types';
import type { Role } from './roles';

export interface TaskSchedule {
  /** ISO instant */
  dueAt: string;
  /** ISO instants at which the assignee is reminded, earliest first */
  reminders: string[];
  /** The escalation ladder with its moments, lowest step first */
  escalations: Array<{ at: string; role: Role; level: number }>;
}

/**
 * The activities the project workflow may call. The worker implements them; the workflow only sees this
 * interface, so no I/O library ever enters the workflow bundle.
 */
export interface ProjectActivities {
  /** Deadline, reminders and escalations of a task opened at `from`, on the municipal working-day calendar. */
  planTask(input: { from: string; timing: TaskTiming }): Promise<TaskSchedule>;
  /** The moment `spec` ("10wd", "P8W") after `from`. */
  planAfter(input: { from: string; spec: string }): Promise<string>;
  /**
   * Writes the snapshot, the audit events and the notifications of one transition in one transaction; idempotent.
   * Returns the head of the project's audit chain after it (histories recorded before issue 15 hold no result).
   */
  publishTransition(transition: Transition): Promise<AuditHead | null>;
  /** The policy in force now (for re-evaluations and amendments). */
  loadActivePolicy(): Promise<Policy>;
  /**
   * A place on a commission meeting's agenda for the project, reserved in PostgreSQL under a row lock (never over a
   * meeting's capacity): on the meeting named, or on the next planned one with room whose submission deadline is
   * ahead. Null when there is none. Idempotent: the project's place on that meeting, if it has one, is answered again.
   */
  reserveCommissionSlot(input: {
    projectId: string;
    meetingId: string | null;
    now: string;
  }): Promise<CommissionSlot | null>;
}
