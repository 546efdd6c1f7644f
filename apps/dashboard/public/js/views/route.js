/** The quick-scan's route: what it decided, and why. Shown on the project page and as the quick-scan's preview. */
import { h } from '../dom.js';
import { OUTCOME_DIMENSIONS } from '../domain/policy/types.js';
import { label, moment, OUTCOME_LABELS, OUTCOME_NAMES } from '../format.js';
import { language, t } from '../i18n.js';
import { dataList, heading, link, list, p } from '../ui.js';

/** @typedef {import('../../../types/api').Outcome} Outcome */

/**
 * What the quick-scan decided, and every rule that fired with its source.
 * @param {Outcome} outcome
 * @param {string | null} [decidedAt]
 * @param {string} [headingText]
 */
export function routeSection(outcome, decidedAt = null, headingText = t('projects.route.heading')) {
  const o = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (outcome));
  return h(
    'section',
    { 'aria-labelledby': 'route', class: 'wp-route' },
    heading(2, headingText, { id: 'route' }),
    decidedAt
      ? p(
          outcome.policy
            ? t('projects.route.decidedWithPolicy', {
                moment: moment(decidedAt),
                id: outcome.policy.id,
                version: outcome.policy.version,
              })
            : t('projects.route.decided', { moment: moment(decidedAt) }),
        )
      : null,
    dataList(OUTCOME_DIMENSIONS.map((d) => [OUTCOME_NAMES[d], label(OUTCOME_LABELS[d] ?? {}, String(o[d]))])),
    heading(3, t('projects.route.reasons')),
    outcome.reasons.length === 0
      ? p(t('projects.route.noReasons'))
      : list(
          outcome.reasons.map((r) => [
            r.text[language],
            h('br'),
            h(
              'span',
              { class: 'wp-source' },
              `${t('projects.route.source')} `,
              r.source.url ? link(r.source.url, r.source.citation, { rel: 'noopener noreferrer' }) : r.source.citation,
              r.source.pinpoint ? `, ${r.source.pinpoint}` : '',
            ),
          ]),
        ),
  );
}
