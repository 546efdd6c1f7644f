// Generated from libs/domain/src/texts/catalogues.ts by `npm run generate:dashboard`; do not edit.
import { nl } from './nl/index.js';
import type { Language, TextKeys, Translation } from './types.js';
export * from './types.js';
/** The Dutch catalogue's shape: what every language has. */
export type Texts = typeof nl;
/**
 * Every text a person reads (pages, mails, calendar feeds), one catalogue per language: ./nl is the source and
 * names the keys, ./en translates it key for key. The dashboard reads them through i18next; the worker's mails and
 * the domain's label tables read them directly.
 */
export declare const TEXTS: Readonly<Record<Language, Translation<Texts>>>;
/** A key the dashboard may ask for: `area.name`, nested with dots; a plural by its name, without `_one`/`_other`. */
export type TextKey = TextKeys<Texts>;
/** One table of a catalogue in both languages, keyed as in the catalogue: `{ key: { nl, en } }`. */
export declare function bilingual<K extends string>(pick: (texts: Translation<Texts>) => Readonly<Record<K, string>>): Record<K, Record<Language, string>>;
