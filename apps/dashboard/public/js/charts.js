/**
 * The pictures, drawn as SVG by hand: a funnel of projects per gate, a lead-time chart, and a project's timeline.
 * Each is one `role="img"` with a title and a description; the numbers behind it are also on the page as a table,
 * which is what a screen reader reads.
 */
import { add, s, uid } from './dom.js';
import { counted, duration, GATE_LABELS, label, number } from './format.js';
import { t } from './i18n.js';

/** @typedef {import('../../types/api').PipelineReport} PipelineReport */
/** @typedef {import('../../types/api').Project} Project */

/**
 * @param {string} title
 * @param {string} description
 * @param {number} width
 * @param {number} height
 * @param {string} className
 */
export function frame(title, description, width, height, className) {
  const titleId = uid('svg-titel');
  const descId = uid('svg-omschrijving');
  return s(
    'svg',
    {
      class: `wp-chart ${className}`,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      preserveAspectRatio: 'xMinYMin meet',
    },
    s('title', { id: titleId }, title),
    s('desc', { id: descId }, description),
  );
}

/**
 * Projects per gate as a funnel: one centred bar per gate, as wide as the number of projects there; the tasks past
 * their deadline as a red part of the bar and in red text beside it.
 * @param {PipelineReport} report
 */
export function funnelChart(report) {
  const gates = report.gates.filter((g) => g.gate !== 'none');
  const max = Math.max(1, ...gates.map((g) => g.projects));
  const width = 900;
  const rowH = 58;
  const top = 8;
  const height = top + gates.length * rowH + 4;
  const barX = 250;
  const barW = 440;
  const centre = barX + barW / 2;
  const description = gates
    .map((g) =>
      counted('charts.funnel.gate', g.projects, { gate: label(GATE_LABELS, g.gate), overdue: number(g.overdue) }),
    )
    .join('; ');
  const svg = frame(t('charts.funnel.title'), description, width, height, 'wp-funnel');
  gates.forEach((g, i) => {
    const y = top + i * rowH;
    const w = g.projects === 0 ? 0 : Math.max(6, (barW * g.projects) / max);
    const x = centre - w / 2;
    // The red part: the share of the gate's open tasks that are past their deadline.
    const overdueW =
      g.overdue === 0
        ? 0
        : Math.max(4, (w * Math.min(g.overdue, g.openTasks || g.overdue)) / (g.openTasks || g.overdue));
    add(
      svg,
      s(
        'text',
        { x: barX - 16, y: y + 24, class: 'wp-chart__label', 'text-anchor': 'end' },
        label(GATE_LABELS, g.gate),
      ),
      s(
        'text',
        { x: barX - 16, y: y + 43, class: 'wp-chart__sublabel', 'text-anchor': 'end' },
        counted('charts.funnel.openTasks', g.openTasks),
      ),
      s('rect', { x: barX, y: y + 8, width: barW, height: 38, rx: 4, class: 'wp-funnel__track' }),
      w > 0 ? s('rect', { x, y: y + 8, width: w, height: 38, rx: 4, class: 'wp-funnel__bar' }) : null,
      overdueW > 0
        ? s('rect', { x: x + w - overdueW, y: y + 8, width: overdueW, height: 38, rx: 4, class: 'wp-funnel__overdue' })
        : null,
      s('text', { x: centre, y: y + 33, class: 'wp-funnel__count', 'text-anchor': 'middle' }, number(g.projects)),
      g.overdue > 0
        ? s(
            'text',
            { x: barX + barW + 16, y: y + 24, class: 'wp-chart__overdue' },
            t('charts.funnel.overdue', { n: number(g.overdue) }),
          )
        : s('text', { x: barX + barW + 16, y: y + 24, class: 'wp-chart__sublabel' }, t('charts.funnel.nothingOverdue')),
      g.openEscalations > 0
        ? s(
            'text',
            { x: barX + barW + 16, y: y + 43, class: 'wp-chart__escalated' },
            t('charts.funnel.escalated', { n: number(g.openEscalations) }),
          )
        : null,
    );
  });
  return svg;
}

/** Round axis steps for durations: 1 s ... 1 year. */
const STEPS = [
  1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400, 172800, 604800, 1209600, 2592000,
  7776000, 31536000,
];

/**
 * Lead time per gate and end to end: the median as a dark bar, the 90th percentile as a lighter, longer one.
 * @param {PipelineReport} report
 */
export function leadTimeChart(report) {
  const rows = [
    ...report.gates
      .filter((g) => g.gate !== 'none')
      .map((g) => ({
        name: label(GATE_LABELS, g.gate),
        lead: g.leadTime ?? { completed: 0, medianSeconds: null, p90Seconds: null },
      })),
    { name: t('charts.leadTime.endToEnd'), lead: report.endToEnd },
  ];
  const max = Math.max(1, ...rows.map((r) => r.lead.p90Seconds ?? r.lead.medianSeconds ?? 0));
  const step = STEPS.find((st) => max / st <= 5) ?? STEPS[STEPS.length - 1];
  const axisMax = Math.ceil(max / step) * step;
  const width = 900;
  const rowH = 44;
  const top = 34;
  const x0 = 250;
  const plotW = 380;
  const height = top + rows.length * rowH + 6;
  /** @param {number} v */
  const x = (v) => x0 + (plotW * v) / axisMax;
  const description = rows
    .map((r) =>
      r.lead.completed === 0
        ? t('charts.leadTime.rowNone', { name: r.name })
        : t('charts.leadTime.row', {
            name: r.name,
            median: duration(r.lead.medianSeconds),
            p90: duration(r.lead.p90Seconds),
          }),
    )
    .join('; ');
  const svg = frame(t('charts.leadTime.title'), description, width, height, 'wp-leadtime');
  for (let v = 0; v <= axisMax + 1e-9; v += step) {
    add(
      svg,
      s('line', { x1: x(v), x2: x(v), y1: top - 6, y2: height - 4, class: 'wp-chart__grid' }),
      s('text', { x: x(v), y: top - 12, class: 'wp-chart__axis', 'text-anchor': 'middle' }, duration(v)),
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    add(svg, s('text', { x: x0 - 16, y: y + 25, class: 'wp-chart__label', 'text-anchor': 'end' }, r.name));
    if (r.lead.completed === 0 || r.lead.medianSeconds === null) {
      add(svg, s('text', { x: x0 + 6, y: y + 25, class: 'wp-chart__sublabel' }, t('charts.leadTime.none')));
      return;
    }
    const p90 = r.lead.p90Seconds ?? r.lead.medianSeconds;
    add(
      svg,
      s('rect', { x: x0, y: y + 8, width: Math.max(2, x(p90) - x0), height: 24, class: 'wp-leadtime__p90' }),
      s('rect', {
        x: x0,
        y: y + 12,
        width: Math.max(2, x(r.lead.medianSeconds) - x0),
        height: 16,
        class: 'wp-leadtime__median',
      }),
      s(
        'text',
        { x: x0 + plotW + 16, y: y + 25, class: 'wp-chart__sublabel' },
        t('charts.leadTime.bar', {
          median: duration(r.lead.medianSeconds),
          p90: duration(p90),
          n: number(r.lead.completed),
        }),
      ),
    );
  });
  return svg;
}
