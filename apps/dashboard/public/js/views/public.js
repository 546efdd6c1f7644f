/* global FormData, URLSearchParams -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The public pages (issue 18), readable without signing in: the Ethics Commission's published reflections from
 * `/api/v1/public/`, which need no token. Nothing here sends one: what is shown is what anyone may read.
 */
import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { day, DECISION_LABELS, label, number } from '../format.js';
import { actions, textField } from '../forms.js';
import { alert, badge, button, dataList, heading, lead, link, list, p } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').PublicReflection} PublicReflection */
/** @typedef {import('../../../types/api').PublicReflectionPage} PublicReflectionPage */

const PAGE_SIZE = 20;
export const REFLECTIONS_FEED = {
  href: '/api/v1/public/reflections.atom',
  title: 'Reflecties van de Ethische Commissie',
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
    throw new ApiError(0, {
      title: 'Geen verbinding',
      detail: 'De server is niet bereikbaar. Probeer het zo opnieuw.',
    });
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
  if (!r.decision) return 'Nog niet openbaar';
  return `${label(DECISION_LABELS, r.decision.outcome)} (${day(r.decision.decidedAt)})`;
}

/** @param {ViewContext} _ctx */
export async function publicOverviewView(_ctx) {
  return {
    title: 'Openbaar',
    body: [
      heading(1, 'Openbaar'),
      lead(
        'Hier publiceert de gemeente Enschede wat zij openbaar maakt over de ethische afweging bij data- en ',
        'technologieprojecten, en welke algoritmes en sensoren zij gebruikt. U hoeft hiervoor niet aan te melden.',
      ),
      list([
        h(
          'span',
          null,
          link('/openbaar/reflecties', 'Reflecties van de Ethische Commissie'),
          ': de vraag aan de commissie, haar observaties en aanbevelingen, en het besluit dat volgde.',
        ),
        h(
          'span',
          null,
          link('/openbaar/algoritmes', 'Algoritmeregister'),
          ': de algoritmes die de gemeente gebruikt of ontwikkelt, volgens de landelijke publicatiestandaard.',
        ),
        h(
          'span',
          null,
          link('/openbaar/sensoren', 'Sensorregister'),
          ': de sensoren in de openbare ruimte, wat ze meten en waar.',
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
      'aria-label': 'Reflecties zoeken',
      action: '/openbaar/reflecties',
    },
    textField({ name: 'zoek', label: 'Zoeken', value: q, width: 'md', description: 'Zoek in titel, vraag en tekst.' }),
    actions(button('Zoeken', { type: 'submit', variant: 'secondary' })),
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
    title: 'Reflecties van de Ethische Commissie',
    feed: REFLECTIONS_FEED,
    body: [
      heading(1, 'Reflecties van de Ethische Commissie'),
      lead(
        'De Ethische Commissie reflecteert op data- en technologieprojecten van de gemeente. Hier staan de ',
        'reflecties die zijn vrijgegeven voor publicatie, met het besluit dat volgde zodra dat openbaar is.',
      ),
      p(link(REFLECTIONS_FEED.href, 'Volg nieuwe reflecties via de Atom-feed')),
      search,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        `${number(result.total)} ${result.total === 1 ? 'reflectie' : 'reflecties'}${q ? ` gevonden voor “${q}”` : ''}.`,
      ),
      result.items.length === 0
        ? p(q ? 'Geen gepubliceerde reflecties gevonden.' : 'Er zijn nog geen gepubliceerde reflecties.')
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
                  ['Reflectie', day(r.reflectedAt)],
                  ['Afdeling', r.department],
                  ['Besluit', decisionText(r)],
                ]),
              ),
            ),
          ),
      pages > 1
        ? h(
            'nav',
            { class: 'utrecht-pagination', 'aria-label': 'Paginering' },
            page > 1 ? link(pageHref(page - 1), 'Vorige pagina', { rel: 'prev' }) : null,
            ` Pagina ${page} van ${pages} `,
            page < pages ? link(pageHref(page + 1), 'Volgende pagina', { rel: 'next' }) : null,
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
        title: 'Reflectie niet gevonden',
        body: [
          heading(1, 'Reflectie niet gevonden'),
          p('Deze reflectie is niet (meer) gepubliceerd. ', link('/openbaar/reflecties', 'Naar alle reflecties')),
        ],
      };
    }
    throw err;
  }
  return {
    title: r.title,
    feed: REFLECTIONS_FEED,
    body: [
      p(link('/openbaar/reflecties', 'Alle reflecties')),
      heading(1, r.title),
      r.publicSummary ? lead(r.publicSummary) : null,
      dataList([
        ['Afdeling', r.department],
        ['Reflectie vastgelegd', day(r.reflectedAt)],
        ['Gepubliceerd', day(r.publishedAt)],
        ['Besluit', r.decision ? badge(decisionText(r), 'neutral') : 'Nog niet openbaar'],
      ]),
      heading(2, 'De vraag aan de commissie'),
      p(r.question),
      heading(2, 'Observaties'),
      p(r.observations),
      heading(2, 'Aanbevelingen'),
      r.recommendations.length === 0 ? p('De commissie deed geen aanbevelingen.') : list(r.recommendations),
      r.decision
        ? null
        : alert(
            'info',
            'Het besluit',
            p(
              'Het besluit wordt hier getoond zodra het openbaar is: nadat de gemeenteraad is geïnformeerd, of direct ',
              'als de raad niet geïnformeerd hoeft te worden.',
            ),
          ),
    ],
  };
}
