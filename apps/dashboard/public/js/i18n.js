/* global URLSearchParams, document, history, localStorage, location -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The dashboard's language: Dutch first, English for whoever chose it. Every text comes from the catalogues in
 * libs/domain/src/texts (compiled into ./domain/texts), the same ones the mails are written from, through i18next.
 *
 * The language is fixed for the life of the page: it is read before any view runs, so module-level tables of labels
 * are in it too. Choosing another language stores it and loads the page again. Where the choice comes from, first
 * to last: `?lang=` in the address (for this page), the signed-in person's preference (which their mails follow too;
 * see followPreference), the choice stored in this browser (for visitors who are not signed in), and Dutch.
 */
import i18next from './vendor/i18next.js';
import { LANGUAGES, TEXTS } from './domain/texts/index.js';

/** @typedef {import('./domain/texts/index.js').Language} Language */
/** @typedef {import('./domain/texts/index.js').TextKey} TextKey */
/** @typedef {import('./domain/texts/index.js').TextParams} TextParams */

const KEY = 'waardenpoort.language';

/** @param {unknown} value @returns {value is Language} */
function isLanguage(value) {
  return typeof value === 'string' && /** @type {readonly string[]} */ (LANGUAGES).includes(value);
}

const asked = new URLSearchParams(location.search).get('lang');

/** @returns {Language} */
function chosen() {
  if (isLanguage(asked)) {
    storeLanguage(asked);
    // Asked once, kept since: the address stays the page's own.
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    history.replaceState(history.state, '', url.toString());
    return asked;
  }
  try {
    const stored = localStorage.getItem(KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage may be off (private mode, a policy): Dutch, as for everyone who chose nothing.
  }
  return 'nl';
}

/** @param {Language} language */
function storeLanguage(language) {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

/** The page's language. */
export const language = chosen();

/** The locale dates and numbers are written in: Dutch as in the Netherlands, English as in the United Kingdom. */
export const locale = language === 'en' ? 'en-GB' : 'nl-NL';

i18next.init({
  lng: language,
  fallbackLng: 'nl',
  supportedLngs: [...LANGUAGES],
  resources: { nl: { translation: TEXTS.nl }, en: { translation: TEXTS.en } },
  // The resources are here already: init completes before this module's importers run.
  initAsync: false,
  // Texts go into the DOM as text (dom.js), never as HTML: nothing to escape. Placeholders are `{name}`, as in the mails.
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
  returnNull: false,
  returnEmptyString: false,
});
document.documentElement.lang = language;

/**
 * The text under `key` in the page's language, its `{name}` placeholders filled from `params`; a plural text picks
 * its form by `params.count`.
 * @param {TextKey} key
 * @param {TextParams} [params]
 * @returns {string}
 */
export function t(key, params) {
  return /** @type {string} */ (i18next.t(key, params ?? {}));
}

/**
 * Switches the page to `next`: stores the choice and loads the page again.
 * @param {Language} next
 */
export function chooseLanguage(next) {
  storeLanguage(next);
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  location.replace(url.toString());
}

/**
 * The signed-in person's preference, as the API keeps it (it is what their mails follow): when the page is in
 * another language, it moves to theirs, unless the address asked for one. Returns whether the page is being loaded
 * again.
 * @param {Language | null | undefined} preferred
 */
export function followPreference(preferred) {
  if (isLanguage(asked) || !isLanguage(preferred) || preferred === language) return false;
  chooseLanguage(preferred);
  return true;
}
