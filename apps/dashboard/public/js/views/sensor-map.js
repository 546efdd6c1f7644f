/* global document -- browser global; tsc (apps/dashboard/tsconfig.json) checks its use */
/**
 * The map on the public sensor register page (issue 18), drawn with Leaflet (the API serves the installed package at
 * /js/vendor/leaflet.js and /assets/leaflet/). It is a supplement to the list, which stays the page's content: the
 * text above the map says it shows the same sensors. Points are circle markers, areas polygons; each can be reached
 * with Tab, is named by its sensor's name, type and whether it processes personal data, and opens a popup with those
 * with Enter, Space or a click. A background map only when the deployment configured one (GET /api/v1/public/map);
 * otherwise the sensors are drawn on a plain background, and the text says so.
 */
import { REGISTER_STANDARDS } from '../domain/registers/definition.js';
import { h } from '../dom.js';
import { counted, number } from '../format.js';
import { language, t } from '../i18n.js';
import { heading, p } from '../ui.js';

/** @typedef {import('../../../types/api').PublicMap} PublicMap */
/** @typedef {typeof import('../vendor/leaflet.js')} Leaflet */
/** @typedef {{ name: string, sensorType: string, personalData: unknown, location: unknown }} MapEntry */

/** Enschede's centre, when there is nothing to show. */
const ENSCHEDE = { center: /** @type {[number, number]} */ ([52.2215, 6.8937]), zoom: 13 };

/** A sensor register field's label in the page's language, from the one register definition. @param {string} name */
function fieldLabel(name) {
  return REGISTER_STANDARDS.sensor.fields.find((f) => f.name === name)?.label[language] ?? name;
}

/** @param {unknown} value */
function yesNo(value) {
  return value === true
    ? t('publicPages.map.yes')
    : value === false
      ? t('publicPages.map.no')
      : t('publicPages.map.unknown');
}

/**
 * Leaflet and its style sheet, loaded on the page that needs them; null when they cannot be loaded (the page then
 * shows the list alone).
 * @returns {Promise<Leaflet | null>}
 */
export async function loadLeaflet() {
  if (!document.querySelector('link[data-leaflet]')) {
    await new Promise((resolve) => {
      const sheet = h('link', { rel: 'stylesheet', href: '/assets/leaflet/leaflet.css', dataset: { leaflet: '' } });
      sheet.addEventListener('load', resolve);
      sheet.addEventListener('error', resolve);
      document.head.append(sheet);
    });
  }
  try {
    return await import('../vendor/leaflet.js');
  } catch {
    return null;
  }
}

/**
 * What a sensor on the map is called for a screen reader, and what its popup shows.
 * @param {MapEntry} entry
 */
function describe(entry) {
  const personal = `${fieldLabel('personal_data')}: ${yesNo(entry.personalData)}`;
  return {
    label: `${entry.name}; ${fieldLabel('sensor_type')}: ${entry.sensorType}; ${personal}`,
    popup: h(
      'div',
      { class: 'wp-map-popup' },
      h('p', { class: 'wp-map-popup__name' }, entry.name),
      h('p', null, `${fieldLabel('sensor_type')}: ${entry.sensorType}`),
      h('p', null, personal),
    ),
  };
}

/**
 * The sentence that says what the map shows, in words (its text alternative).
 * @param {number} shown
 * @param {number} listed
 */
function summary(shown, listed) {
  if (listed === 0) return t('publicPages.map.empty');
  if (shown === listed) return counted('publicPages.map.same', listed);
  return counted('publicPages.map.some', shown, { listed: number(listed) });
}

/**
 * The map section: a heading, the text alternative, the map and, with a background map, its attribution. `mount`
 * draws the map once the section is in the page (Leaflet measures its container) and returns how to take it down.
 * @param {Leaflet} L
 * @param {MapEntry[]} entries
 * @param {PublicMap} settings
 * @returns {{ section: HTMLElement, mount: () => () => void }}
 */
export function sensorMap(L, entries, settings) {
  /** @type {Array<{ layer: import('../vendor/leaflet.js').GeoJSON, label: string, popup: HTMLElement }>} */
  const drawn = [];
  for (const entry of entries) {
    try {
      const layer = L.geoJSON(/** @type {import('geojson').GeoJsonObject} */ (entry.location), {
        pointToLayer: (_feature, latlng) => L.circleMarker(latlng, { radius: 9, className: 'wp-map-sensor' }),
        // Applied to every shape, the circle markers too (it replaces their class).
        style: (feature) => ({
          className: feature?.geometry.type === 'Point' ? 'wp-map-sensor' : 'wp-map-sensor wp-map-sensor--area',
        }),
      });
      if (layer.getLayers().length > 0) drawn.push({ layer, ...describe(entry) });
    } catch {
      // Not a geometry Leaflet can draw: the entry is in the list, and the summary counts it as not on the map.
    }
  }
  const container = h('div', { class: 'wp-map', role: 'region', 'aria-label': t('publicPages.map.label') });
  const tiles = settings.tiles ?? null;
  const section = h(
    'section',
    { class: 'wp-map-section', 'aria-labelledby': 'kaart-titel' },
    heading(2, t('publicPages.map.title'), { id: 'kaart-titel' }),
    p(summary(drawn.length, entries.length)),
    drawn.length > 0 ? p(t('publicPages.map.keyboard')) : null,
    tiles ? null : p(t('publicPages.map.noBackground')),
    container,
    tiles
      ? h(
          'p',
          { class: 'utrecht-paragraph wp-map-attribution' },
          t('publicPages.map.attribution', { attribution: tiles.attribution }),
        )
      : null,
  );

  const mount = () => {
    // No fading popups: what opens is there at once, at full contrast.
    const map = L.map(container, {
      zoomControl: false,
      attributionControl: false,
      scrollWheelZoom: false,
      fadeAnimation: false,
    });
    L.control.zoom({ zoomInTitle: t('publicPages.map.zoomIn'), zoomOutTitle: t('publicPages.map.zoomOut') }).addTo(map);
    if (tiles) L.tileLayer(tiles.urlTemplate, { maxZoom: 19 }).addTo(map);
    const all = L.featureGroup();
    for (const { layer, popup } of drawn) layer.bindPopup(popup).addTo(all);
    // The view first: Leaflet draws layers only on a map that has one.
    if (drawn.length > 0) map.fitBounds(all.getBounds(), { padding: [32, 32], maxZoom: 16 });
    else map.setView(ENSCHEDE.center, ENSCHEDE.zoom);
    all.addTo(map);
    // The shapes' elements exist once they are drawn: each becomes a button named like its sensor.
    for (const { layer, label } of drawn) {
      layer.eachLayer((shape) => {
        const el = /** @type {import('../vendor/leaflet.js').Path} */ (shape).getElement?.();
        if (!el) return;
        el.setAttribute('tabindex', '0');
        el.setAttribute('role', 'button');
        el.setAttribute('aria-label', label);
        el.addEventListener('keydown', (event) => {
          const key = /** @type {KeyboardEvent} */ (event).key;
          if (key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          layer.openPopup();
        });
      });
    }
    map.on('popupopen', (event) => {
      // Leaflet's own label is English, whatever the page's language.
      event.popup
        .getElement()
        ?.querySelector('.leaflet-popup-close-button')
        ?.setAttribute('aria-label', t('publicPages.map.close'));
    });
    return () => map.remove();
  };
  return { section, mount };
}
