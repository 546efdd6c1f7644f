/* global FormData, URLSearchParams -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The mail the local SMTP sink caught (GET /api/v1/mail; development only). */
import { optionalApi } from '../api.js';
import { h } from '../dom.js';
import { moment, number } from '../format.js';
import { alert, button, heading, p } from '../ui.js';
import { actions, textField } from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').CaughtMail} CaughtMail */

/** @param {ViewContext} ctx */
export async function mailView(ctx) {
  const to = ctx.query.get('aan') ?? '';
  const query = new URLSearchParams({ limit: '100' });
  if (to) query.set('to', to);
  const mails = /** @type {CaughtMail[] | null} */ (await optionalApi(`/api/v1/mail?${query}`));
  if (mails === null) {
    return {
      title: 'Opgevangen post',
      body: [
        heading(1, 'Opgevangen post'),
        alert(
          'info',
          'Hier is geen opgevangen post te zien.',
          p(
            'Alleen lokaal (npm start) vangt Waardenpoort alle mail op in een eigen mailserver. Op deze server gaat de post echt de deur uit.',
          ),
        ),
      ],
    };
  }
  const filter = h(
    'form',
    { class: 'utrecht-form wp-filter', role: 'search', 'aria-label': 'Post filteren', action: '/post', method: 'get' },
    textField({
      name: 'aan',
      label: 'Ontvanger bevat',
      value: to,
      description: 'Een adres of een deel ervan.',
      width: 'md',
    }),
    actions(
      button('Filteren', { type: 'submit', variant: 'secondary' }),
      ctx.session?.email ? button('Alleen mijn post', { variant: 'subtle', class: 'wp-mine' }) : null,
    ),
  );
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = String(new FormData(filter).get('aan') ?? '').trim();
    ctx.navigate(value ? `/post?aan=${encodeURIComponent(value)}` : '/post');
  });
  filter
    .querySelector('.wp-mine')
    ?.addEventListener('click', () => ctx.navigate(`/post?aan=${encodeURIComponent(ctx.session?.email ?? '')}`));
  return {
    title: 'Opgevangen post',
    live: true,
    body: [
      heading(1, 'Opgevangen post'),
      p(
        'Alle mail die Waardenpoort verstuurde: nieuwe taken, herinneringen, escalaties en besluiten. Lokaal gaat niets de deur uit; nieuwste eerst.',
      ),
      filter,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        `${number(mails.length)} ${mails.length === 1 ? 'bericht' : 'berichten'}${to ? ` aan “${to}”` : ''}.`,
      ),
      h(
        'ul',
        { class: 'wp-mail', 'aria-label': 'Berichten' },
        mails.map((m) =>
          h(
            'li',
            { class: ['wp-mail__item', /^Escalatie|^Escalation/.test(m.subject) ? 'wp-mail__item--alarm' : ''] },
            h(
              'details',
              { class: 'wp-details' },
              h(
                'summary',
                null,
                h('span', { class: 'wp-mail__subject' }, m.subject || '(geen onderwerp)'),
                h(
                  'span',
                  { class: 'wp-mail__meta' },
                  `Aan ${m.to || m.envelopeTo.join(', ')} · ${moment(m.receivedAt)}`,
                ),
              ),
              h('p', { class: 'utrecht-paragraph wp-mail__from' }, `Van: ${m.from}`),
              h('pre', { class: 'wp-pre wp-mail__text' }, m.text),
            ),
          ),
        ),
      ),
    ],
  };
}
