/**
 * Dutch labels and formats. The vocabularies (roles, gates, gate states, steps, statuses, technologies) and the
 * labels libs/domain has (roles, gates, statuses) come from the domain, compiled into ./domain/; the labels the
 * domain does not have are the dashboard's, keyed by the domain's types so a new id cannot go without a label.
 */
import { GATE_IDS as DOMAIN_GATE_IDS, GATE_LABELS as DOMAIN_GATE_LABELS } from './domain/gates.js';
import { PROJECT_STATUS_LABELS } from './domain/project.js';
import { ROLES as DOMAIN_ROLES, ROLE_LABELS as DOMAIN_ROLE_LABELS } from './domain/roles.js';

/** @typedef {import('./domain/roles.js').Role} Role */
/** @typedef {import('./domain/gates.js').GateId} GateId */
/** @typedef {import('./domain/gates.js').GateState} GateState */
/** @typedef {import('../../types/api').GateStep} GateStep */
/** @typedef {import('./domain/project.js').Technology} Technology */

/**
 * The Dutch half of a domain label table.
 * @template {string} K
 * @param {Record<K, { nl: string, en: string }>} labels
 * @returns {Record<K, string>}
 */
function dutch(labels) {
  return /** @type {Record<K, string>} */ (
    Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, /** @type {{ nl: string }} */ (v).nl]))
  );
}

export const ROLE_LABELS = dutch(DOMAIN_ROLE_LABELS);

/** @type {readonly Role[]} */
export const ROLES = DOMAIN_ROLES;

/**
 * The domain's gate labels; the DPIA goes by its abbreviation in the dashboard's tables and charts, where the full
 * name does not fit, and `none` is the filter for projects without an open gate.
 * @type {Record<string, string>}
 */
export const GATE_LABELS = { ...dutch(DOMAIN_GATE_LABELS), dpia: 'DPIA', none: 'Geen open poort' };

/** @type {readonly GateId[]} */
export const GATE_IDS = DOMAIN_GATE_IDS;

/** @type {Record<GateState, string>} */
export const GATE_STATE_LABELS = {
  'not-required': 'Niet nodig',
  pending: 'Nog niet aan de beurt',
  active: 'Bezig',
  waiting: 'Wacht',
  completed: 'Afgerond',
  returned: 'Teruggestuurd',
};

export const STATUS_LABELS = dutch(PROJECT_STATUS_LABELS);

/** @type {Record<GateStep, string>} */
export const STEP_LABELS = {
  'answer-quick-scan': 'Quickscan invullen',
  'submit-dpia': 'DPIA indienen',
  'dpo-advice': 'Advies FG geven',
  'prior-consultation': 'Voorafgaande raadpleging AP vastleggen',
  'schedule-meeting': 'Agenderen in de Ethische Commissie',
  'await-meeting': 'Vergadering Ethische Commissie',
  'submit-documents': 'Stukken indienen voor de Ethische Commissie',
  'answer-questions': 'Vragen van de commissie beantwoorden',
  'record-reflection': 'Reflectie vastleggen',
  decide: 'Besluit nemen',
  'prepare-register-entry': 'Registratie voor het algoritme- of sensorregister invullen',
  'publish-register-entry': 'Registratie beoordelen en publiceren',
  'inform-council': 'Informeren van de raad vastleggen',
};

/** @type {Record<Technology, string>} */
export const TECHNOLOGY_LABELS = {
  sensor: 'Sensoren',
  camera: "Camera's",
  drone: 'Drones',
  algorithm: 'Algoritme',
  ai: 'Kunstmatige intelligentie (AI)',
  app: 'App',
  'data-linking': 'Koppelen van gegevens',
  other: 'Anders',
};

