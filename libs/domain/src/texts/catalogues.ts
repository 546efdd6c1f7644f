import { en } from './en/index';
import { nl } from './nl/index';
import type { Language, TextKeys, Translation } from './types';

export * from './types';

/** The Dutch catalogue's shape: what every language has. */
export type Texts = typeof nl;

/**
 * Every text a person reads (pages, mails, calendar feeds), one catalogue per language: ./nl is the source and
 * names the keys, ./en translates it key for key. The dashboard reads them through i18next; the worker's mails and
 * the domain's label tables read them directly.
 */
export const TEXTS: Readonly<Record<Language, Translation<Texts>>> = { nl, en };

/** A key the dashboard may ask for: `area.name`, nested with dots; a plural by its name, without `_one`/`_other`. */
export type TextKey = TextKeys<Texts>;

/** One table of a catalogue in both languages, keyed as in the catalogue: `{ key: { nl, en } }`. */
export function bilingual<K extends string>(
  pick: (texts: Translation<Texts>) => Readonly<Record<K, string>>,
): Record<K, Record<Language, string>> {
  const dutch = pick(TEXTS.nl);
  const english = pick(TEXTS.en);
  return Object.fromEntries(
    Object.keys(dutch).map((key) => [key, { nl: dutch[key as K], en: english[key as K] }]),
  ) as Record<K, Record<Language, string>>;
}
