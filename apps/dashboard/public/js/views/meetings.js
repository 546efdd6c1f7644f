/* global Blob, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The Ethics Commission's meeting calendar: the list with the secretary's form, and a meeting's agenda. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { moment, number } from '../format.js';
import { actions, clearFormErrors, formValues, setBusy, showApiError, showFormErrors, textField } from '../forms.js';
import { hasRole } from '../session.js';
import { alert, badge, button, heading, link, p, table } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../main.js').ViewResult} ViewResult */
/** @typedef {import('../../../types/api').Meeting} Meeting */
/** @typedef {import('../../../types/api').MeetingAgenda} MeetingAgenda */
/** @typedef {import('../../../types/api').MeetingChange} MeetingChange */

/** @type {Record<string, string>} */
const STATUS = { planned: 'Gepland', held: 'Gehouden', cancelled: 'Geannuleerd' };
/** @type {Record<string, string>} */
const HOW = { auto: 'Automatisch', secretary: 'Door de secretaris', moved: 'Verplaatst' };

/** @param {Meeting} m */
const place = (m) => m.location ?? m.onlineUrl ?? '';

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function meetingsView(ctx) {
  const meetings = /** @type {Meeting[]} */ (await api('/api/v1/commission-meetings'));
  const keeper = hasRole(ctx.session, 'ethics-secretary');
  return {
    title: 'Vergaderingen Ethische Commissie',
    body: [
      heading(1, 'Vergaderingen Ethische Commissie'),
      p(
        'De Ethische Commissie vergadert op vaste momenten. Een project dat een reflectie nodig heeft, komt op de eerstvolgende vergadering met plaats waarvan de inleverdatum nog niet voorbij is.',
      ),
      meetings.length === 0
        ? p('Er zijn nog geen vergaderingen.')
        : table({
            caption: 'Vergaderingen, vroegste eerst',
            head: ['Datum', 'Plaats', 'Status', 'Inleveren uiterlijk', 'Agenda'],
            numeric: [4],
            rows: meetings.map((m) => [
              link(`/vergaderingen/${m.id}`, moment(m.startsAt)),
              place(m),
              badge(STATUS[m.status] ?? m.status, m.status === 'cancelled' ? 'danger' : 'neutral'),
              moment(m.submissionDeadline),
              `${number(m.assigned)} van ${number(m.capacity)}`,
            ]),
          }),
      keeper ? createForm(ctx) : null,
    ],
  };
}

