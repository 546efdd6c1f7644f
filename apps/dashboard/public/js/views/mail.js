/* global FormData, URLSearchParams -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The mail the local SMTP sink caught (GET /api/v1/mail; development only). */
import { optionalApi } from '../api.js';
import { h } from '../dom.js';
import { counted, moment } from '../format.js';
import { t } from '../i18n.js';
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
      title: t('mailbox.title'),
      body: [heading(1, t('mailbox.title')), alert('info', t('mailbox.unavailable'), p(t('mailbox.unavailableText')))],
    };
  }
  const filter = h(
    'form',
    {
      class: 'utrecht-form wp-filter',
      role: 'search',
      'aria-label': t('mailbox.filter'),
      action: '/post',
      method: 'get',
    },
    textField({
      name: 'aan',
      label: t('mailbox.recipient'),
      value: to,
      description: t('mailbox.recipientHint'),
      width: 'md',
    }),
    actions(
      button(t('mailbox.filterButton'), { type: 'submit', variant: 'secondary' }),
      ctx.session?.email ? button(t('mailbox.mine'), { variant: 'subtle', class: 'wp-mine' }) : null,
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
    title: t('mailbox.title'),
    live: true,
    body: [
      heading(1, t('mailbox.title')),
      p(t('mailbox.intro')),
      filter,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        to ? counted('mailbox.countTo', mails.length, { to }) : counted('mailbox.count', mails.length),
      ),
      h(
        'ul',
        { class: 'wp-mail', 'aria-label': t('mailbox.messages') },
        mails.map((m) =>
          h(
            'li',
            {
              class: ['wp-mail__item', /^Escalatie|^Escalation/.test(m.subject) ? 'wp-mail__item--alarm' : ''],
              // The mail is in its addressee's language, which need not be the page's: said so for screen readers.
              lang: m.language ?? undefined,
            },
            h(
              'details',
              { class: 'wp-details' },
              h(
                'summary',
                null,
                h('span', { class: 'wp-mail__subject' }, m.subject || t('mailbox.noSubject')),
                h(
                  'span',
                  { class: 'wp-mail__meta' },
                  t('mailbox.to', { to: m.to || m.envelopeTo.join(', '), at: moment(m.receivedAt) }),
                ),
              ),
              h('p', { class: 'utrecht-paragraph wp-mail__from' }, t('mailbox.from', { from: m.from })),
              h('pre', { class: 'wp-pre wp-mail__text' }, m.text),
            ),
          ),
        ),
      ),
    ],
  };
}
