/* global document, DOMParser, FormData, URLSearchParams -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The public register pages (issue 18): the algorithm register and the sensor register as published by the CIO
 * office, from `/api/v1/public/registers/...` without a token. Field labels come from the one register definition
 * (libs/domain/src/registers, generated into ../domain). Long texts are in the standard's HTML subset (sanitised when
 * submitted); they are rebuilt here element by element from that subset only, never assigned as HTML.
 */
import { REGISTER_HTML_TAGS, REGISTER_STANDARDS } from '../domain/registers/definition.js';
import { h } from '../dom.js';
import { counted, day } from '../format.js';
import { actions, textField } from '../forms.js';
import { language, t } from '../i18n.js';
import { button, dataList, heading, lead, link, list, p } from '../ui.js';
import { publicApi } from './public.js';
import { loadLeaflet, sensorMap } from './sensor-map.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../domain/registers/definition.js').RegisterKind} RegisterKind */
/** @typedef {import('../domain/registers/definition.js').RegisterField} RegisterField */
/** @typedef {import('../../../types/api').Children} Children */
/** @typedef {import('../../../types/api').PublicMap} PublicMap */
/**
 * One entry as the export gives it: the standard's fields, and the export's own.
 * @typedef {Record<string, unknown> & { id: string, version: number, published_at: string,
 *   versions: Array<{ version: number, published_at: string, status: string }> }} PublicEntry
 */

/** @type {Record<RegisterKind, { path: string, api: string, title: string, intro: string, searchLabel: string, formats: string[] }>} */
export const PUBLIC_REGISTERS = {
  algorithm: {
    path: '/openbaar/algoritmes',
    api: '/api/v1/public/registers/algorithms',
    title: t('publicPages.registers.algorithm.title'),
    intro: t('publicPages.registers.algorithm.intro'),
    searchLabel: t('publicPages.registers.algorithm.searchLabel'),
    formats: ['json', 'csv'],
  },
  sensor: {
    path: '/openbaar/sensoren',
    api: '/api/v1/public/registers/sensors',
    title: t('publicPages.registers.sensor.title'),
    intro: t('publicPages.registers.sensor.intro'),
    searchLabel: t('publicPages.registers.sensor.searchLabel'),
    formats: ['json', 'csv', 'geojson'],
  },
};

/** The formats' own names, the same in every language. */
const FORMAT_NAMES = /** @type {Record<string, string>} */ ({ json: 'JSON', csv: 'CSV', geojson: 'GeoJSON' });

const ALLOWED = new Set(/** @type {readonly string[]} */ (REGISTER_HTML_TAGS));

/**
 * A long text in the standard's HTML subset as DOM nodes: the allowed elements rebuilt without any attribute, every
 * other element reduced to its text, text always as text. DOMParser's document is inert (no scripts, no loads).
 * @param {string} html
 * @returns {Node}
 */
export function safeHtml(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  /** @param {Node} from @param {Node} to */
  const copy = (from, to) => {
    for (const node of Array.from(from.childNodes)) {
      if (node.nodeType === 3) to.appendChild(document.createTextNode(node.textContent ?? ''));
      else if (node.nodeType === 1) {
        const tag = /** @type {Element} */ (node).tagName.toLowerCase();
        if (tag === 'script' || tag === 'style') continue;
        if (ALLOWED.has(tag)) {
          const el = document.createElement(tag);
          if (tag === 'ul' || tag === 'ol') el.className = 'utrecht-unordered-list';
          copy(node, el);
          to.appendChild(el);
        } else copy(node, to);
      }
    }
  };
  const out = h('div', { class: 'wp-register-text' });
  copy(parsed.body, out);
  return out;
}

/** @param {unknown} value */
function httpsLink(value) {
  const text = String(value);
  return /^https:\/\//i.test(text) ? link(text, text, { rel: 'noopener' }) : text;
}

/**
 * A GeoJSON location as text: a point's coordinates, or an area with its number of corners.
 * @param {unknown} value
 */
export function locationText(value) {
  const g = /** @type {{ type?: string, coordinates?: unknown }} */ (value ?? {});
  if (g.type === 'Point' && Array.isArray(g.coordinates)) {
    const [lon, lat] = /** @type {number[]} */ (g.coordinates);
    return t('publicPages.registers.point', { lat: lat.toFixed(5), lon: lon.toFixed(5) });
  }
  if (g.type === 'Polygon' && Array.isArray(g.coordinates)) {
    const ring = /** @type {number[][][]} */ (g.coordinates)[0] ?? [];
    return counted('publicPages.registers.area', Math.max(0, ring.length - 1));
  }
  return t('common.none');
}

/**
 * A field's value as the page shows it, by the field's kind in the definition.
 * @param {RegisterField} field
 * @param {unknown} value
 * @returns {Children}
 */
function fieldValue(field, value) {
  switch (field.kind) {
    case 'html':
      return safeHtml(String(value));
    case 'enum-list':
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
    case 'https-url':
      return httpsLink(value);
    case 'contact':
      return /^https:\/\//i.test(String(value)) ? httpsLink(value) : link(`mailto:${String(value)}`, String(value));
    case 'link-list':
      return Array.isArray(value)
        ? list(
            value.map((item) => {
              const { title, link: href } = /** @type {{ title?: string, link?: string }} */ (item ?? {});
              return href ? h('span', null, `${title ?? href}: `, httpsLink(href)) : String(title ?? '');
            }),
          )
        : t('common.none');
    case 'boolean':
      return value === true ? t('common.yes') : value === false ? t('common.no') : t('common.none');
    case 'geometry':
      return locationText(value);
    default:
      return String(value);
  }
}

