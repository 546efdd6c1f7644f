import type { DecisionOutcome, LocalizedText, Technology } from '@waardenpoort/domain';

/** The labels of the letter's facts, Dutch first; the words around the facts are the policy's (`councilLetter`). */
export type Lang = 'nl' | 'en';

export const FIELD_LABELS = {
  title: { nl: 'Titel', en: 'Title' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  department: { nl: 'Afdeling', en: 'Department' },
  technologies: { nl: 'Technologieën', en: 'Technologies' },
  plannedStart: { nl: 'Geplande start', en: 'Planned start' },
  subject: { nl: 'Onderwerp', en: 'Subject' },
  date: { nl: 'Datum', en: 'Date' },
  project: { nl: 'Project', en: 'Project' },
  template: { nl: 'Sjabloon', en: 'Template' },
  riskLevel: { nl: 'Risiconiveau', en: 'Risk level' },
  dpia: { nl: 'DPIA', en: 'DPIA' },
  commission: { nl: 'Reflectie Ethische Commissie', en: 'Ethics Commission reflection' },
  council: { nl: 'Raad informeren', en: 'Inform the council' },
  aiActClass: { nl: 'Risicoklasse AI-verordening', en: 'AI Act risk class' },
  algorithmRegister: { nl: 'Algoritmeregister', en: 'Algorithm register' },
  sensorRegister: { nl: 'Sensorenregister', en: 'Sensor register' },
  rules: { nl: 'Regels die de route bepaalden', en: 'Rules that decided the route' },
  source: { nl: 'Bron', en: 'Source' },
  routeBy: { nl: 'Route bepaald', en: 'Route decided' },
  advice: { nl: 'Advies', en: 'Advice' },
  adviceConditions: { nl: 'Voorwaarden of aanbevelingen', en: 'Conditions or recommendations' },
  answer: { nl: 'Antwoord in het besluit', en: 'Answer in the decision' },
  explanation: { nl: 'Toelichting', en: 'Explanation' },
  outcome: { nl: 'Besluit', en: 'Decision' },
  decidedBy: { nl: 'Genomen door', en: 'Taken by' },
  rationale: { nl: 'Motivering', en: 'Rationale' },
  page: { nl: 'Pagina', en: 'Page' },
  policyVersion: { nl: 'beleid {id} versie {version}', en: 'policy {id} version {version}' },
  on: { nl: 'op', en: 'on' },
} satisfies Record<string, LocalizedText>;

export const TECHNOLOGY_LABELS: Record<Technology, LocalizedText> = {
  sensor: { nl: 'sensoren', en: 'sensors' },
  camera: { nl: "camera's", en: 'cameras' },
  drone: { nl: 'drones', en: 'drones' },
  algorithm: { nl: 'algoritme', en: 'algorithm' },
  ai: { nl: 'kunstmatige intelligentie (AI)', en: 'artificial intelligence (AI)' },
  app: { nl: 'app', en: 'app' },
  'data-linking': { nl: 'koppelen van gegevens', en: 'linking data' },
  other: { nl: 'anders', en: 'other' },
};

export const DECISION_LABELS: Record<DecisionOutcome, LocalizedText> = {
  approved: { nl: 'goedgekeurd', en: 'approved' },
  'approved-with-conditions': { nl: 'goedgekeurd onder voorwaarden', en: 'approved with conditions' },
  rejected: { nl: 'afgewezen', en: 'rejected' },
  returned: { nl: 'teruggestuurd voor aanpassing', en: 'returned for rework' },
};

export const ADVICE_KIND_LABELS: Record<string, LocalizedText> = {
  'dpo-advice': {
    nl: 'Advies van de functionaris gegevensbescherming (FG) over de DPIA',
    en: "The DPO's advice on the DPIA",
  },
  'dpa-prior-consultation': {
    nl: 'Antwoord van de Autoriteit Persoonsgegevens (voorafgaande raadpleging)',
    en: "The Dutch DPA's answer (prior consultation)",
  },
  'commission-reflection': { nl: 'Reflectie van de Ethische Commissie', en: "The Ethics Commission's reflection" },
};

export const ADVICE_VALUE_LABELS: Record<string, LocalizedText> = {
  positive: { nl: 'positief', en: 'positive' },
  'positive-with-conditions': { nl: 'positief onder voorwaarden', en: 'positive with conditions' },
  negative: { nl: 'negatief', en: 'negative' },
  reflection: { nl: 'reflectie', en: 'reflection' },
  'no-objection': { nl: 'geen bezwaar', en: 'no objection' },
  advice: { nl: 'schriftelijk advies', en: 'written advice' },
  objection: { nl: 'bezwaar', en: 'objection' },
};

export const RESPONSE_LABELS: Record<'follow' | 'deviate', LocalizedText> = {
  follow: { nl: 'opgevolgd (pas toe)', en: 'followed (comply)' },
  deviate: { nl: 'afgeweken (leg uit)', en: 'deviated from (explain)' },
};

export const OUTCOME_LABELS: Record<string, Record<string, LocalizedText>> = {
  dpia: {
    'not-required': { nl: 'niet nodig', en: 'not required' },
    recommended: { nl: 'aanbevolen', en: 'recommended' },
    required: { nl: 'verplicht', en: 'required' },
  },
  commission: {
    optional: { nl: 'niet verplicht', en: 'not required' },
    required: { nl: 'verplicht', en: 'required' },
  },
  council: {
    optional: { nl: 'niet verplicht', en: 'not required' },
    required: { nl: 'verplicht', en: 'required' },
  },
  riskLevel: {
    low: { nl: 'laag', en: 'low' },
    medium: { nl: 'middel', en: 'medium' },
    high: { nl: 'hoog', en: 'high' },
  },
  aiActClass: {
    'not-applicable': { nl: 'niet van toepassing', en: 'not applicable' },
    minimal: { nl: 'minimaal risico', en: 'minimal risk' },
    limited: { nl: 'beperkt risico (transparantie)', en: 'limited risk (transparency)' },
    'high-risk': { nl: 'hoog risico', en: 'high risk' },
    prohibited: { nl: 'verboden', en: 'prohibited' },
  },
  algorithmRegister: {
    none: { nl: 'geen publicatie', en: 'not published' },
    A: { nl: 'categorie A (hoog-risico-AI)', en: 'category A (high-risk AI)' },
    B: { nl: 'categorie B (impactvol algoritme)', en: 'category B (impactful algorithm)' },
    C: { nl: 'categorie C (overig algoritme)', en: 'category C (other algorithm)' },
  },
  sensorRegister: { true: { nl: 'ja', en: 'yes' }, false: { nl: 'nee', en: 'no' } },
};

/** A label in the letter's language; an unknown value is shown as it is (never dropped). */
export function labelOf(table: Record<string, LocalizedText>, value: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(table, value) ? table[value][lang] : value;
}

/** A date (an ISO instant or YYYY-MM-DD) as the municipality writes it: "2 december 2027", Amsterdam time. */
export function longDate(iso: string, lang: Lang): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
