import ICAL from 'ical.js';
import { deadlineCalendar, tasksToLookUp, type CalendarItem } from './ics';

const due = new Date('2026-12-10T15:00:00.000Z');
const project = { title: 'Slimme lantaarnpalen', department: 'Openbare Ruimte' };

function item(
  kind: string,
  extra: Record<string, unknown> = {},
  taskId: string | null = 'p1:quick-scan:0',
): CalendarItem {
  return {
    notification: {
      id: `n-${kind}`,
      projectId: 'p1',
      kind,
      gate: 'quick-scan',
      recipientRole: 'case-owner',
      dueAt: due,
      escalationLevel: 0,
      payload: { step: 'answer-quick-scan', ...extra },
      createdAt: new Date('2026-12-07T09:00:00.000Z'),
    },
    project,
    taskId,
  };
}

function events(text: string | null) {
  const calendar = new ICAL.Component(ICAL.parse(text ?? ''));
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)),
  };
}

describe('deadline attachments', () => {
  it('writes a task mail’s deadline as one PUBLISH event with the feed’s UID, start and texts', () => {
    const parsed = events(deadlineCalendar([item('task-opened')], 'nl', 'https://wp.example/'));
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.events).toHaveLength(1);
    const [e] = parsed.events;
    expect(e?.uid).toBe('task-p1:quick-scan:0@waardenpoort');
    expect(e?.startDate.toJSDate().toISOString()).toBe(due.toISOString());
    expect(e?.summary).toBe('De ethische quickscan invullen: Slimme lantaarnpalen');
    expect(e?.description).toContain('Openen in Waardenpoort: https://wp.example/projecten/p1/taak/answer-quick-scan');
    expect(e?.sequence).toBe(0);
  });

  it('carries each task once in a digest, the latest mail winning, in English when asked', () => {
    const text = deadlineCalendar(
      [item('task-opened'), item('reminder', { reminder: 2 }), item('decision')],
      'en',
      'https://wp.example',
    );
    const parsed = events(text);
    expect(parsed.events).toHaveLength(1);
    expect(parsed.events[0]?.sequence).toBe(2);
    expect(parsed.events[0]?.summary).toBe('Fill in the ethical quick-scan: Slimme lantaarnpalen');
  });

  it('has nothing to attach for escalations, closed tasks and mails without a deadline', () => {
    expect(deadlineCalendar([item('escalation')], 'nl', 'https://wp.example')).toBeNull();
    expect(deadlineCalendar([item('task-opened', {}, null)], 'nl', 'https://wp.example')).toBeNull();
    const undated = item('reminder');
    undated.notification.dueAt = null;
    expect(deadlineCalendar([undated], 'nl', 'https://wp.example')).toBeNull();
    expect(tasksToLookUp([item('escalation').notification, undated.notification])).toEqual([]);
    expect(tasksToLookUp([item('reminder').notification])).toEqual([
      { projectId: 'p1', gate: 'quick-scan', step: 'answer-quick-scan' },
    ]);
  });

  it("attaches the submission task's event to the case owner's mail about a place on a commission meeting", () => {
    const placed = (step?: string): CalendarItem => {
      const i = item('commission-meeting', { step, reason: 'assigned' }, 'p1:commission-reflection:1:submit-documents');
      i.notification.gate = 'commission-reflection';
      return i;
    };
    const parsed = events(deadlineCalendar([placed('submit-documents')], 'en', 'https://wp.example'));
    expect(parsed.events.map((e) => [e.uid, e.summary])).toEqual([
      [
        'task-p1:commission-reflection:1:submit-documents@waardenpoort',
        'Submit documents for the Ethics Commission meeting: Slimme lantaarnpalen',
      ],
    ]);
    expect(tasksToLookUp([placed('submit-documents').notification])).toHaveLength(1);
    // The secretary's mail, and one from a history before the task, are about no task of the recipient.
    expect(deadlineCalendar([placed()], 'en', 'https://wp.example')).toBeNull();
    expect(tasksToLookUp([placed().notification])).toEqual([]);
  });
});