/** @type {Record<string, Record<string, string>>} */
export const OUTCOME_LABELS = {
  dpia: { 'not-required': 'Niet nodig', recommended: 'Aanbevolen', required: 'Verplicht' },
  iama: { 'not-recommended': 'Niet aanbevolen', recommended: 'Aanbevolen' },
  aiActClass: {
    'not-applicable': 'Niet van toepassing',
    minimal: 'Minimaal risico',
    limited: 'Beperkt risico (transparantie)',
    'high-risk': 'Hoog risico',
    prohibited: 'Verboden',
  },
  commission: { optional: 'Niet verplicht', required: 'Verplicht' },
  council: { optional: 'Niet verplicht', required: 'Verplicht' },
  riskLevel: { low: 'Laag', medium: 'Middel', high: 'Hoog' },
  algorithmRegister: {
    none: 'Geen publicatie',
    A: 'Categorie A (hoog-risico-AI)',
    B: 'Categorie B (impactvol algoritme)',
    C: 'Categorie C (overig algoritme)',
  },
  sensorRegister: { true: 'Ja', false: 'Nee' },
};

/** @type {Record<import('./domain/policy/types.js').OutcomeDimension, string>} */
export const OUTCOME_NAMES = {
  dpia: 'DPIA',
  iama: 'IAMA',
  aiActClass: 'Risicoklasse AI-verordening',
  commission: 'Reflectie Ethische Commissie',
  council: 'Raad informeren',
  riskLevel: 'Risiconiveau',
  algorithmRegister: 'Algoritmeregister',
  sensorRegister: 'Sensorenregister',
};

/** @type {Record<string, string>} */
export const DPO_ADVICE_LABELS = {
  positive: 'Positief',
  'positive-with-conditions': 'Positief onder voorwaarden',
  negative: 'Negatief',
};

/** Every kind of advice a decision answers: the DPO's, the commission's reflection, the DPA's answer. */
/** @type {Record<string, string>} */
export const ADVICE_VALUE_LABELS = {
  positive: 'Positief',
  'positive-with-conditions': 'Positief onder voorwaarden',
  negative: 'Negatief',
  reflection: 'Reflectie',
  'no-objection': 'Geen bezwaar',
  advice: 'Schriftelijk advies',
  objection: 'Bezwaar',
};

/** @type {Record<import('./domain/project.js').DecisionOutcome, string>} */
export const DECISION_LABELS = {
  approved: 'Goedgekeurd',
  'approved-with-conditions': 'Goedgekeurd onder voorwaarden',
  rejected: 'Afgewezen',
  returned: 'Teruggestuurd voor aanpassing',
};

/** @type {Record<string, string>} */
export const ADVICE_KIND_LABELS = {
  'dpo-advice': 'Advies van de FG',
  'commission-reflection': 'Reflectie van de Ethische Commissie',
  'dpa-prior-consultation': 'Antwoord van de Autoriteit Persoonsgegevens',
};

/** What a draft policy would do to one project (WHAT_IF_VERDICTS in libs/domain/src/what-if.ts). */
/** @type {Record<string, string>} */
export const WHAT_IF_VERDICT_LABELS = {
  changed: 'andere route',
  'reasons-changed': 'andere redenen, zelfde route',
  'needs-new-quick-scan': 'nieuwe quickscan nodig',
  'no-quick-scan': 'nog geen quickscan',
  unchanged: 'ongewijzigd',
};

/** The choice per policy activation (REROUTE_CHOICES in libs/domain/src/policy-activation.ts). */
/** @type {Record<'none' | 'affected' | 'all', string>} */
export const REROUTE_LABELS = {
  none: 'Niemand verplaatsen (blijft op eigen versie)',
  affected: 'Alleen projecten waarvan de route verandert',
  all: 'Alle lopende projecten',
};

/** Where an activation's request to one project stands (DELIVERY_STATES in libs/domain). */
/** @type {Record<'pending' | 'requested' | 'refused' | 'failed', string>} */
export const DELIVERY_STATE_LABELS = {
  pending: 'in afwachting',
  requested: 'gevraagd',
  refused: 'geweigerd',
  failed: 'mislukt',
};

