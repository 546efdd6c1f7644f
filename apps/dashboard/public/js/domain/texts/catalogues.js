// Generated from libs/domain/src/texts/catalogues.ts by `npm run generate:dashboard`; do not edit.
import { en } from './en/index.js';
import { nl } from './nl/index.js';
export * from './types.js';
/**
 * Every text a person reads (pages, mails, calendar feeds), one catalogue per language: ./nl is the source and
 * names the keys, ./en translates it key for key. The dashboard reads them through i18next; the worker's mails and
 * the domain's label tables read them directly.
 */
export const TEXTS = { nl, en };
/** One table of a catalogue in both languages, keyed as in the catalogue: `{ key: { nl, en } }`. */
export function bilingual(pick) {
    const dutch = pick(TEXTS.nl);
    const english = pick(TEXTS.en);
    return Object.fromEntries(Object.keys(dutch).map((key) => [key, { nl: dutch[key], en: english[key] }]));
}
