/**
 * Away with a substitute (GET/POST/DELETE /api/v1/me/absences): while you are away your own tasks show in your
 * substitute's list, your mail goes to them, and they may act for you; the audit trail says who acted for whom.
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { moment } from '../format.js';
import { t } from '../i18n.js';
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
    ctx.navigate('/instellingen', { flash: { type: 'ok', text: t('settings.absences.removed') }, replace: true });
  };
  /** @param {Absence} a */
  const removeButton = (a) => {
    const b = button(t('settings.absences.remove'), {
      variant: 'subtle',
      'aria-label': t('settings.absences.removeLabel', { date: moment(a.from) }),
    });
    b.addEventListener('click', () => void remove(a));
    return b;
  };
  const list =
    absences.length === 0
      ? p(t('settings.absences.none'))
      : table({
          caption: t('settings.absences.caption'),
          captionHidden: true,
          head: [
            t('settings.absences.absent'),
            t('settings.absences.substitute'),
            t('settings.absences.from'),
            t('settings.absences.until'),
            t('settings.absences.action'),
          ],
          rows: absences.map((a) => [
            a.person.name,
            a.substitute.name,
            moment(a.from),
            moment(a.until),
            a.person.sub === session?.sub
              ? removeButton(a)
              : a.active
                ? t('settings.absences.substitutingNow')
                : t('settings.absences.substituting'),
          ]),
        });
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'afwezig-nieuw' },
    heading(3, t('settings.absences.add'), { id: 'afwezig-nieuw' }),
    selectField({
      name: 'substitute',
      label: t('settings.absences.substitute'),
      description: t('settings.absences.substituteHint'),
      options: [
        { value: '', label: t('settings.absences.chooseColleague') },
        ...colleagues.map((c) => ({ value: c.sub, label: c.name })),
      ],
    }),
    textField({ name: 'from', label: t('settings.absences.absentFrom'), type: 'date', width: 'sm' }),
    textField({ name: 'until', label: t('settings.absences.backOn'), type: 'date', width: 'sm' }),
    actions(button(t('settings.absences.save'), { type: 'submit' })),
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
      ctx.navigate('/instellingen', { flash: { type: 'ok', text: t('settings.absences.saved') }, replace: true });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return h(
    'section',
    { 'aria-labelledby': 'afwezigheid' },
    heading(2, t('settings.absences.heading'), { id: 'afwezigheid' }),
    p(t('settings.absences.intro')),
    list,
    form,
  );
}
