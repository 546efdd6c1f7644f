/* global document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The frame around the pages in the page's language: the texts of index.html, and the switch to the other language. */
import { api, optionalApi } from './api.js';
import { chooseLanguage, language, t } from './i18n.js';
import { button } from './ui.js';

/** @typedef {import('./session.js').Session} Session */

/**
 * The other language, offered in that language. Signed in, the choice becomes the person's preference, which their
 * mails follow too; otherwise this browser keeps it.
 * @param {Session | null} session
 */
export function languageSwitch(session) {
  const next = language === 'nl' ? 'en' : 'nl';
  return button(t('common.language.switchTo'), {
    variant: 'subtle',
    class: 'wp-session__language',
    lang: next,
    'aria-label': t('common.language.switchLabel'),
    on: {
      click: async (event) => {
        const target = /** @type {HTMLButtonElement} */ (event.currentTarget);
        target.disabled = true;
        if (session) {
          try {
            const me = /** @type {{ digest: boolean } | null} */ (await optionalApi('/api/v1/me'));
            if (me) await api('/api/v1/me/preferences', { method: 'PUT', body: { language: next, digest: me.digest } });
          } catch {
            // The page still changes language; the preference (and the mails) stay as they were.
          }
        }
        chooseLanguage(next);
      },
    },
  });
}

/**
 * The shell around the views (index.html) in the page's language: it is written in Dutch, for the moment before
 * this module runs.
 */
export function renderShell() {
  const text = (/** @type {string} */ selector, /** @type {string} */ value) => {
    const el = document.querySelector(selector);
    if (el) el.textContent = value;
  };
  text('.utrecht-skip-link', t('common.skipLink'));
  text('.wp-brand__tagline', t('common.tagline'));
  text('.wp-footer__link', t('common.apiDocs'));
  const footer = document.querySelector('.wp-footer .utrecht-paragraph');
  if (footer?.firstChild) footer.firstChild.textContent = `${t('common.footer')} `;
  document.getElementById('hoofdmenu')?.setAttribute('aria-label', t('common.mainMenu'));
  document.querySelector('meta[name="description"]')?.setAttribute('content', t('common.description'));
}
