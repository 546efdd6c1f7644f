import type { DecisionOutcome, NotificationKind } from '@waardenpoort/domain';
import type { MailLanguage } from './amsterdam-time';

/** A text in both languages; Dutch is what everyone gets unless they chose English. */
export type Bilingual = Record<MailLanguage, string>;

export const DECISION_LABELS: Record<DecisionOutcome, Bilingual> = {
  approved: { nl: 'goedgekeurd', en: 'approved' },
  'approved-with-conditions': { nl: 'goedgekeurd onder voorwaarden', en: 'approved with conditions' },
  rejected: { nl: 'afgewezen', en: 'rejected' },
  returned: { nl: 'teruggestuurd voor aanpassing', en: 'sent back for rework' },
};

/** How a notification is named in a subject line and in a digest's list. */
export const KIND_LABELS: Record<NotificationKind, Bilingual> = {
  'task-opened': { nl: 'Nieuwe taak', en: 'New task' },
  reminder: { nl: 'Herinnering', en: 'Reminder' },
  escalation: { nl: 'Escalatie', en: 'Escalation' },
  decision: { nl: 'Besluit genomen', en: 'Decision taken' },
  'reflection-published': {
    nl: 'Reflectie Ethische Commissie gepubliceerd',
    en: 'Ethics Commission reflection published',
  },
  'project-stopped': { nl: 'Project gestopt', en: 'Project stopped' },
  'commission-meeting': { nl: 'Vergadering Ethische Commissie', en: 'Ethics Commission meeting' },
};

export const LABELS = {
  asked: { nl: 'Gevraagd', en: 'Asked' },
  project: { nl: 'Project', en: 'Project' },
  department: { nl: 'Afdeling', en: 'Department' },
  gate: { nl: 'Fase', en: 'Stage' },
  dueBy: { nl: 'Uiterlijk', en: 'Due by' },
  wasDue: { nl: 'Termijn was', en: 'Was due' },
  decision: { nl: 'Besluit', en: 'Decision' },
  open: { nl: 'Openen', en: 'Open' },
  level: { nl: 'Escalatieniveau', en: 'Escalation level' },
} satisfies Record<string, Bilingual>;

