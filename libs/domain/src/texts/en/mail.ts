import type { mail as dutch } from '../nl/mail';
import type { Translation } from '../types';

/** The mails' texts in English (../nl/mail.ts has the Dutch and the keys). */
export const mail: Translation<typeof dutch> = {
  decisions: {
    approved: 'approved',
    'approved-with-conditions': 'approved with conditions',
    rejected: 'rejected',
    returned: 'sent back for rework',
  },
  kinds: {
    'task-opened': 'New task',
    reminder: 'Reminder',
    escalation: 'Escalation',
    decision: 'Decision taken',
    'reflection-published': 'Ethics Commission reflection published',
    'project-stopped': 'Project stopped',
    'commission-meeting': 'Ethics Commission meeting',
  },
  labels: {
    asked: 'Asked',
    project: 'Project',
    department: 'Department',
    gate: 'Stage',
    dueBy: 'Due by',
    wasDue: 'Was due',
    decision: 'Decision',
    open: 'Open',
    level: 'Escalation level',
  },
  phrases: {
    greetPerson: 'Dear {name},',
    greetMailbox: 'Dear colleagues,',
    taskOpened: 'A new task is waiting for you in Waardenpoort.',
    reminder: 'This is a reminder: the task below has not been completed yet and is due soon.',
    escalation:
      'The deadline of the task below has passed and the task has not been completed. You receive this message as {role}; please make sure the task is taken up.',
    escalationProhibited:
      'According to the ethical quick-scan this is a prohibited AI practice (EU AI Act, article 5). The project has been stopped and cannot proceed. Please discuss the next steps with the case owner.',
    escalationStatutory:
      'The term within which the Dutch DPA had to answer the prior consultation (GDPR, article 36) has passed. Please decide how the project proceeds.',
    escalationAttention:
      'Waardenpoort could not record a step of this project: the database refused the data, or stayed unreachable too long. The project goes on, and the step is retried on the next action and every hour. Please have the cause looked into; the monitoring overview shows the error.',
    decision: 'The portfolio holder has taken a decision on the project: {outcome}.',
    reflection: 'The Ethics Commission has recorded and published its reflection on this project.',
    meetingAssigned:
      "The project is on the agenda of the Ethics Commission's meeting of {when}. Submit the documents for the meeting before the deadline below.",
    meetingMoved:
      "The Ethics Commission's meeting the project was on has been cancelled or is full. The project is now on the agenda of the meeting of {when}; the deadline for the documents is below.",
    meetingPlaced:
      'The project waited for a place at the Ethics Commission and is now on the agenda of the meeting of {when}; the deadline for the documents is below.',
    meetingWaiting:
      "The Ethics Commission's meeting the project was on has been cancelled or is full, and no planned meeting has room. The project waits for a place; the secretary will schedule it.",
    submitForMeeting: "Submit the documents for the Ethics Commission's meeting",
    reflectionSummary: 'Summary: {summary}',
    stopped: 'The project has been stopped.',
    stoppedProhibited:
      'The project has been stopped: according to the ethical quick-scan it is a prohibited AI practice (EU AI Act, article 5).',
    subjectDue: 'due by {when}',
    subjectDeadlinePassed: 'deadline passed',
    subjectAttention: 'step needs attention',
    subjectProhibited: 'prohibited AI practice, project stopped',
    subjectStatutory: 'prior consultation term passed',
    subjectDecision: '{title} is {outcome}',
    openTask: 'Open the task: {link}',
    openProject: 'View the project: {link}',
    timeZone: '(Dutch time)',
    closing: 'Kind regards,\nWaardenpoort – ethics checkpoints for data and technology, municipality of Enschede',
    footerPerson:
      'You receive this automatic message as {role}. Would you rather get one daily digest of your tasks and reminders, or messages in Dutch? Change your preferences in Waardenpoort.',
    footerMailbox: 'As a shared mailbox, this address receives every message for the role {role}.',
    digestSubject: 'Daily Waardenpoort digest: {count}',
    digestCount_one: '{count} message',
    digestCount_other: '{count} messages',
    digestIntro:
      'You chose one daily digest. Below are your new tasks and reminders since the previous digest. Escalations are always sent at once.',
    digestFooter: 'You receive this automatic digest because you chose a daily digest.',
  },
  calendar: {
    escalated: ' (escalated)',
    project: 'Project',
    department: 'Department',
    gate: 'Gate',
    open: 'Open in Waardenpoort',
  },
};
