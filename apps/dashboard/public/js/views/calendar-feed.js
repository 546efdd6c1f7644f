/* global navigator -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The personal calendar feed on the settings page (GET/POST/DELETE /api/v1/me/calendar-feed): make an address for a
 * calendar program, see and copy it the one time it is shown, make a new one or revoke it.
 */
import { api, optionalApi } from '../api.js';
import { h, replace } from '../dom.js';
import { moment } from '../format.js';
import { t } from '../i18n.js';
import { ApiError } from '../api.js';
import { actions, setBusy } from '../forms.js';
import { alert, button, heading, p } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').CalendarFeedState} CalendarFeedState */
/** @typedef {import('../../../types/api').CalendarFeedIssued} CalendarFeedIssued */

/**
 * The address just made: the only time the secret in it is shown, with a copy button and a subscribe link.
 * @param {CalendarFeedIssued} issued
 */
function issuedAddress(issued) {
  const input = h('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only wp-width-lg',
    id: 'agenda-adres',
    type: 'text',
    value: issued.url,
    readonly: true,
    'aria-describedby': 'agenda-adres-uitleg',
  });
  const copied = h('p', { class: 'utrecht-paragraph', role: 'status', 'aria-live': 'polite' });
  const copy = button(t('settings.calendarFeed.copy'), {
    variant: 'secondary',
    on: {
      click: async () => {
        try {
          await navigator.clipboard.writeText(issued.url);
          copied.textContent = t('settings.calendarFeed.copied');
        } catch {
          // No clipboard (an older browser, or no permission): the address is selected to copy by hand.
          /** @type {HTMLInputElement} */ (input).select();
          copied.textContent = t('settings.calendarFeed.copyFailed');
        }
      },
    },
  });
  const webcal = issued.url.replace(/^https?:/, 'webcal:');
  return alert(
    'ok',
    t('settings.calendarFeed.made'),
    h(
      'div',
      { class: 'utrecht-form-field utrecht-form-field--text' },
      h(
        'div',
        { class: 'utrecht-form-field__label' },
        h('label', { class: 'utrecht-form-label', for: 'agenda-adres' }, t('settings.calendarFeed.address')),
      ),
      h(
        'div',
        { class: 'utrecht-form-field__description', id: 'agenda-adres-uitleg' },
        t('settings.calendarFeed.addressHint'),
      ),
      h('div', { class: 'utrecht-form-field__input' }, input),
      actions(copy, h('a', { class: 'utrecht-link', href: webcal }, t('settings.calendarFeed.subscribe'))),
      copied,
    ),
    { role: 'status', class: 'wp-calendar-feed__issued' },
  );
}

/** @param {unknown} err */
function failed(err) {
  const detail = err instanceof ApiError ? (err.problem?.detail ?? err.message) : String(err);
  return alert('error', t('settings.calendarFeed.failed'), p(detail), { role: 'alert' });
}

/** @param {CalendarFeedState} state */
function stateText(state) {
  if (!state.active) return t('settings.calendarFeed.none');
  const since = moment(/** @type {string} */ (state.createdAt));
  return state.lastReadAt
    ? t('settings.calendarFeed.since', { since, read: moment(state.lastReadAt) })
    : t('settings.calendarFeed.sinceUnread', { since });
}

/**
 * The section, or null where this deployment has no calendar feeds.
 * @param {ViewContext} ctx
 */
export async function calendarFeedSection(ctx) {
  const initial = /** @type {CalendarFeedState | null} */ (await optionalApi('/api/v1/me/calendar-feed'));
  if (!initial) return null;
  const stateLine = p('');
  const issuedSlot = h('div');
  const controls = h('div');

  /** The state line and the buttons for this state; the address just made stays shown above them. */
  /** @param {CalendarFeedState} state */
  const show = (state) => {
    stateLine.textContent = stateText(state);
    const make = button(state.active ? t('settings.calendarFeed.makeNew') : t('settings.calendarFeed.make'), {
      variant: state.active ? 'secondary' : 'primary',
      on: {
        click: async () => {
          setBusy(make, true);
          try {
            const issued = /** @type {CalendarFeedIssued} */ (
              await api('/api/v1/me/calendar-feed', { method: 'POST', body: {} })
            );
            // Shown in place, not after a reload: the secret is not given a second time.
            replace(issuedSlot, issuedAddress(issued));
            show({ active: true, createdAt: issued.createdAt, lastReadAt: null });
            /** @type {HTMLInputElement | null} */ (issuedSlot.querySelector('#agenda-adres'))?.focus();
          } catch (err) {
            setBusy(make, false);
            replace(issuedSlot, failed(err));
          }
        },
      },
    });
    const revoke = state.active
      ? button(t('settings.calendarFeed.revoke'), {
          variant: 'secondary',
          on: {
            click: async () => {
              setBusy(revoke, true);
              try {
                await api('/api/v1/me/calendar-feed', { method: 'DELETE' });
                ctx.navigate('/instellingen', {
                  flash: { type: 'ok', text: t('settings.calendarFeed.revoked') },
                  replace: true,
                });
              } catch (err) {
                setBusy(revoke, false);
                replace(issuedSlot, failed(err));
              }
            },
          },
        })
      : null;
    replace(
      controls,
      actions(make, revoke),
      p(state.active ? t('settings.calendarFeed.replaceNote') : t('settings.calendarFeed.mailNote')),
    );
  };
  show(initial);
  return h(
    'section',
    { 'aria-labelledby': 'agenda', class: 'wp-calendar-feed' },
    heading(2, t('settings.calendarFeed.heading'), { id: 'agenda' }),
    p(t('settings.calendarFeed.intro')),
    stateLine,
    issuedSlot,
    controls,
  );
}
