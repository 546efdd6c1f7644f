/* global Blob, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The Ethics Commission's meeting calendar: the list with the secretary's form, and a meeting's agenda. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { moment, number } from '../format.js';
import { actions, clearFormErrors, formValues, setBusy, showApiError, showFormErrors, textField } from '../forms.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { alert, badge, button, heading, link, p, table } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../main.js').ViewResult} ViewResult */
/** @typedef {import('../../../types/api').Meeting} Meeting */
/** @typedef {import('../../../types/api').MeetingAgenda} MeetingAgenda */
/** @typedef {import('../../../types/api').MeetingChange} MeetingChange */

/** @type {Record<string, string>} */
const STATUS = {
  planned: t('meetings.statuses.planned'),
  held: t('meetings.statuses.held'),
  cancelled: t('meetings.statuses.cancelled'),
};
/** @type {Record<string, string>} */
const HOW = {
  auto: t('meetings.how.auto'),
  secretary: t('meetings.how.secretary'),
  moved: t('meetings.how.moved'),
};

/** @param {Meeting} m */
const place = (m) => m.location ?? m.onlineUrl ?? '';

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function meetingsView(ctx) {
  const meetings = /** @type {Meeting[]} */ (await api('/api/v1/commission-meetings'));
  const keeper = hasRole(ctx.session, 'ethics-secretary');
  return {
    title: t('meetings.list.title'),
    body: [
      heading(1, t('meetings.list.title')),
      p(t('meetings.list.intro')),
      meetings.length === 0
        ? p(t('meetings.list.none'))
        : table({
            caption: t('meetings.list.caption'),
            head: [
              t('meetings.list.date'),
              t('meetings.list.place'),
              t('meetings.list.status'),
              t('meetings.list.deadline'),
              t('meetings.list.agenda'),
            ],
            numeric: [4],
            rows: meetings.map((m) => [
              link(`/vergaderingen/${m.id}`, moment(m.startsAt)),
              place(m),
              badge(STATUS[m.status] ?? m.status, m.status === 'cancelled' ? 'danger' : 'neutral'),
              moment(m.submissionDeadline),
              t('meetings.list.filled', { assigned: number(m.assigned), capacity: number(m.capacity) }),
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
    heading(2, t('meetings.plan.heading'), { id: 'nieuwe-vergadering' }),
    textField({
      name: 'startsAt',
      label: t('meetings.plan.startsAt'),
      type: 'datetime-local',
      required: true,
      width: 'md',
    }),
    textField({
      name: 'location',
      label: t('meetings.plan.location'),
      description: t('meetings.plan.locationHint'),
      width: 'lg',
    }),
    textField({
      name: 'onlineUrl',
      label: t('meetings.plan.onlineUrl'),
      type: 'url',
      description: t('meetings.plan.onlineUrlHint'),
      width: 'lg',
    }),
    textField({
      name: 'capacity',
      label: t('meetings.plan.capacity'),
      type: 'number',
      min: 1,
      max: 1000,
      required: true,
      width: 'sm',
    }),
    actions(button(t('meetings.plan.submit'), { type: 'submit' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const problems = [];
    const at = one.startsAt ? new Date(one.startsAt) : null;
    if (!at || Number.isNaN(at.getTime()))
      problems.push({ field: 'startsAt', message: t('meetings.plan.startsAtMissing') });
    const capacity = Number(one.capacity);
    if (!Number.isInteger(capacity) || capacity < 1) {
      problems.push({ field: 'capacity', message: t('meetings.plan.capacityTooLow') });
    }
    if (!one.location?.trim() && !one.onlineUrl?.trim()) {
      problems.push({ field: 'location', message: t('meetings.plan.placeMissing') });
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
      ctx.navigate(`/vergaderingen/${m.id}`, { flash: { type: 'ok', text: t('meetings.plan.planned') } });
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
  const title = t('meetings.meeting.title', { date: moment(meeting.startsAt) });
  return {
    title,
    body: [
      heading(1, title),
      p(
        t('meetings.meeting.summary', {
          status: STATUS[meeting.status] ?? meeting.status,
          place: place(meeting),
          deadline: moment(meeting.submissionDeadline),
          assigned: number(meeting.assigned),
          capacity: number(meeting.capacity),
        }),
      ),
      heading(2, t('meetings.meeting.agenda')),
      items.length === 0
        ? p(t('meetings.meeting.empty'))
        : table({
            caption: t('meetings.meeting.caption'),
            head: [
              t('meetings.meeting.project'),
              t('meetings.meeting.department'),
              t('meetings.meeting.caseOwner'),
              t('meetings.meeting.onAgenda'),
            ],
            rows: items.map((i) => [
              i.project
                ? link(`/projecten/${i.projectId}`, i.project.title)
                : t('meetings.meeting.projectId', { id: i.projectId.slice(0, 8) }),
              i.project?.department ?? '',
              i.project?.caseOwnerName ?? '',
              t('meetings.meeting.assigned', { how: HOW[i.how] ?? i.how, at: moment(i.assignedAt) }),
            ]),
          }),
      actions(
        exportButton(id, 'csv', t('meetings.meeting.exportCsv')),
        exportButton(id, 'ics', t('meetings.meeting.exportIcs')),
      ),
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
    heading(2, t('meetings.close.heading'), { id: 'status-vergadering' }),
    alert('info', t('meetings.close.onCancel'), p(t('meetings.close.onCancelText'))),
    textField({ name: 'reason', label: t('meetings.close.reason'), required: true, width: 'lg' }),
    actions(
      button(t('meetings.close.held'), { type: 'submit', value: 'held', class: 'wp-held' }),
      button(t('meetings.close.cancel'), { type: 'submit', value: 'cancel', variant: 'secondary', class: 'wp-cancel' }),
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const submitter = /** @type {HTMLButtonElement | null} */ (/** @type {SubmitEvent} */ (event).submitter);
    const what = submitter?.value === 'cancel' ? 'cancel' : 'held';
    const reason = (formValues(form).one.reason ?? '').trim();
    if (!reason) return showFormErrors(form, [{ field: 'reason', message: t('meetings.close.reasonMissing') }]);
    setBusy(submitter, true);
    try {
      const answer = await api(`/api/v1/commission-meetings/${id}/${what}`, { method: 'POST', body: { reason } });
      ctx.navigate(`/vergaderingen/${id}`, {
        flash: {
          type: 'ok',
          text: what === 'cancel' ? cancelled(/** @type {MeetingChange} */ (answer)) : t('meetings.close.wasHeld'),
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

/**
 * The flash after cancelling, with the cases whose workflow did not take the move (moved on, on hold, closed) and
 * the workflow's code.
 */
function cancelled(/** @type {MeetingChange} */ change) {
  const refused = change.moves.filter((m) => !m.told);
  if (refused.length === 0) return t('meetings.close.cancelled');
  const list = refused.map((m) => `${m.projectId} (${m.refusal?.code ?? t('meetings.close.unknown')})`).join(', ');
  return t('meetings.close.cancelledNotMoved', { list });
}