/** @param {ViewContext} ctx */
function createForm(ctx) {
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'nieuwe-vergadering' },
    heading(2, 'Vergadering plannen', { id: 'nieuwe-vergadering' }),
    textField({ name: 'startsAt', label: 'Datum en tijd', type: 'datetime-local', required: true, width: 'md' }),
    textField({ name: 'location', label: 'Plaats', description: 'Of een online adres hieronder.', width: 'lg' }),
    textField({
      name: 'onlineUrl',
      label: 'Online adres',
      type: 'url',
      description: 'Begint met https://',
      width: 'lg',
    }),
    textField({
      name: 'capacity',
      label: 'Aantal zaken op de agenda',
      type: 'number',
      min: 1,
      max: 1000,
      required: true,
      width: 'sm',
    }),
    actions(button('Vergadering plannen', { type: 'submit' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const problems = [];
    const at = one.startsAt ? new Date(one.startsAt) : null;
    if (!at || Number.isNaN(at.getTime())) problems.push({ field: 'startsAt', message: 'Vul datum en tijd in.' });
    const capacity = Number(one.capacity);
    if (!Number.isInteger(capacity) || capacity < 1) {
      problems.push({ field: 'capacity', message: 'Vul een aantal van minstens 1 in.' });
    }
    if (!one.location?.trim() && !one.onlineUrl?.trim()) {
      problems.push({ field: 'location', message: 'Vul een plaats of een online adres in.' });
    }
    if (problems.length || !at) return showFormErrors(form, problems);
    const body = {
      startsAt: at.toISOString(),
      capacity,
      ...(one.location?.trim() ? { location: one.location.trim() } : {}),
      ...(one.onlineUrl?.trim() ? { onlineUrl: one.onlineUrl.trim() } : {}),
    };
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      const m = /** @type {Meeting} */ (await api('/api/v1/commission-meetings', { method: 'POST', body }));
      ctx.navigate(`/vergaderingen/${m.id}`, { flash: { type: 'ok', text: 'De vergadering is gepland.' } });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return form;
}

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function meetingView(ctx) {
  const id = ctx.params[0];
  const { meeting, items } = /** @type {MeetingAgenda} */ (await api(`/api/v1/commission-meetings/${id}/agenda`));
  const keeper = hasRole(ctx.session, 'ethics-secretary') && meeting.status === 'planned';
  const title = `Vergadering van ${moment(meeting.startsAt)}`;
  return {
    title,
    body: [
      heading(1, title),
      p(
        `${STATUS[meeting.status] ?? meeting.status} · ${place(meeting)} · stukken uiterlijk ${moment(meeting.submissionDeadline)} · ${number(meeting.assigned)} van ${number(meeting.capacity)} plaatsen bezet.`,
      ),
      heading(2, 'Agenda'),
      items.length === 0
        ? p('Er staan nog geen zaken op de agenda.')
        : table({
            caption: 'Zaken op de agenda, in volgorde',
            head: ['Project', 'Afdeling', 'Projectleider', 'Op de agenda'],
            rows: items.map((i) => [
              i.project ? link(`/projecten/${i.projectId}`, i.project.title) : `Project ${i.projectId.slice(0, 8)}`,
              i.project?.department ?? '',
              i.project?.caseOwnerName ?? '',
              `${HOW[i.how] ?? i.how}, ${moment(i.assignedAt)}`,
            ]),
          }),
      actions(exportButton(id, 'csv', 'Agenda exporteren (CSV)'), exportButton(id, 'ics', 'In agenda zetten (.ics)')),
      keeper ? statusForm(ctx, id) : null,
    ],
  };
}

/** The export needs the bearer token, so it is fetched and handed to the browser as a file. */
function exportButton(/** @type {string} */ id, /** @type {'csv' | 'ics'} */ format, /** @type {string} */ text) {
  const btn = button(text, { variant: 'secondary', class: `wp-export-${format}` });
  btn.addEventListener('click', async () => {
    const body = /** @type {string} */ (
      await api(`/api/v1/commission-meetings/${id}/agenda/export?format=${format}`, {
        accept: format === 'csv' ? 'text/csv' : 'text/calendar',
      })
    );
    const url = URL.createObjectURL(new Blob([body], { type: format === 'csv' ? 'text/csv' : 'text/calendar' }));
    const a = h('a', { href: url, download: `commissie-${id}.${format}` });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
  return btn;
}

/** Cancel (its cases move to the next meeting with room) or mark as held, with a reason. */
function statusForm(/** @type {ViewContext} */ ctx, /** @type {string} */ id) {
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'status-vergadering' },
    heading(2, 'Vergadering afsluiten of annuleren', { id: 'status-vergadering' }),
    alert(
      'info',
      'Bij annuleren',
      p('De zaken gaan naar de eerstvolgende vergadering met plaats; projectleiders en secretaris krijgen bericht.'),
    ),
    textField({ name: 'reason', label: 'Reden', required: true, width: 'lg' }),
    actions(
      button('Gehouden', { type: 'submit', value: 'held', class: 'wp-held' }),
      button('Annuleren', { type: 'submit', value: 'cancel', variant: 'secondary', class: 'wp-cancel' }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const submitter = /** @type {HTMLButtonElement | null} */ (/** @type {SubmitEvent} */ (event).submitter);
    const what = submitter?.value === 'cancel' ? 'cancel' : 'held';
    const reason = (formValues(form).one.reason ?? '').trim();
    if (!reason) return showFormErrors(form, [{ field: 'reason', message: 'Vul een reden in.' }]);
    setBusy(submitter, true);
    try {
      const answer = await api(`/api/v1/commission-meetings/${id}/${what}`, { method: 'POST', body: { reason } });
      ctx.navigate(`/vergaderingen/${id}`, {
        flash: {
          type: 'ok',
          text:
            what === 'cancel'
              ? `De vergadering is geannuleerd.${notMoved(/** @type {MeetingChange} */ (answer))}`
              : 'De vergadering is gehouden.',
        },
        replace: true,
      });
    } catch (err) {
      setBusy(submitter, false);
      showApiError(form, err);
    }
  });
  return form;
}

/** The cases whose workflow did not take the move (moved on, on hold, closed), with the workflow's code. */
function notMoved(/** @type {MeetingChange} */ change) {
  const refused = change.moves.filter((m) => !m.told);
  if (refused.length === 0) return '';
  const list = refused.map((m) => `${m.projectId} (${m.refusal?.code ?? 'onbekend'})`).join(', ');
  return ` Niet verplaatst, de workflow nam de verplaatsing niet aan: ${list}.`;
}
