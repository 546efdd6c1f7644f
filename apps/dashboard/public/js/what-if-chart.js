/**
 * The picture of a what-if (issue 20): per outcome dimension, the portfolio now and under the draft as two stacked
 * bars (weakest value left, strongest right, projects that need a new quick-scan hatched apart), and per gate how
 * many projects it would newly open or close for. One `role="img"` each with a description; the same numbers are
 * in tables on the page.
 */
import { add, s } from './dom.js';
import { number } from './format.js';
import { OUTCOME_SCALES } from './domain/policy/types.js';
import { frame } from './charts.js';
import { TEXTS } from './domain/texts/index.js';
import { language, t } from './i18n.js';

const P = TEXTS[language].policy.chart;

/** The outcome dimensions by id, in the page's language. @type {Readonly<Record<string, string>>} */
export const DIMENSION_LABELS = P.dimensions;

/** The values of the outcome dimensions, short. @type {Readonly<Record<string, string>>} */
export const VALUE_LABELS = P.values;

/** @param {string} v */
export const valueLabel = (v) => VALUE_LABELS[v] ?? v;

/** The values of a dimension, weakest first, as text. @param {string} dimension @returns {string[]} */
function scaleOf(dimension) {
  const scales = /** @type {Record<string, readonly unknown[]>} */ (OUTCOME_SCALES);
  return (scales[dimension] ?? []).map(String);
}

/**
 * The values of a dimension in scale order, weakest first, then any the scale does not know, then the new scans.
 * @param {string} dimension @param {Record<string, number>[]} counts
 */
function orderedValues(dimension, counts) {
  const scale = scaleOf(dimension);
  const seen = new Set(counts.flatMap((c) => Object.keys(c)));
  const known = scale.filter((v) => seen.has(v));
  const other = [...seen].filter((v) => !scale.includes(v) && v !== 'needs-new-quick-scan').sort();
  return [...known, ...other, ...(seen.has('needs-new-quick-scan') ? ['needs-new-quick-scan'] : [])];
}

/**
 * How strong a value is on its dimension's scale, 0 (the weakest) to 4 (the strongest): the shade of its bar.
 * @param {string} dimension @param {string} value
 */
function strength(dimension, value) {
  const scale = scaleOf(dimension);
  const i = scale.indexOf(value);
  return i < 0 || scale.length < 2 ? 0 : Math.round((4 * i) / (scale.length - 1));
}

/**
 * @param {{ distribution: Record<string, { before: Record<string, number>, after: Record<string, number> }> }} totals
 */
export function shiftChart(totals) {
  const dims = Object.keys(DIMENSION_LABELS).filter((d) => totals.distribution[d]);
  const width = 900;
  const x0 = 260;
  const barW = 600;
  const rowH = 30;
  const groupH = 2 * rowH + 22;
  const height = dims.length * groupH + 8;
  const description = dims
    .map((d) => {
      const { before, after } = totals.distribution[d];
      const text = (/** @type {Record<string, number>} */ c) =>
        orderedValues(d, [c])
          .map((v) => `${valueLabel(v)} ${number(c[v] ?? 0)}`)
          .join(', ');
      const none = t('policy.chart.nothing');
      return t('policy.chart.shiftDescription', {
        dimension: DIMENSION_LABELS[d],
        before: text(before) || none,
        after: text(after) || none,
      });
    })
    .join('. ');
  const svg = frame(t('policy.chart.shiftTitle'), description, width, height, 'wp-shift');
  dims.forEach((d, i) => {
    const { before, after } = totals.distribution[d];
    const values = orderedValues(d, [before, after]);
    const total = Math.max(1, ...[before, after].map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
    const y = 4 + i * groupH;
    add(svg, s('text', { x: 16, y: y + 22, class: 'wp-chart__label' }, DIMENSION_LABELS[d]));
    [
      [t('policy.chart.now'), before],
      [t('policy.chart.draft'), after],
    ].forEach(([name, counts], row) => {
      const c = /** @type {Record<string, number>} */ (counts);
      const top = y + row * rowH;
      add(svg, s('text', { x: x0 - 8, y: top + 20, class: 'wp-chart__sublabel', 'text-anchor': 'end' }, String(name)));
      let x = x0;
      values.forEach((v) => {
        const n = c[v] ?? 0;
        if (n === 0) return;
        const w = (barW * n) / total;
        const cls = v === 'needs-new-quick-scan' ? 'wp-shift__new' : `wp-shift__r${strength(d, v)}`;
        add(svg, s('rect', { x, y: top + 4, width: Math.max(1, w - 1), height: rowH - 6, class: cls }));
        if (w > 70) {
          add(svg, s('text', { x: x + 6, y: top + 21, class: 'wp-shift__value' }, `${valueLabel(v)} ${number(n)}`));
        }
        x += w;
      });
    });
  });
  return svg;
}

/**
 * Per gate: the projects for which it would open (right, green) or close (left).
 * @param {{ gates: Record<string, { opened: number, closed: number }> }} totals
 * @param {Record<string, string>} gateLabels
 */
export function gateShiftChart(totals, gateLabels) {
  const gates = Object.keys(totals.gates);
  const width = 900;
  const rowH = 40;
  const centre = 560;
  const half = 260;
  const height = gates.length * rowH + 8;
  const max = Math.max(1, ...gates.flatMap((g) => [totals.gates[g].opened, totals.gates[g].closed]));
  const description = gates
    .map((g) =>
      t('policy.chart.gateShiftDescription', {
        gate: gateLabels[g] ?? g,
        opened: number(totals.gates[g].opened),
        closed: number(totals.gates[g].closed),
      }),
    )
    .join('; ');
  const svg = frame(t('policy.chart.gateShiftTitle'), description, width, height, 'wp-gate-shift');
  add(svg, s('line', { x1: centre, x2: centre, y1: 0, y2: height, class: 'wp-chart__grid' }));
  gates.forEach((g, i) => {
    const y = 4 + i * rowH;
    const { opened, closed } = totals.gates[g];
    const wo = (half * opened) / max;
    const wc = (half * closed) / max;
    add(
      svg,
      s('text', { x: 16, y: y + 24, class: 'wp-chart__label' }, gateLabels[g] ?? g),
      wc > 0
        ? s('rect', { x: centre - wc, y: y + 6, width: wc, height: rowH - 12, class: 'wp-gate-shift__closed' })
        : null,
      wo > 0 ? s('rect', { x: centre, y: y + 6, width: wo, height: rowH - 12, class: 'wp-gate-shift__opened' }) : null,
      s(
        'text',
        { x: centre - wc - 8, y: y + 24, class: 'wp-chart__sublabel', 'text-anchor': 'end' },
        `− ${number(closed)}`,
      ),
      s('text', { x: centre + wo + 8, y: y + 24, class: 'wp-chart__sublabel' }, `+ ${number(opened)}`),
    );
  });
  return svg;
}
