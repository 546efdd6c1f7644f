/** Who the directory says you are, and how you want your mail (GET /api/v1/me, PUT /api/v1/me/preferences). */
import { api, optionalApi } from '../api.js';
import { h } from '../dom.js';
import { label, ROLE_LABELS } from '../format.js';
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
    ['Naam', me?.name ?? session?.name ?? ''],
    ['Gebruikersnaam', me?.sub ?? session?.sub ?? ''],
    ['E-mail', me?.email ?? session?.email ?? ''],
    ['Rollen', (me?.roles ?? session?.roles ?? []).map((r) => label(ROLE_LABELS, r)).join(', ')],
  ]);
  if (!me) {
    return {
      title: 'Instellingen',
      body: [
        heading(1, 'Instellingen'),
        who,
        alert('info', 'Voorkeuren voor mail zijn op deze server (nog) niet in te stellen.'),
      ],
    };
  }
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'voorkeuren' },
    heading(2, 'Hoe wilt u mail ontvangen?', { id: 'voorkeuren' }),
    choiceGroup({
      name: 'language',
      legend: 'Taal van de mail',
      type: 'radio',
      value: me.language,
      options: [
        { value: 'nl', label: 'Nederlands' },
        { value: 'en', label: 'English' },
      ],
    }),
    choiceGroup({
      name: 'digest',
      legend: 'Taken en herinneringen',
      type: 'radio',
      value: me.digest ? 'true' : 'false',
      options: [
        { value: 'false', label: 'Elk bericht meteen' },
        {
          value: 'true',
          label: 'Eén overzicht per dag',
          description: 'Escalaties en gestopte projecten krijgt u altijd meteen.',
        },
      ],
    }),
    actions(button('Opslaan', { type: 'submit' })),
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
      ctx.navigate('/instellingen', { flash: { type: 'ok', text: 'Uw voorkeuren zijn opgeslagen.' }, replace: true });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return {
    title: 'Instellingen',
    body: [
      heading(1, 'Instellingen'),
      p('Zo kent Waardenpoort u (uit uw aanmelding).'),
      who,
      form,
      await calendarFeedSection(ctx),
      await absencesSection(ctx, me.roles),
    ],
  };
}
