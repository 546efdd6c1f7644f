import { type DecisionOutcome, type LocalizedText, type Technology } from '@waardenpoort/domain';
import { bilingual, TEXTS } from '@waardenpoort/domain/texts';

/** The labels of the letter's facts, Dutch first; the words around the facts are the policy's (`councilLetter`). */
export type Lang = 'nl' | 'en';

/*
 * The labels live in the catalogues, one per language (libs/domain/src/texts/<language>/letter.ts), with every other
 * text a person reads: the tables below are views of them.
 */
export const FIELD_LABELS = bilingual((t) => t.letter.fields) satisfies Record<string, LocalizedText>;

export const TECHNOLOGY_LABELS: Record<Technology, LocalizedText> = bilingual((t) => t.letter.technologies);

export const DECISION_LABELS: Record<DecisionOutcome, LocalizedText> = bilingual((t) => t.letter.decisions);

export const ADVICE_KIND_LABELS: Record<string, LocalizedText> = bilingual((t) => t.letter.adviceKinds);

export const ADVICE_VALUE_LABELS: Record<string, LocalizedText> = bilingual((t) => t.letter.adviceValues);

export const RESPONSE_LABELS: Record<'follow' | 'deviate', LocalizedText> = bilingual((t) => t.letter.responses);

export const OUTCOME_LABELS: Record<string, Record<string, LocalizedText>> = Object.fromEntries(
  Object.keys(TEXTS.nl.letter.outcomes).map((dimension) => [
    dimension,
    bilingual(
      (t) => (t.letter.outcomes as Readonly<Record<string, Readonly<Record<string, string>>>>)[dimension] ?? {},
    ),
  ]),
);

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
