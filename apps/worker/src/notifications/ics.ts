import { isGateStep } from '@waardenpoort/domain';
import { deadlineEvent, type DeadlineTask } from '@waardenpoort/domain/texts';
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { MailLanguage } from './amsterdam-time';
import type { MailNotification } from './render';

/** The kinds of mail that ask for work by a deadline, and so carry the deadline as a calendar event. */
const WITH_DEADLINE = new Set(['task-opened', 'reminder']);

/** A task mail, or the case owner's mail about a place on a commission meeting (about their submission task). */
function withDeadline(n: MailNotification): boolean {
  return WITH_DEADLINE.has(n.kind) || (n.kind === 'commission-meeting' && n.payload['step'] === 'submit-documents');
}

/** How `openTaskIds` keys a notification's task: by project, gate and step (a gate may have two open tasks). */
export function taskKeyOf(n: Pick<MailNotification, 'projectId' | 'gate' | 'payload'>): string {
  const step = n.payload['step'];
  return `${n.projectId}\n${n.gate}\n${typeof step === 'string' ? step : ''}`;
}

/** One notification with what its event needs: its project, its task (the read model's id) and when it was made. */
export interface CalendarItem {
  notification: MailNotification & { createdAt?: Date };
  project: { title: string; department: string } | null;
  taskId: string | null;
}

/** The (project, gate, step) whose task ids the attachments need: task and reminder mails with a deadline. */
export function tasksToLookUp(
  notifications: MailNotification[],
): Array<{ projectId: string; gate: string; step: string }> {
  return notifications
    .filter((n) => withDeadline(n) && n.dueAt !== null && n.gate !== null && typeof n.payload['step'] === 'string')
    .map((n) => ({ projectId: n.projectId, gate: n.gate as string, step: n.payload['step'] as string }));
}

function deadlineTaskOf(item: CalendarItem): DeadlineTask | null {
  const { notification: n, project, taskId } = item;
  const step = n.payload['step'];
  if (!withDeadline(n) || !n.dueAt || !n.gate || !project || !taskId || !isGateStep(step)) return null;
  if (n.payload['reason'] === 'ai-act-prohibited-practice') return null;
  return {
    id: taskId,
    step,
    gate: n.gate,
    dueAt: n.dueAt,
    escalationLevel: n.escalationLevel,
    project: { id: n.projectId, title: project.title, department: project.department },
  };
}

/**
 * The deadlines of task and reminder mails as one iCalendar object (METHOD:PUBLISH, written by `ical-generator`), or
 * null when none of them has one. Each event is the personal feed's event of that task (`deadlineEvent`, same UID):
 * importing a reminder's attachment updates the event the task mail added, and a digest's attachment carries each of
 * its tasks once, with the latest deadline. SEQUENCE grows with each reminder and DTSTAMP is the notification's
 * time, so a calendar takes the newest as the update; a mail sent again carries the same object.
 */
export function deadlineCalendar(items: CalendarItem[], language: MailLanguage, publicUrl: string): string | null {
  const latest = new Map<string, { task: DeadlineTask; item: CalendarItem }>();
  for (const item of items) {
    const task = deadlineTaskOf(item);
    if (task) latest.set(task.id, { task, item });
  }
  if (latest.size === 0) return null;
  const cal = ical({
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'Gemeente Enschede', product: 'Waardenpoort', language: language.toUpperCase() },
  });
  for (const { task, item } of latest.values()) {
    const e = deadlineEvent(task, language, publicUrl);
    const reminder = item.notification.payload['reminder'];
    cal.createEvent({
      id: e.uid,
      sequence: typeof reminder === 'number' && Number.isInteger(reminder) && reminder > 0 ? reminder : 0,
      stamp: item.notification.createdAt ?? task.dueAt,
      start: e.start,
      end: e.end,
      summary: e.summary,
      description: e.description,
      url: e.url,
    });
  }
  return cal.toString();
}
