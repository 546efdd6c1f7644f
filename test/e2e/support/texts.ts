import i18next, { type i18n } from 'i18next';
import * as domain from '@waardenpoort/domain';
import { LANGUAGES, TEXTS, type Language, type TextKey, type TextParams } from '@waardenpoort/domain/texts';
import { testPolicy } from '../../support/answers';

/** Both languages, Dutch first: the browser suites run each page in each (`describeInBrowser.each(LANGUAGES)`). */
export const PAGE_LANGUAGES: readonly Language[] = LANGUAGES;

/** Every text of a catalogue by its full key (`area.name`, plurals as `name_one`/`name_other`). */
function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

const DUTCH = flatten(TEXTS.nl);

/**
 * The texts a page shows that are facts of the domain rather than the dashboard's: the register standards' field
 * names, the policy's questions and options. They come as `{ nl, en }` pairs.
 */
function pairs(tree: unknown, out: Array<{ nl: string; en: string }> = [], seen = new Set<unknown>()) {
  if (!tree || typeof tree !== 'object' || seen.has(tree)) return out;
  seen.add(tree);
  const record = tree as Record<string, unknown>;
  if (typeof record.nl === 'string' && typeof record.en === 'string') out.push({ nl: record.nl, en: record.en });
  else for (const value of Object.values(record)) pairs(value, out, seen);
  return out;
}

const FACTS = pairs([domain, testPolicy]);

/**
 * What a page says in one language, for a browser test to look for: the catalogues read through the same library
 * and options as the dashboard (apps/dashboard/public/js/i18n.js), so a test finds what the page shows.
 */
export interface PageTexts {
  language: Language;
  /** The text under `key`, with its `{name}` placeholders filled. */
  t: (key: TextKey, params?: TextParams) => string;
  /**
   * The text a page shows in this language where the Dutch page shows `dutch`: tests read in Dutch, and run in
   * both. Throws when the catalogue does not have `dutch`, or has it under keys that translate differently (then
   * ask by key).
   */
  say: (dutch: string) => string;
  /** Catalogue texts of the other language that this page shows (none, when every text is translated). */
  foreign: (pageText: string) => string[];
}

const instances = new Map<Language, i18n>();

function instance(language: Language): i18n {
  let found = instances.get(language);
  if (!found) {
    found = i18next.createInstance();
    void found.init({
      lng: language,
      fallbackLng: 'nl',
      resources: { nl: { translation: TEXTS.nl }, en: { translation: TEXTS.en } },
      initAsync: false,
      interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
      returnNull: false,
      returnEmptyString: false,
    });
    instances.set(language, found);
  }
  return found;
}

export function pageTexts(language: Language): PageTexts {
  const own = flatten(TEXTS[language]);
  const t = (key: TextKey, params?: TextParams): string => {
    const text = instance(language).t(key, params ?? {});
    if (text === key) throw new Error(`no text under ${key}`);
    return text;
  };
  const say = (dutch: string): string => {
    const keys = [...DUTCH].filter(([, value]) => value === dutch).map(([key]) => key);
    const translations = new Set(keys.map((key) => own.get(key) as string));
    if (keys.length === 0)
      for (const fact of FACTS) if (fact.nl === dutch) translations.add(language === 'nl' ? fact.nl : fact.en);
    if (translations.size === 0) throw new Error(`"${dutch}" is not a text of the Dutch catalogue`);
    if (translations.size > 1)
      throw new Error(`"${dutch}" translates differently under ${keys.join(', ')}: ask by key`);
    return [...translations][0];
  };
  // The other language's own texts: long enough to be unmistakable, without placeholders, and not the same in both.
  const other = flatten(TEXTS[language === 'nl' ? 'en' : 'nl']);
  const telling = [...other]
    .filter(([key, value]) => value.length >= 12 && !value.includes('{') && own.get(key) !== value)
    .map(([, value]) => value)
    .filter((value) => ![...own.values()].some((mine) => mine.includes(value)));
  const foreign = (pageText: string): string[] => {
    const text = pageText.replace(/\s+/g, ' ');
    return [...new Set(telling.filter((value) => text.includes(value)))];
  };
  return { language, t, say, foreign };
}