export const PHRASES = {
  greetPerson: { nl: 'Beste {name},', en: 'Dear {name},' },
  greetMailbox: { nl: "Beste collega's,", en: 'Dear colleagues,' },
  taskOpened: {
    nl: 'Er staat een nieuwe taak voor u klaar in Waardenpoort.',
    en: 'A new task is waiting for you in Waardenpoort.',
  },
  reminder: {
    nl: 'Dit is een herinnering: de taak hieronder is nog niet afgerond en moet binnenkort klaar zijn.',
    en: 'This is a reminder: the task below has not been completed yet and is due soon.',
  },
  escalation: {
    nl:
      'De termijn van de taak hieronder is verstreken zonder dat de taak is afgerond. U ontvangt dit bericht als ' +
      '{role}; wilt u ervoor zorgen dat de taak alsnog wordt opgepakt?',
    en:
      'The deadline of the task below has passed and the task has not been completed. You receive this message as ' +
      '{role}; please make sure the task is taken up.',
  },
  escalationProhibited: {
    nl:
      'Volgens de ethische quickscan gaat het om een verboden AI-toepassing (AI-verordening, artikel 5). Het ' +
      'project is gestopt en kan niet verder. Wilt u de vervolgstappen met de projectleider bespreken?',
    en:
      'According to the ethical quick-scan this is a prohibited AI practice (EU AI Act, article 5). The project has ' +
      'been stopped and cannot proceed. Please discuss the next steps with the case owner.',
  },
  escalationStatutory: {
    nl:
      'De termijn waarbinnen de Autoriteit Persoonsgegevens op de voorafgaande raadpleging (AVG, artikel 36) moest ' +
      'antwoorden, is verstreken. Wilt u bepalen hoe het project verder gaat?',
    en:
      'The term within which the Dutch DPA had to answer the prior consultation (GDPR, article 36) has passed. ' +
      'Please decide how the project proceeds.',
  },
  escalationAttention: {
    nl:
      'Waardenpoort kon een stap van dit project niet vastleggen: de database weigerde de gegevens, of bleef te lang ' +
      'onbereikbaar. Het project loopt door en de stap wordt bij de volgende actie en elk uur opnieuw geprobeerd. ' +
      'Wilt u laten uitzoeken wat er mis is? Het overzicht Monitoring toont de foutmelding.',
    en:
      'Waardenpoort could not record a step of this project: the database refused the data, or stayed unreachable ' +
      'too long. The project goes on, and the step is retried on the next action and every hour. Please have the ' +
      'cause looked into; the monitoring overview shows the error.',
  },
  decision: {
    nl: 'De portefeuillehouder heeft een besluit genomen over het project: {outcome}.',
    en: 'The portfolio holder has taken a decision on the project: {outcome}.',
  },
  reflection: {
    nl: 'De Ethische Commissie heeft haar reflectie op dit project vastgelegd en gepubliceerd.',
    en: 'The Ethics Commission has recorded and published its reflection on this project.',
  },
  meetingAssigned: {
    nl:
      'Het project staat op de agenda van de vergadering van de Ethische Commissie van {when}. Lever de stukken ' +
      'voor de vergadering aan vóór de termijn hieronder.',
    en:
      "The project is on the agenda of the Ethics Commission's meeting of {when}. Submit the documents for the " +
      'meeting before the deadline below.',
  },
  meetingMoved: {
    nl:
      'De vergadering van de Ethische Commissie waarop het project stond, is geannuleerd of vol. Het project staat ' +
      'nu op de agenda van de vergadering van {when}; de termijn voor de stukken staat hieronder.',
    en:
      "The Ethics Commission's meeting the project was on has been cancelled or is full. The project is now on the " +
      'agenda of the meeting of {when}; the deadline for the documents is below.',
  },
  meetingPlaced: {
    nl:
      'Het project wachtte op een plek bij de Ethische Commissie en staat nu op de agenda van de vergadering van ' +
      '{when}; de termijn voor de stukken staat hieronder.',
    en:
      'The project waited for a place at the Ethics Commission and is now on the agenda of the meeting of {when}; ' +
      'the deadline for the documents is below.',
  },
  meetingWaiting: {
    nl:
      'De vergadering van de Ethische Commissie waarop het project stond, is geannuleerd of vol, en geen geplande ' +
      'vergadering heeft nog plaats. Het project wacht op een plek; de secretaris plant het in.',
    en:
      "The Ethics Commission's meeting the project was on has been cancelled or is full, and no planned meeting has " +
      'room. The project waits for a place; the secretary will schedule it.',
  },
  submitForMeeting: {
    nl: 'Stukken aanleveren voor de vergadering van de Ethische Commissie',
    en: "Submit the documents for the Ethics Commission's meeting",
  },
  reflectionSummary: { nl: 'Samenvatting: {summary}', en: 'Summary: {summary}' },
  stopped: { nl: 'Het project is gestopt.', en: 'The project has been stopped.' },
  stoppedProhibited: {
    nl: 'Het project is gestopt: volgens de ethische quickscan gaat het om een verboden AI-toepassing (AI-verordening, artikel 5).',
    en: 'The project has been stopped: according to the ethical quick-scan it is a prohibited AI practice (EU AI Act, article 5).',
  },
  subjectDue: { nl: 'uiterlijk {when}', en: 'due by {when}' },
  subjectDeadlinePassed: { nl: 'termijn verstreken', en: 'deadline passed' },
  subjectAttention: { nl: 'stap vraagt aandacht', en: 'step needs attention' },
  subjectProhibited: { nl: 'verboden AI-toepassing, project gestopt', en: 'prohibited AI practice, project stopped' },
  subjectStatutory: {
    nl: 'termijn voorafgaande raadpleging verstreken',
    en: 'prior consultation term passed',
  },
  subjectDecision: { nl: '{title} is {outcome}', en: '{title} is {outcome}' },
  openTask: { nl: 'Open de taak: {link}', en: 'Open the task: {link}' },
  openProject: { nl: 'Bekijk het project: {link}', en: 'View the project: {link}' },
  timeZone: { nl: '(Nederlandse tijd)', en: '(Dutch time)' },
  closing: {
    nl: 'Met vriendelijke groet,\nWaardenpoort – ethische toets voor data en technologie, gemeente Enschede',
    en: 'Kind regards,\nWaardenpoort – ethics checkpoints for data and technology, municipality of Enschede',
  },
  footerPerson: {
    nl:
      'U ontvangt dit automatische bericht als {role}. Liever één dagelijkse samenvatting van uw taken en ' +
      'herinneringen, of berichten in het Engels? Pas uw voorkeuren aan in Waardenpoort.',
    en:
      'You receive this automatic message as {role}. Would you rather get one daily digest of your tasks and ' +
      'reminders, or messages in Dutch? Change your preferences in Waardenpoort.',
  },
  footerMailbox: {
    nl: 'Dit adres ontvangt als gedeelde mailbox alle berichten voor de rol {role}.',
    en: 'As a shared mailbox, this address receives every message for the role {role}.',
  },
  digestSubject: {
    nl: 'Dagelijks overzicht Waardenpoort: {count}',
    en: 'Daily Waardenpoort digest: {count}',
  },
  digestCount: { nl: '{n} bericht|{n} berichten', en: '{n} message|{n} messages' },
  digestIntro: {
    nl:
      'U hebt gekozen voor één dagelijkse samenvatting. Hieronder staan uw nieuwe taken en herinneringen sinds het ' +
      'vorige overzicht. Escalaties ontvangt u altijd direct.',
    en:
      'You chose one daily digest. Below are your new tasks and reminders since the previous digest. Escalations ' +
      'are always sent at once.',
  },
  digestFooter: {
    nl: 'U ontvangt dit automatische overzicht omdat u voor een dagelijkse samenvatting hebt gekozen.',
    en: 'You receive this automatic digest because you chose a daily digest.',
  },
} satisfies Record<string, Bilingual>;

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** "1 bericht" / "3 berichten": the template holds singular|plural. */
export function plural(template: string, n: number): string {
  const [one, many] = template.split('|');
  return fill((n === 1 ? one : many) ?? template, { n });
}
