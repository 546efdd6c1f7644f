/* global navigator -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The personal calendar feed on the settings page (GET/POST/DELETE /api/v1/me/calendar-feed): make an address for a
 * calendar program, see and copy it the one time it is shown, make a new one or revoke it.
 */
import { api, optionalApi } from '../api.js';
import { h, replace } from '../dom.js';
import { moment } from '../format.js';
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
  const copy = button('Adres kopiëren', {
    variant: 'secondary',
    on: {
      click: async () => {
        try {
          await navigator.clipboard.writeText(issued.url);
          copied.textContent = 'Het adres staat op het klembord.';
        } catch {
          // No clipboard (an older browser, or no permission): the address is selected to copy by hand.
          /** @type {HTMLInputElement} */ (input).select();
          copied.textContent = 'Kopiëren lukte niet; het adres is geselecteerd, kopieer het met Ctrl+C.';
        }
      },
    },
  });
  const webcal = issued.url.replace(/^https?:/, 'webcal:');
  return alert(
    'ok',
    'Uw agenda-adres is gemaakt.',
    h(
      'div',
      { class: 'utrecht-form-field utrecht-form-field--text' },
      h(
        'div',
        { class: 'utrecht-form-field__label' },
        h('label', { class: 'utrecht-form-label', for: 'agenda-adres' }, 'Uw agenda-adres'),
      ),
      h(
        'div',
        { class: 'utrecht-form-field__description', id: 'agenda-adres-uitleg' },
        'U ziet dit adres alleen nu. Voeg het in uw agenda toe als abonnement (Outlook: Agenda toevoegen, Van ' +
          'internet). Wie het adres heeft, ziet uw termijnen: maak een nieuw adres of trek het in als het uitlekt.',
      ),
      h('div', { class: 'utrecht-form-field__input' }, input),
      actions(copy, h('a', { class: 'utrecht-link', href: webcal }, 'Abonneren in uw agenda-programma')),
      copied,
    ),
    { role: 'status', class: 'wp-calendar-feed__issued' },
  );
}

/** @param {unknown} err */
function failed(err) {
  const detail = err instanceof ApiError ? (err.problem?.detail ?? err.message) : String(err);
  return alert('error', 'Het is niet gelukt.', p(detail), { role: 'alert' });
}

/** @param {CalendarFeedState} state */
function stateText(state) {
  if (!state.active) return 'U heeft nu geen agenda-adres.';
  const since = `U heeft een agenda-adres sinds ${moment(/** @type {string} */ (state.createdAt))}`;
  return state.lastReadAt
    ? `${since}; uw agenda las het laatst op ${moment(state.lastReadAt)}.`
    : `${since}; het is nog niet gelezen.`;
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
    const make = button(state.active ? 'Nieuw agenda-adres maken' : 'Agenda-adres maken', {
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
      ? button('Agenda-adres intrekken', {
          variant: 'secondary',
          on: {
            click: async () => {
              setBusy(revoke, true);
              try {
                await api('/api/v1/me/calendar-feed', { method: 'DELETE' });
                ctx.navigate('/instellingen', {
                  flash: { type: 'ok', text: 'Uw agenda-adres is ingetrokken: het werkt niet meer.' },
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
      p(
        state.active
          ? 'Een nieuw adres vervangt het oude: het oude werkt dan niet meer.'
          : 'Ook in de mail over een taak met een termijn zit de termijn als agenda-item (een .ics-bijlage).',
      ),
    );
  };
  show(initial);
  return h(
    'section',
    { 'aria-labelledby': 'agenda', class: 'wp-calendar-feed' },
    heading(2, 'Termijnen in uw eigen agenda', { id: 'agenda' }),
    p(
      'Met een persoonlijk agenda-adres ziet u de termijnen van uw open taken en de vergaderingen van de Ethische ' +
        'Commissie over uw projecten in uw eigen agenda (Outlook, Google Agenda, Apple Agenda). Het adres werkt ' +
        'zonder aanmelden; daarom is het geheim, en kunt u het altijd intrekken.',
    ),
    stateLine,
    issuedSlot,
    controls,
  );
}
