/**
 * Away with a substitute (GET/POST/DELETE /api/v1/me/absences): while you are away your own tasks show in your
 * substitute's list, your mail goes to them, and they may act for you; the audit trail says who acted for whom.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { moment } from '../format.js';
import { button, heading, p, table } from '../ui.js';
import { actions, clearFormErrors, formValues, selectField, setBusy, showApiError, textField } from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {{ id: string, person: { sub: string, name: string }, substitute: { sub: string, name: string }, from: string, until: string, active: boolean }} Absence */

/** A date field's value (YYYY-MM-DD) as the start of that day in the browser's time zone, ISO. @param {string} day */
const startOf = (day) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00`).toISOString() : day);

/** The settings section. @param {ViewContext} ctx @param {string[]} roles */
export async function absencesSection(ctx, roles) {
  const session = ctx.session;
  const absences = /** @type {Absence[]} */ (await api('/api/v1/me/absences'));
  // A substitute needs every role you have: the colleagues of your first role are the candidates (the API checks).
  const colleagues =
    roles.length > 0
      ? /** @type {Array<{ sub: string, name: string }>} */ (
          await api(`/api/v1/people?role=${encodeURIComponent(roles[0])}`)
        ).filter((c) => c.sub !== session?.sub)
      : [];
  const remove = async (/** @type {Absence} */ a) => {
    await api(`/api/v1/me/absences/${a.id}`, { method: 'DELETE' });
    ctx.navigate('/instellingen', { flash: { type: 'ok', text: 'De afwezigheid is verwijderd.' }, replace: true });
  };
  /** @param {Absence} a */
  const removeButton = (a) => {
    const b = button('Verwijderen', {
      variant: 'subtle',
      'aria-label': `Afwezigheid van ${moment(a.from)} verwijderen`,
    });
    b.addEventListener('click', () => void remove(a));
    return b;
  };
  const list =
    absences.length === 0
      ? p('U heeft geen afwezigheid ingesteld, en u vervangt niemand.')
      : table({
          caption: 'Afwezigheid en vervanging',
          captionHidden: true,
          head: ['Afwezig', 'Vervanger', 'Van', 'Tot', 'Actie'],
          rows: absences.map((a) => [
            a.person.name,
            a.substitute.name,
            moment(a.from),
            moment(a.until),
            a.person.sub === session?.sub ? removeButton(a) : a.active ? 'u vervangt nu' : 'u vervangt',
          ]),
        });
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'afwezig-nieuw' },
    heading(3, 'Afwezigheid toevoegen', { id: 'afwezig-nieuw' }),
    selectField({
      name: 'substitute',
      label: 'Vervanger',
      description: 'Een collega met dezelfde rol(len) als u.',
      options: [{ value: '', label: 'Kies een collega' }, ...colleagues.map((c) => ({ value: c.sub, label: c.name }))],
    }),
    textField({ name: 'from', label: 'Afwezig vanaf', type: 'date', width: 'sm' }),
    textField({ name: 'until', label: 'Weer aanwezig op', type: 'date', width: 'sm' }),
    actions(button('Afwezigheid opslaan', { type: 'submit' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      await api('/api/v1/me/absences', {
        method: 'POST',
        body: { substitute: one.substitute ?? '', from: startOf(one.from ?? ''), until: startOf(one.until ?? '') },
      });
      ctx.navigate('/instellingen', { flash: { type: 'ok', text: 'Uw afwezigheid is opgeslagen.' }, replace: true });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return h(
    'section',
    { 'aria-labelledby': 'afwezigheid' },
    heading(2, 'Afwezigheid en vervanging', { id: 'afwezigheid' }),
    p(
      'Bent u afwezig, dan ziet uw vervanger uw taken, krijgt die uw mail en kan die voor u handelen. ' +
        'In het auditspoor staat wie voor wie handelde.',
    ),
    list,
    form,
  );
}