/**
 * Every field of a published entry with its label in the page's language, in the register's order, then its version
 * history (the statuses as the register publishes them: the standard's Dutch values).
 * @param {RegisterKind} kind
 * @param {PublicEntry} entry
 */
function entryFields(kind, entry) {
  const fields = REGISTER_STANDARDS[kind].fields.filter(
    (f) => entry[f.name] !== undefined && entry[f.name] !== null && entry[f.name] !== '',
  );
  return dataList([
    ...fields.map((f) => /** @type {[Children, Children]} */ ([f.label[language], fieldValue(f, entry[f.name])])),
    [
      t('publicPages.registers.versions'),
      entry.versions
        .map((v) =>
          t('publicPages.registers.version', { version: v.version, status: v.status, date: day(v.published_at) }),
        )
        .join('; '),
    ],
  ]);
}

/**
 * A register page: search, downloads, and each published entry with all its fields.
 * @param {RegisterKind} kind
 * @param {ViewContext} ctx
 */
async function registerPage(kind, ctx) {
  const reg = PUBLIC_REGISTERS[kind];
  const q = (ctx.query.get('zoek') ?? '').trim();
  const [found, map] = await Promise.all([
    publicApi(`${reg.api}${q ? `?${new URLSearchParams({ q })}` : ''}`),
    kind === 'sensor' ? sensorMapOf() : null,
  ]);
  const entries = /** @type {PublicEntry[]} */ (found);
  const search = h(
    'form',
    { class: 'utrecht-form wp-filter', role: 'search', 'aria-label': reg.searchLabel, action: reg.path },
    textField({
      name: 'zoek',
      label: t('publicPages.search.label'),
      value: q,
      width: 'md',
      description: t('publicPages.registers.searchHint'),
    }),
    actions(button(t('publicPages.search.button'), { type: 'submit', variant: 'secondary' })),
  );
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = String(new FormData(search).get('zoek') ?? '').trim();
    ctx.navigate(`${reg.path}${text ? `?${new URLSearchParams({ zoek: text })}` : ''}`);
  });
  const nameOf = /** @param {PublicEntry} e */ (e) => String(e.name ?? e.id);
  // The map of the sensors the list shows (the same search), a supplement to the list.
  const drawn = map
    ? sensorMap(
        map.L,
        entries.map((e) => ({
          name: nameOf(e),
          sensorType: String(e.sensor_type ?? t('common.none')),
          personalData: e.personal_data,
          location: e.location,
        })),
        map.settings,
      )
    : null;
  return {
    title: reg.title,
    mounted: drawn?.mount,
    body: [
      p(link('/openbaar', t('publicPages.overview.title'))),
      heading(1, reg.title),
      lead(reg.intro),
      h(
        'p',
        { class: 'utrecht-paragraph wp-downloads' },
        reg.formats.flatMap((f, i) => [
          i > 0 ? ' · ' : null,
          link(`${reg.api}?format=${f}`, t('publicPages.registers.download', { format: FORMAT_NAMES[f] ?? f }), {
            download: '',
          }),
        ]),
      ),
      search,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        q
          ? counted('publicPages.registers.found', entries.length, { query: q })
          : counted('publicPages.registers.count', entries.length),
      ),
      drawn?.section,
      entries.length === 0
        ? p(q ? t('publicPages.registers.noneFound') : t('publicPages.registers.noneYet'))
        : h(
            'ul',
            { class: 'utrecht-unordered-list wp-public-list' },
            entries.map((e) =>
              h(
                'li',
                { class: 'utrecht-unordered-list__item' },
                heading(2, nameOf(e)),
                p(String((kind === 'algorithm' ? e.description_short : e.purpose) ?? '')),
                kind === 'sensor'
                  ? dataList([
                      [t('publicPages.registers.sensorType'), String(e.sensor_type ?? t('common.none'))],
                      [t('publicPages.registers.status'), String(e.status ?? t('common.none'))],
                      [
                        t('publicPages.registers.location'),
                        `${String(e.mobility ?? '')} · ${locationText(e.location)}`,
                      ],
                    ])
                  : dataList([
                      [t('publicPages.registers.organisation'), String(e.organization ?? t('common.none'))],
                      [t('publicPages.registers.status'), String(e.status ?? t('common.none'))],
                    ]),
                h(
                  'details',
                  null,
                  h('summary', null, t('publicPages.registers.allDetails', { name: nameOf(e) })),
                  entryFields(kind, e),
                ),
              ),
            ),
          ),
    ],
  };
}

/**
 * Leaflet and the map's settings; null when either cannot be had (the page then shows the list alone).
 * @returns {Promise<{ L: import('./sensor-map.js').Leaflet, settings: PublicMap } | null>}
 */
async function sensorMapOf() {
  const [L, settings] = await Promise.all([
    loadLeaflet(),
    /** @type {Promise<PublicMap>} */ (publicApi('/api/v1/public/map')).catch(() => null),
  ]);
  return L && settings ? { L, settings } : null;
}

/** @param {ViewContext} ctx */
export function publicAlgorithmsView(ctx) {
  return registerPage('algorithm', ctx);
}

/** @param {ViewContext} ctx */
export function publicSensorsView(ctx) {
  return registerPage('sensor', ctx);
}
