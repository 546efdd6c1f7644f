/** The page shown instead of a view that could not be shown: no access, not found, or an error. */
import { ApiError } from '../api.js';
import { t } from '../i18n.js';
import { alert, heading, link, p } from '../ui.js';

/** @param {unknown} err @returns {import('../main.js').ViewResult} */
export function errorPage(err) {
  if (err instanceof ApiError) {
    if (err.status === 403) {
      return {
        title: t('common.errors.forbidden'),
        body: [
          heading(1, t('common.errors.forbidden')),
          p(`${t('common.errors.forbiddenText')} `, err.problem?.detail ?? ''),
        ],
      };
    }
    if (err.status === 404) {
      return {
        title: t('common.errors.notFound'),
        body: [
          heading(1, t('common.errors.notFound')),
          p(`${t('common.errors.notFoundText')} `, link('/', t('common.errors.toStart'))),
        ],
      };
    }
    return {
      title: t('common.errors.failed'),
      body: [
        heading(1, t('common.errors.failed')),
        alert('error', err.problem?.title ?? t('common.errors.serverError'), p(err.problem?.detail ?? err.message), {
          role: 'alert',
        }),
      ],
    };
  }
  return {
    title: t('common.errors.failed'),
    body: [heading(1, t('common.errors.failed')), p(err instanceof Error ? err.message : String(err))],
  };
}
