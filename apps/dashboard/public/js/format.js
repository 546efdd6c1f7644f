/**
 * Labels and formats in the page's language (./i18n.js). The vocabularies (roles, gates, gate states, steps,
 * statuses, technologies, audit actions, ...) are the catalogues' `labels` (libs/domain/src/texts/<language>/labels.ts),
 * each table keyed by its domain type so a new id cannot go without a label; dates and numbers follow the language.
 */
import { GATE_IDS as DOMAIN_GATE_IDS } from './domain/gates.js';
import { ROLES as DOMAIN_ROLES } from './domain/roles.js';
import { TEXTS } from './domain/texts/index.js';
import { language, locale, t } from './i18n.js';

/** @typedef {import('./domain/roles.js').Role} Role */
/** @typedef {import('./domain/gates.js').GateId} GateId */

const L = TEXTS[language].labels;

export const ROLE_LABELS = L.roles;

/** @type {readonly Role[]} */
export const ROLES = DOMAIN_ROLES;

/**
 * The domain's gate labels; the DPIA goes by its abbreviation in the dashboard's tables and charts, where the full
 * name does not fit, and `none` is the filter for projects without an open gate.
 * @type {Record<string, string>}
 */
export const GATE_LABELS = { ...L.gates, ...L.gateShort };

/** @type {readonly GateId[]} */
export const GATE_IDS = DOMAIN_GATE_IDS;

export const GATE_STATE_LABELS = L.gateStates;
export const STATUS_LABELS = L.statuses;
export const STEP_LABELS = L.steps;
export const TECHNOLOGY_LABELS = L.technologies;
/** @type {Readonly<Record<string, Readonly<Record<string, string>>>>} */
export const OUTCOME_LABELS = L.outcomes;
/** @type {Readonly<Record<import('./domain/policy/types.js').OutcomeDimension, string>>} */
export const OUTCOME_NAMES = L.outcomeNames;
/** @type {Readonly<Record<string, string>>} */
export const DPO_ADVICE_LABELS = L.dpoAdvice;
/** Every kind of advice a decision answers: the DPO's, the commission's reflection, the DPA's answer. */
/** @type {Readonly<Record<string, string>>} */
export const ADVICE_VALUE_LABELS = L.adviceValues;
export const DECISION_LABELS = L.decisions;
/** @type {Readonly<Record<string, string>>} */
export const ADVICE_KIND_LABELS = L.adviceKinds;
/** What a draft policy would do to one project (WHAT_IF_VERDICTS in libs/domain/src/what-if.ts). */
/** @type {Readonly<Record<string, string>>} */
export const WHAT_IF_VERDICT_LABELS = L.whatIfVerdicts;
/** The choice per policy activation (REROUTE_CHOICES in libs/domain/src/policy-activation.ts). */
export const REROUTE_LABELS = L.reroute;
/** Where an activation's request to one project stands (DELIVERY_STATES in libs/domain). */
export const DELIVERY_STATE_LABELS = L.deliveryStates;
/** Why a project's workflow refused an action (RefusalCode in libs/domain/src/lifecycle.ts). */
/** @type {Readonly<Record<string, string>>} */
export const REFUSAL_LABELS = L.refusals;
/** Every audit action the domain writes has a label (a new action without one does not type-check). */
export const ACTION_LABELS = L.actions;
/** Why a project's route is assessed again. */
/** @type {Readonly<Record<string, string>>} */
export const REASSESSMENT_TRIGGER_LABELS = L.reassessmentTriggers;
/** @type {Readonly<Record<string, string>>} */
export const TIMER_LABELS = L.timers;

/** @param {Readonly<Record<string, string>>} labels @param {string | null | undefined} key */
export function label(labels, key) {
  if (key === null || key === undefined) return t('common.none');
  return labels[key] ?? key;
}

const MOMENT = new Intl.DateTimeFormat(locale, {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const DAY = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
const CLOCK = new Intl.DateTimeFormat(locale, {
  timeZone: 'Europe/Amsterdam',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
const SHORT_DAY = new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'short' });
const NUMBER = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const RELATIVE = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

/** "2 dec 2025 14:05:07" ("2 Dec 2025 14:05:07"), Amsterdam time. @param {string | null | undefined} iso */
export function moment(iso) {
  if (!iso) return t('common.none');
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : MOMENT.format(d).replace(',', '');
}

/** "2 december 2025"; a plain date (YYYY-MM-DD) stays that day. @param {string | null | undefined} iso */
export function day(iso) {
  if (!iso) return t('common.none');
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

/** "3 s", "4 min", "2,5 uur", "12 dagen" (in English "2.5 h", "12 days"). @param {number | null | undefined} seconds */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) return t('common.none');
  if (seconds < 60) return t('common.units.seconds', { n: NUMBER.format(seconds) });
  if (seconds < 3600) return t('common.units.minutes', { n: NUMBER.format(seconds / 60) });
  if (seconds < 86400) return t('common.units.hours', { n: NUMBER.format(seconds / 3600) });
  const days = seconds / 86400;
  return t('common.units.days', { n: NUMBER.format(days), count: days });
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

/**
 * A counted text: the catalogue's `<key>_one` or `<key>_other` by `n` (the language's plural rules), with `{n}` the
 * number as the language writes it ("1.234" in Dutch, "1,234" in English).
 * @param {import('./i18n.js').TextKey} key @param {number} n @param {import('./i18n.js').TextParams} [params]
 */
export function counted(key, n, params = {}) {
  return t(key, { ...params, count: n, n: NUMBER.format(n) });
}
