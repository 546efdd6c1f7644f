import type { NotificationKind } from '../../events';
import type { DecisionOutcome } from '../../project';

/**
 * The mails' texts in Dutch (rendered by apps/worker/src/notifications/render.ts). `decisions` is lower case: it goes
 * inside a sentence. `{name}` is filled in; `_one`/`_other` are the singular and plural of one text.
 */
export const mail = {
  decisions: {
    approved: 'goedgekeurd',
    'approved-with-conditions': 'goedgekeurd onder voorwaarden',
    rejected: 'afgewezen',
    returned: 'teruggestuurd voor aanpassing',
  } satisfies Record<DecisionOutcome, string>,
  kinds: {
    'task-opened': 'Nieuwe taak',
    reminder: 'Herinnering',
    escalation: 'Escalatie',
    decision: 'Besluit genomen',
    'reflection-published': 'Reflectie Ethische Commissie gepubliceerd',
    'project-stopped': 'Project gestopt',
    'commission-meeting': 'Vergadering Ethische Commissie',
  } satisfies Record<NotificationKind, string>,
  labels: {
    asked: 'Gevraagd',
    project: 'Project',
    department: 'Afdeling',
    gate: 'Fase',
    dueBy: 'Uiterlijk',
    wasDue: 'Termijn was',
    decision: 'Besluit',
    open: 'Openen',
    level: 'Escalatieniveau',
  },
  phrases: {
    greetPerson: 'Beste {name},',
    greetMailbox: "Beste collega's,",
    taskOpened: 'Er staat een nieuwe taak voor u klaar in Waardenpoort.',
    reminder: 'Dit is een herinnering: de taak hieronder is nog niet afgerond en moet binnenkort klaar zijn.',
    escalation:
      'De termijn van de taak hieronder is verstreken zonder dat de taak is afgerond. U ontvangt dit bericht als {role}; wilt u ervoor zorgen dat de taak alsnog wordt opgepakt?',
    escalationProhibited:
      'Volgens de ethische quickscan gaat het om een verboden AI-toepassing (AI-verordening, artikel 5). Het project is gestopt en kan niet verder. Wilt u de vervolgstappen met de projectleider bespreken?',
    escalationStatutory:
      'De termijn waarbinnen de Autoriteit Persoonsgegevens op de voorafgaande raadpleging (AVG, artikel 36) moest antwoorden, is verstreken. Wilt u bepalen hoe het project verder gaat?',
    escalationAttention:
      'Waardenpoort kon een stap van dit project niet vastleggen: de database weigerde de gegevens, of bleef te lang onbereikbaar. Het project loopt door en de stap wordt bij de volgende actie en elk uur opnieuw geprobeerd. Wilt u laten uitzoeken wat er mis is? Het overzicht Monitoring toont de foutmelding.',
    decision: 'De portefeuillehouder heeft een besluit genomen over het project: {outcome}.',
    reflection: 'De Ethische Commissie heeft haar reflectie op dit project vastgelegd en gepubliceerd.',
    meetingAssigned:
      'Het project staat op de agenda van de vergadering van de Ethische Commissie van {when}. Lever de stukken voor de vergadering aan vóór de termijn hieronder.',
    meetingMoved:
      'De vergadering van de Ethische Commissie waarop het project stond, is geannuleerd of vol. Het project staat nu op de agenda van de vergadering van {when}; de termijn voor de stukken staat hieronder.',
    meetingPlaced:
      'Het project wachtte op een plek bij de Ethische Commissie en staat nu op de agenda van de vergadering van {when}; de termijn voor de stukken staat hieronder.',
    meetingWaiting:
      'De vergadering van de Ethische Commissie waarop het project stond, is geannuleerd of vol, en geen geplande vergadering heeft nog plaats. Het project wacht op een plek; de secretaris plant het in.',
    submitForMeeting: 'Stukken aanleveren voor de vergadering van de Ethische Commissie',
    reflectionSummary: 'Samenvatting: {summary}',
    stopped: 'Het project is gestopt.',
    stoppedProhibited:
      'Het project is gestopt: volgens de ethische quickscan gaat het om een verboden AI-toepassing (AI-verordening, artikel 5).',
    subjectDue: 'uiterlijk {when}',
    subjectDeadlinePassed: 'termijn verstreken',
    subjectAttention: 'stap vraagt aandacht',
    subjectProhibited: 'verboden AI-toepassing, project gestopt',
    subjectStatutory: 'termijn voorafgaande raadpleging verstreken',
    subjectDecision: '{title} is {outcome}',
    openTask: 'Open de taak: {link}',
    openProject: 'Bekijk het project: {link}',
    timeZone: '(Nederlandse tijd)',
    closing: 'Met vriendelijke groet,\nWaardenpoort – ethische toets voor data en technologie, gemeente Enschede',
    footerPerson:
      'U ontvangt dit automatische bericht als {role}. Liever één dagelijkse samenvatting van uw taken en herinneringen, of berichten in het Engels? Pas uw voorkeuren aan in Waardenpoort.',
    footerMailbox: 'Dit adres ontvangt als gedeelde mailbox alle berichten voor de rol {role}.',
    digestSubject: 'Dagelijks overzicht Waardenpoort: {count}',
    digestCount_one: '{count} bericht',
    digestCount_other: '{count} berichten',
    digestIntro:
      'U hebt gekozen voor één dagelijkse samenvatting. Hieronder staan uw nieuwe taken en herinneringen sinds het vorige overzicht. Escalaties ontvangt u altijd direct.',
    digestFooter: 'U ontvangt dit automatische overzicht omdat u voor een dagelijkse samenvatting hebt gekozen.',
  },
  calendar: {
    escalated: ' (geëscaleerd)',
    project: 'Project',
    department: 'Afdeling',
    gate: 'Poort',
    open: 'Openen in Waardenpoort',
  },
};
