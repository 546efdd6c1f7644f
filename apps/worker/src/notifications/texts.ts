import type { DecisionOutcome, NotificationKind } from '@waardenpoort/domain';
import { bilingual, TEXTS } from '@waardenpoort/domain/texts';
import type { MailLanguage } from './amsterdam-time';

/** A text in both languages; Dutch is what everyone gets unless they chose English. */
export type Bilingual = Record<MailLanguage, string>;

/*
 * The mails' texts live in the catalogues, one per language (libs/domain/src/texts/<language>/mail.ts), beside the
 * dashboard's: the tables below are views of them.
 */
export const DECISION_LABELS: Record<DecisionOutcome, Bilingual> = bilingual((t) => t.mail.decisions);

/** How a notification is named in a subject line and in a digest's list. */
export const KIND_LABELS: Record<NotificationKind, Bilingual> = bilingual((t) => t.mail.kinds);

export const LABELS = bilingual((t) => t.mail.labels);

export const PHRASES = bilingual((t) => t.mail.phrases);

/** "1 bericht" / "3 berichten": the number of items a digest holds, in its subject line. */
export function digestCount(language: MailLanguage, n: number): string {
  const phrases = TEXTS[language].mail.phrases;
  return fill(n === 1 ? phrases.digestCount_one : phrases.digestCount_other, { count: n });
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
