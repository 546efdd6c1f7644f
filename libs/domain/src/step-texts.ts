import type { GateStep } from './gates';
import type { LocalizedText } from './policy/types';

/** What a step asks of its assignee, as an instruction: in mails, calendar feeds and on pages. */
export const STEP_TASKS: Readonly<Record<GateStep, LocalizedText>> = {
  'answer-quick-scan': { nl: 'De ethische quickscan invullen', en: 'Fill in the ethical quick-scan' },
  'submit-dpia': {
    nl: 'De DPIA (gegevensbeschermingseffectbeoordeling) indienen',
    en: 'Submit the DPIA (data protection impact assessment)',
  },
  'dpo-advice': {
    nl: 'Advies geven op de DPIA als functionaris gegevensbescherming',
    en: 'Give your advice on the DPIA as data protection officer',
  },
  'prior-consultation': {
    nl: 'Het antwoord van de Autoriteit Persoonsgegevens op de voorafgaande raadpleging vastleggen',
    en: "Record the Dutch DPA's answer to the prior consultation",
  },
  'schedule-meeting': {
    nl: 'Het project agenderen voor een vergadering van de Ethische Commissie',
    en: 'Put the project on the agenda of an Ethics Commission meeting',
  },
  'await-meeting': {
    nl: 'De vergadering van de Ethische Commissie afwachten',
    en: 'Await the Ethics Commission meeting',
  },
  'submit-documents': {
    nl: 'Stukken indienen voor de vergadering van de Ethische Commissie',
    en: 'Submit documents for the Ethics Commission meeting',
  },
  'answer-questions': {
    nl: 'De vragen van de Ethische Commissie beantwoorden',
    en: "Answer the Ethics Commission's questions",
  },
  'record-reflection': {
    nl: 'De reflectie van de Ethische Commissie vastleggen',
    en: "Record the Ethics Commission's reflection",
  },
  decide: { nl: 'Een besluit nemen over het project', en: 'Decide on the project' },
  'prepare-register-entry': {
    nl: 'De registratie voor het algoritme- of sensorregister invullen',
    en: 'Complete the algorithm or sensor register entry',
  },
  'publish-register-entry': {
    nl: 'De registratie beoordelen en publiceren',
    en: 'Review and publish the register entry',
  },
  'inform-council': {
    nl: 'Vastleggen hoe en wanneer de gemeenteraad is geïnformeerd',
    en: 'Record how and when the municipal council was informed',
  },
};