/** Why a project's workflow refused an action (RefusalCode in libs/domain/src/lifecycle.ts). */
/** @type {Record<string, string>} */
export const REFUSAL_LABELS = {
  'gate-not-active': 'fase niet open',
  'wrong-step': 'andere stap aan de beurt',
  'missing-role': 'rol ontbreekt',
  'segregation-of-duties': 'functiescheiding',
  'invalid-payload': 'ongeldige gegevens',
  'project-closed': 'project afgesloten',
  'project-on-hold': 'project gepauzeerd',
  'limit-reached': 'limiet bereikt',
};

/** Every audit action the domain writes has a label (a new action without one does not type-check). */
/** @type {Record<import('./domain/audit-actions.js').AuditAction, string>} */
export const ACTION_LABELS = {
  registered: 'Project geregistreerd',
  'quick-scan-submitted': 'Quickscan ingediend',
  'step-opened': 'Taak geopend',
  'gate-completed': 'Poort afgerond',
  'dpia-submitted': 'DPIA ingediend',
  'dpo-advice-given': 'Advies FG gegeven',
  'prior-consultation-started': 'Voorafgaande raadpleging AP gestart',
  'prior-consultation-extended': 'Termijn AP verlengd',
  'prior-consultation-answered': 'Antwoord AP vastgelegd',
  'prior-consultation-term-expired': 'Termijn AP verstreken',
  'reflection-requested': 'Reflectie gevraagd',
  'commission-scheduled': 'Geagendeerd in de Ethische Commissie',
  'commission-met': 'Ethische Commissie vergaderd',
  'commission-awaiting-slot': 'Wacht op een plek op een vergadering',
  'commission-slot-refused': 'Gekozen vergadering was vol',
  'commission-meeting-moved': 'Verplaatst naar een andere vergadering',
  'commission-documents-submitted': 'Stukken voor de commissie ingediend',
  'commission-submission-deadline-passed': 'Inleverdatum voor de commissie verstreken',
  'commission-questions-asked': 'Vragen van de commissie gesteld',
  'commission-questions-answered': 'Vragen van de commissie beantwoord',
  'reflection-recorded': 'Reflectie vastgelegd',
  'decision-taken': 'Besluit genomen',
  'returned-for-rework': 'Teruggestuurd voor aanpassing',
  'council-information-required': 'Raad informeren: besluit wijkt af van een advies',
  'council-informed': 'Raad geïnformeerd',
  'register-entry-submitted': 'Registratie ter publicatie aangeboden',
  'register-entry-returned': 'Registratie teruggestuurd',
  'register-entry-published': 'Registratie gepubliceerd',
  'reminder-sent': 'Herinnering verstuurd',
  escalated: 'Geëscaleerd',
  'put-on-hold': 'Gepauzeerd',
  resumed: 'Hervat',
  withdrawn: 'Ingetrokken',
  amended: 'Project gewijzigd',
  'reassessment-requested': 'Herbeoordeling gevraagd na nieuw beleid',
  'reassessment-started': 'Herbeoordeling gestart: nieuwe quickscan',
  'route-reassessed': 'Route opnieuw beoordeeld',
  'project-stopped': 'Project gestopt',
  'reevaluation-scheduled': 'Herbeoordeling gepland',
  'reevaluation-started': 'Herbeoordeling gestart',
  'reevaluation-unchanged': 'Herbeoordeling: route ongewijzigd',
  'action-refused': 'Poging geweigerd',
  'needs-attention': 'Stap vraagt aandacht',
  'attention-resolved': 'Stap weer op gang',
  'policy-activated': 'Beleid geactiveerd',
  'webhook-subscribed': 'Webhook aangemeld',
  'webhook-unsubscribed': 'Webhook afgemeld',
  'organisation-changed': 'Organisatie gewijzigd',
  'notification-routed': 'Bericht voor afdelingshoofd doorgestuurd',
  'commission-meeting-created': 'Vergadering gepland',
  'commission-meeting-updated': 'Vergadering gewijzigd',
  'commission-meeting-cancelled': 'Vergadering geannuleerd',
  'commission-meeting-held': 'Vergadering gehouden',
  'reflection-published': 'Reflectie openbaar gemaakt',
  'reflection-publication-withdrawn': 'Openbaarmaking reflectie ingetrokken',
  'task-claimed': 'Taak opgepakt',
  'task-released': 'Taak vrijgegeven',
  'task-delegated': 'Taak gedelegeerd',
  'task-undelegated': 'Delegatie ingetrokken',
  'absence-registered': 'Afwezigheid met vervanger ingesteld',
  'absence-removed': 'Afwezigheid verwijderd',
};

