import { isGateId, type GateStep } from '../gates';
import { bilingual } from './catalogues';
import { GATE_LABELS, STEP_TASKS } from './tables';

export type EventLanguage = 'nl' | 'en';

/** An open task's deadline, as a calendar shows it: in the personal feed and in a task mail's attachment. */
export interface DeadlineTask {
  /** The read model's task id (`<project>:<gate>:<cycle>`): the event's UID follows it */
  id: string;
  step: GateStep;
  gate: string;
  dueAt: Date;
  escalationLevel: number;
  project: { id: string; title: string; department: string };
}

/** What a calendar event of a deadline says; each app writes it with the iCalendar library it has. */
export interface DeadlineEvent {
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  url: string;
}

export const DEADLINE_EVENT_TEXT = bilingual((t) => t.mail.calendar);

/** How long a deadline's event lasts in a calendar: it marks a moment, so a short timed event at that moment. */
export const DEADLINE_EVENT_MINUTES = 30;

/**
 * The UID of a task's deadline event: one per task (gate and cycle), the same in the feed and in every mail about
 * the task, so a reminder's attachment or a moved deadline updates the event instead of adding another.
 */
export function deadlineEventUid(taskId: string): string {
  return `task-${taskId}@waardenpoort`;
}

/** The event of one task's deadline, in one language, with a link into Waardenpoort at `publicUrl`. */
export function deadlineEvent(task: DeadlineTask, language: EventLanguage, publicUrl: string): DeadlineEvent {
  const l = language;
  const url = `${publicUrl.replace(/\/+$/, '')}/projecten/${task.project.id}/taak/${task.step}`;
  const gate = isGateId(task.gate) ? GATE_LABELS[task.gate][l] : task.gate;
  const T = DEADLINE_EVENT_TEXT;
  return {
    uid: deadlineEventUid(task.id),
    start: task.dueAt,
    end: new Date(task.dueAt.getTime() + DEADLINE_EVENT_MINUTES * 60_000),
    summary: `${STEP_TASKS[task.step][l]}: ${task.project.title}${task.escalationLevel > 0 ? T.escalated[l] : ''}`,
    description: [
      `${T.project[l]}: ${task.project.title}`,
      `${T.department[l]}: ${task.project.department}`,
      `${T.gate[l]}: ${gate}`,
      `${T.open[l]}: ${url}`,
    ].join('\n'),
    url,
  };
}
