/**
 * Who the directory says you are, and the language and rhythm of your pages and mail (GET /api/v1/me,
 * PUT /api/v1/me/preferences). The language is one preference for both: changing it loads the page again in it.
 */
import { api, optionalApi } from '../api.js';
import { h } from '../dom.js';
import { label, ROLE_LABELS } from '../format.js';
import { followPreference, t } from '../i18n.js';
import { alert, button, dataList, heading, p } from '../ui.js';
import { actions, choiceGroup, clearFormErrors, formValues, setBusy, showApiError } from '../forms.js';
import { calendarFeedSection } from './calendar-feed.js';
import { absencesSection } from './absences.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {{ sub: string, name: string, email: string | null, roles: string[], language: 'nl' | 'en', digest: boolean }} Me */

/** @param {ViewContext} ctx */
export async function settingsView(ctx) {
  const me = /** @type {Me | null} */ (await optionalApi('/api/v1/me'));
  const session = ctx.session;
  const who = dataList([
    [t('preferences.name'), me?.name ?? session?.name ?? ''],
    [t('preferences.username'), me?.sub ?? session?.sub ?? ''],
    [t('preferences.email'), me?.email ?? session?.email ?? ''],
    [t('preferences.roles'), (me?.roles ?? session?.roles ?? []).map((r) => label(ROLE_LABELS, r)).join(', ')],
  ]);
  if (!me) {
    return {
      title: t('preferences.title'),
      body: [heading(1, t('preferences.title')), who, alert('info', t('preferences.unavailable'))],
    };
  }
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'voorkeuren' },
    heading(2, t('preferences.heading'), { id: 'voorkeuren' }),
    choiceGroup({
      name: 'language',
      legend: t('preferences.language'),
      type: 'radio',
      value: me.language,
      options: [
        // Each language named in itself.
        { value: 'nl', label: h('span', { lang: 'nl' }, 'Nederlands') },
        { value: 'en', label: h('span', { lang: 'en' }, 'English') },
      ],
    }),
    choiceGroup({
      name: 'digest',
      legend: t('preferences.digest'),
      type: 'radio',
      value: me.digest ? 'true' : 'false',
      options: [
        { value: 'false', label: t('preferences.digestNow') },
        { value: 'true', label: t('preferences.digestDaily'), description: t('preferences.digestDailyHint') },
      ],
    }),
    actions(button(t('preferences.save'), { type: 'submit' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      await api('/api/v1/me/preferences', {
        method: 'PUT',
        body: { language: one.language, digest: one.digest === 'true' },
      });
      // Another language: the page loads again in it.
      if (followPreference(one.language === 'en' ? 'en' : 'nl')) return;
      ctx.navigate('/instellingen', { flash: { type: 'ok', text: t('preferences.saved') }, replace: true });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return {
    title: t('preferences.title'),
    body: [
      heading(1, t('preferences.title')),
      p(t('preferences.intro')),
      who,
      form,
      await calendarFeedSection(ctx),
      await absencesSection(ctx, me.roles),
    ],
  };
}