/** Why a project's route is assessed again. */
/** @type {Record<string, string>} */
export const REASSESSMENT_TRIGGER_LABELS = {
  'policy-activation': 'Nieuw beleid: de CIO-office heeft om een nieuwe quickscan gevraagd',
  amendment: 'Het project is gewijzigd',
  reevaluation: 'Periodieke herbeoordeling',
  'rule-in-force': 'Een regel is in werking getreden',
};

/** @type {Record<string, string>} */
export const TIMER_LABELS = {
  reminder: 'Herinnering',
  escalation: 'Escalatie',
  'statutory-term': 'Wettelijke termijn',
  meeting: 'Vergadering',
  reevaluation: 'Herbeoordeling',
  'submission-deadline': 'Inleverdatum stukken',
  'rule-in-force': 'Regel treedt in werking',
};

/** @param {Record<string, string>} labels @param {string | null | undefined} key */
export function label(labels, key) {
  if (key === null || key === undefined) return '–';
  return labels[key] ?? key;
}

const MOMENT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
const CLOCK = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const SHORT_DAY = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short' });
const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const RELATIVE = new Intl.RelativeTimeFormat('nl-NL', { numeric: 'auto' });

/** "2 dec 2025 14:05:07", Amsterdam time. @param {string | null | undefined} iso */
export function moment(iso) {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : MOMENT.format(d).replace(',', '');
}

/** "2 december 2025"; a plain date (YYYY-MM-DD) stays that day. @param {string | null | undefined} iso */
export function day(iso) {
  if (!iso) return '–';
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : DAY.format(d);
}

/** A tick label for a time axis that spans `spanMs`. @param {Date} d @param {number} spanMs */
export function tick(d, spanMs) {
  return spanMs < 2 * 24 * 3600 * 1000 ? CLOCK.format(d) : SHORT_DAY.format(d);
}

/** @param {number} n */
export function number(n) {
  return NUMBER.format(n);
}

/** "3 s", "4 min", "2,5 uur", "12 dagen". @param {number | null | undefined} seconds */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 60) return `${NUMBER.format(seconds)} s`;
  if (seconds < 3600) return `${NUMBER.format(seconds / 60)} min`;
  if (seconds < 86400) return `${NUMBER.format(seconds / 3600)} uur`;
  const days = seconds / 86400;
  return `${NUMBER.format(days)} ${days === 1 ? 'dag' : 'dagen'}`;
}

/** "over 3 dagen", "2 uur geleden". @param {string | null | undefined} iso */
export function relative(iso) {
  if (!iso) return '';
  const diff = (new Date(iso).getTime() - Date.now()) / 1000;
  const abs = Math.abs(diff);
  if (abs < 60) return RELATIVE.format(Math.round(diff), 'second');
  if (abs < 3600) return RELATIVE.format(Math.round(diff / 60), 'minute');
  if (abs < 86400) return RELATIVE.format(Math.round(diff / 3600), 'hour');
  return RELATIVE.format(Math.round(diff / 86400), 'day');
}

/** @param {number} n @param {string} one @param {string} many */
export function plural(n, one, many) {
  return `${NUMBER.format(n)} ${n === 1 ? one : many}`;
}
