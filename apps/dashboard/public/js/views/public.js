/* global FormData, URLSearchParams -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The public pages (issue 18), readable without signing in: the Ethics Commission's published reflections from
 * `/api/v1/public/`, which need no token. Nothing here sends one: what is shown is what anyone may read.
 */
import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { counted, day, DECISION_LABELS, label, number } from '../format.js';
import { t } from '../i18n.js';
import { actions, textField } from '../forms.js';
import { alert, badge, button, dataList, heading, lead, link, list, p } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').PublicReflection} PublicReflection */
/** @typedef {import('../../../types/api').PublicReflectionPage} PublicReflectionPage */

const PAGE_SIZE = 20;
export const REFLECTIONS_FEED = {
  href: '/api/v1/public/reflections.atom',
  title: t('publicPages.reflections.feedTitle'),
};

/**
 * A public route, without a token (and without the signed-in session's renewal and sign-in redirect).
 * @param {string} path
 */
export async function publicApi(path) {
  let res;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch {
    throw new ApiError(0, { title: t('common.errors.offline'), detail: t('common.errors.offlineText') });
  }
  if (!res.ok) {
    let problem = null;
    try {
      problem = await res.json();
    } catch {
      problem = null;
    }
    throw new ApiError(res.status, problem);
  }
  return res.json();
}

/** @param {PublicReflection} r */
function decisionText(r) {
  if (!r.decision) return t('publicPages.reflections.notPublicYet');
  return t('publicPages.reflections.decisionOn', {
    outcome: label(DECISION_LABELS, r.decision.outcome),
    date: day(r.decision.decidedAt),
  });
}

/** @param {ViewContext} _ctx */
export async function publicOverviewView(_ctx) {
  return {
    title: t('publicPages.overview.title'),
    body: [
      heading(1, t('publicPages.overview.title')),
      lead(t('publicPages.overview.intro')),
      list([
        h(
          'span',
          null,
          link('/openbaar/reflecties', t('publicPages.overview.reflections')),
          `: ${t('publicPages.overview.reflectionsText')}`,
        ),
        h(
          'span',
          null,
          link('/openbaar/algoritmes', t('publicPages.overview.algorithms')),
          `: ${t('publicPages.overview.algorithmsText')}`,
        ),
        h(
          'span',
          null,
          link('/openbaar/sensoren', t('publicPages.overview.sensors')),
          `: ${t('publicPages.overview.sensorsText')}`,
        ),
      ]),
    ],
  };
}

/** @param {ViewContext} ctx */
export async function publicReflectionsView(ctx) {
  const q = (ctx.query.get('zoek') ?? '').trim();
  const page = Math.max(1, Number(ctx.query.get('pagina') ?? '1') || 1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (q) query.set('q', q);
  const result = /** @type {PublicReflectionPage} */ (await publicApi(`/api/v1/public/reflections?${query}`));

  const search = h(
    'form',
    {
      class: 'utrecht-form wp-filter',
      role: 'search',
      'aria-label': t('publicPages.reflections.searchLabel'),
      action: '/openbaar/reflecties',
    },
    textField({
      name: 'zoek',
      label: t('publicPages.search.label'),
      value: q,
      width: 'md',
      description: t('publicPages.reflections.searchHint'),
    }),
    actions(button(t('publicPages.search.button'), { type: 'submit', variant: 'secondary' })),
  );
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = String(new FormData(search).get('zoek') ?? '').trim();
    ctx.navigate(`/openbaar/reflecties${text ? `?${new URLSearchParams({ zoek: text })}` : ''}`);
  });
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  /** @param {number} n */
  const pageHref = (n) => {
    const params = new URLSearchParams(ctx.query);
    params.set('pagina', String(n));
    return `/openbaar/reflecties?${params}`;
  };
  return {
    title: t('publicPages.reflections.title'),
    feed: REFLECTIONS_FEED,
    body: [
      heading(1, t('publicPages.reflections.title')),
      lead(t('publicPages.reflections.intro')),
      p(link(REFLECTIONS_FEED.href, t('publicPages.reflections.followFeed'))),
      search,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        q
          ? counted('publicPages.reflections.found', result.total, { query: q })
          : counted('publicPages.reflections.count', result.total),
      ),
      result.items.length === 0
        ? p(q ? t('publicPages.reflections.noneFound') : t('publicPages.reflections.noneYet'))
        : h(
            'ul',
            { class: 'utrecht-unordered-list wp-public-list' },
            result.items.map((r) =>
              h(
                'li',
                { class: 'utrecht-unordered-list__item' },
                heading(2, link(`/openbaar/reflecties/${r.id}`, r.title)),
                p(r.question),
                dataList([
                  [t('publicPages.reflections.reflectedAt'), day(r.reflectedAt)],
                  [t('publicPages.reflections.department'), r.department],
                  [t('publicPages.reflections.decision'), decisionText(r)],
                ]),
              ),
            ),
          ),
      pages > 1
        ? h(
            'nav',
            { class: 'utrecht-pagination', 'aria-label': t('publicPages.reflections.pagination') },
            page > 1 ? link(pageHref(page - 1), t('publicPages.reflections.previous'), { rel: 'prev' }) : null,
            ` ${t('publicPages.reflections.pageOf', { page: number(page), pages: number(pages) })} `,
            page < pages ? link(pageHref(page + 1), t('publicPages.reflections.next'), { rel: 'next' }) : null,
          )
        : null,
    ],
  };
}

/** @param {ViewContext} ctx */
export async function publicReflectionView(ctx) {
  /** @type {PublicReflection} */
  let r;
  try {
    r = await publicApi(`/api/v1/public/reflections/${encodeURIComponent(ctx.params[0] ?? '')}`);
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
      return {
        title: t('publicPages.reflection.notFound'),
        body: [
          heading(1, t('publicPages.reflection.notFound')),
          p(
            `${t('publicPages.reflection.notFoundText')} `,
            link('/openbaar/reflecties', t('publicPages.reflection.toAll')),
          ),
        ],
      };
    }
    throw err;
  }
  return {
    title: r.title,
    feed: REFLECTIONS_FEED,
    body: [
      p(link('/openbaar/reflecties', t('publicPages.reflection.all'))),
      heading(1, r.title),
      r.publicSummary ? lead(r.publicSummary) : null,
      dataList([
        [t('publicPages.reflection.department'), r.department],
        [t('publicPages.reflection.recordedAt'), day(r.reflectedAt)],
        [t('publicPages.reflection.publishedAt'), day(r.publishedAt)],
        [t('publicPages.reflection.decision'), r.decision ? badge(decisionText(r), 'neutral') : decisionText(r)],
      ]),
      heading(2, t('publicPages.reflection.question')),
      p(r.question),
      heading(2, t('publicPages.reflection.observations')),
      p(r.observations),
      heading(2, t('publicPages.reflection.recommendations')),
      r.recommendations.length === 0 ? p(t('publicPages.reflection.noRecommendations')) : list(r.recommendations),
      r.decision
        ? null
        : alert(
            'info',
            t('publicPages.reflection.decisionPending'),
            p(t('publicPages.reflection.decisionPendingText')),
          ),
    ],
  };
}
