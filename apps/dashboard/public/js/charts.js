/**
 * The pictures, drawn as SVG by hand: a funnel of projects per gate, a lead-time chart, and a project's timeline.
 * Each is one `role="img"` with a title and a description; the numbers behind it are also on the page as a table,
 * which is what a screen reader reads.
 */
import { add, s, uid } from './dom.js';
import {
  duration,
  GATE_IDS,
  GATE_LABELS,
  label,
  number,
  plural,
  ROLE_LABELS,
  STEP_LABELS,
  tick,
  TIMER_LABELS,
  moment,
} from './format.js';

/** @typedef {import('../../types/api').PipelineReport} PipelineReport */
/** @typedef {import('../../types/api').Project} Project */

/**
 * @param {string} title
 * @param {string} description
 * @param {number} width
 * @param {number} height
 * @param {string} className
 */
function frame(title, description, width, height, className) {
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
    .map(
      (g) =>
        `${label(GATE_LABELS, g.gate)}: ${plural(g.projects, 'project', 'projecten')}, ${number(g.overdue)} te laat`,
    )
    .join('; ');
  const svg = frame('Trechter: projecten per poort', description, width, height, 'wp-funnel');
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
        plural(g.openTasks, 'open taak', 'open taken'),
      ),
      s('rect', { x: barX, y: y + 8, width: barW, height: 38, rx: 4, class: 'wp-funnel__track' }),
      w > 0 ? s('rect', { x, y: y + 8, width: w, height: 38, rx: 4, class: 'wp-funnel__bar' }) : null,
      overdueW > 0
        ? s('rect', { x: x + w - overdueW, y: y + 8, width: overdueW, height: 38, rx: 4, class: 'wp-funnel__overdue' })
        : null,
      s('text', { x: centre, y: y + 33, class: 'wp-funnel__count', 'text-anchor': 'middle' }, number(g.projects)),
      g.overdue > 0
        ? s('text', { x: barX + barW + 16, y: y + 24, class: 'wp-chart__overdue' }, `⚠ ${number(g.overdue)} te laat`)
        : s('text', { x: barX + barW + 16, y: y + 24, class: 'wp-chart__sublabel' }, 'niets te laat'),
      g.openEscalations > 0
        ? s(
            'text',
            { x: barX + barW + 16, y: y + 43, class: 'wp-chart__escalated' },
            `${number(g.openEscalations)} geëscaleerd`,
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
    { name: 'Van registratie tot besluit', lead: report.endToEnd },
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
        ? `${r.name}: nog geen afgeronde doorloop`
        : `${r.name}: mediaan ${duration(r.lead.medianSeconds)}, 90e percentiel ${duration(r.lead.p90Seconds)}`,
    )
    .join('; ');
  const svg = frame('Doorlooptijden per poort', description, width, height, 'wp-leadtime');
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
      add(svg, s('text', { x: x0 + 6, y: y + 25, class: 'wp-chart__sublabel' }, 'nog geen afgeronde doorloop'));
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
        `mediaan ${duration(r.lead.medianSeconds)} · 90%: ${duration(p90)} · ${number(r.lead.completed)}×`,
      ),
    );
  });
  return svg;
}

/**
 * One event on a project's timeline, as the picture and the table beside it show it.
 * @typedef {{ at: number, gate: string, kind: 'opened' | 'completed' | 'due' | 'reminder' | 'escalation' | 'statutory-term' | 'meeting', text: string, done: boolean, late?: boolean }} TimelineEvent
 */

/**
 * What happened and what will happen per gate: opened, deadline, reminders, escalations, completed.
 * @param {Project} project
 * @param {number} now
 * @returns {TimelineEvent[]}
 */
export function timelineEvents(project, now) {
  /** @type {TimelineEvent[]} */
  const events = [];
  for (const g of project.gates) {
    const open = g.state === 'active' || g.state === 'waiting';
    if (g.openedAt)
      events.push({ at: Date.parse(g.openedAt), gate: g.gate, kind: 'opened', text: 'Geopend', done: true });
    if (g.dueAt) {
      const late = open && Date.parse(g.dueAt) < now;
      events.push({
        at: Date.parse(g.dueAt),
        gate: g.gate,
        kind: 'due',
        text: late ? 'Termijn verstreken' : open ? 'Termijn' : 'Termijn (was)',
        done: Date.parse(g.dueAt) <= now,
        late,
      });
    }
    if (g.completedAt)
      events.push({ at: Date.parse(g.completedAt), gate: g.gate, kind: 'completed', text: 'Afgerond', done: true });
  }
  for (const t of project.timers) {
    if (!t.gate || t.kind === 'reevaluation') continue;
    const who = label(ROLE_LABELS, t.role);
    const text =
      t.kind === 'reminder'
        ? `Herinnering ${t.level} aan ${who}`
        : t.kind === 'escalation'
          ? `Escalatie niveau ${t.level} naar ${who}`
          : `${label(TIMER_LABELS, t.kind)}${t.step ? ` (${label(STEP_LABELS, t.step)})` : ''}`;
    events.push({
      at: Date.parse(t.at),
      gate: t.gate,
      kind: t.kind,
      text: t.fired ? text : `${text} (gepland)`,
      done: t.fired,
    });
  }
  return events.filter((e) => Number.isFinite(e.at)).sort((a, b) => a.at - b.at);
}

/**
 * @param {Project} project
 * @param {number} now
 */
export function timelineChart(project, now) {
  const events = timelineEvents(project, now);
  const start = Date.parse(project.registeredAt);
  const end = Math.max(now, ...events.map((e) => e.at));
  const span = Math.max(1000, end - start);
  const t0 = start - span * 0.02;
  const t1 = end + span * 0.04;
  const width = 900;
  const x0 = 250;
  const plotW = width - x0 - 20;
  const top = 40;
  const rowH = 52;
  const height = top + GATE_IDS.length * rowH + 10;
  /** @param {number} t */
  const x = (t) => x0 + (plotW * (t - t0)) / (t1 - t0);
  const open = project.gates
    .filter((g) => g.state === 'active' || g.state === 'waiting')
    .map((g) => label(GATE_LABELS, g.gate));
  const description =
    `Van registratie (${moment(project.registeredAt)}) tot nu. ` +
    (open.length ? `Open: ${open.join(', ')}. ` : 'Geen open poort. ') +
    `${events.filter((e) => e.kind === 'reminder' && e.done).length} herinneringen en ${events.filter((e) => e.kind === 'escalation' && e.done).length} escalaties verstuurd.`;
  const svg = frame(`Tijdlijn van ${project.title}`, description, width, height, 'wp-timeline');

  // Time axis: five ticks, and "nu".
  for (let i = 0; i <= 4; i++) {
    const t = start + ((end - start) * i) / 4;
    add(
      svg,
      s('line', { x1: x(t), x2: x(t), y1: top - 8, y2: height - 6, class: 'wp-chart__grid' }),
      s('text', { x: x(t), y: top - 14, class: 'wp-chart__axis', 'text-anchor': 'middle' }, tick(new Date(t), span)),
    );
  }
  add(
    svg,
    s('line', { x1: x(now), x2: x(now), y1: top - 8, y2: height - 6, class: 'wp-timeline__now' }),
    s('text', { x: x(now) - 4, y: height - 10, class: 'wp-timeline__now-label', 'text-anchor': 'end' }, 'nu'),
  );

  GATE_IDS.forEach((gateId, i) => {
    const g = project.gates.find((x) => x.gate === gateId);
    const y = top + i * rowH;
    const mid = y + rowH / 2;
    add(
      svg,
      s('text', { x: x0 - 14, y: mid + 5, class: 'wp-chart__label', 'text-anchor': 'end' }, label(GATE_LABELS, gateId)),
      s('line', { x1: x0, x2: x0 + plotW, y1: mid, y2: mid, class: 'wp-timeline__lane' }),
    );
    if (!g || g.state === 'not-required') {
      add(svg, s('text', { x: x0 + 8, y: mid - 8, class: 'wp-chart__sublabel' }, 'niet nodig'));
      return;
    }
    if (!g.openedAt) {
      add(svg, s('text', { x: x0 + 8, y: mid - 8, class: 'wp-chart__sublabel' }, 'nog niet aan de beurt'));
      return;
    }
    const from = Date.parse(g.openedAt);
    const to = g.completedAt ? Date.parse(g.completedAt) : now;
    const late = (g.state === 'active' || g.state === 'waiting') && g.dueAt !== null && Date.parse(g.dueAt) < now;
    add(
      svg,
      s(
        'rect',
        {
          x: x(from),
          y: mid - 9,
          width: Math.max(3, x(to) - x(from)),
          height: 18,
          rx: 3,
          class: `wp-timeline__bar wp-timeline__bar--${g.completedAt ? 'done' : late ? 'late' : 'open'}`,
        },
        s(
          'title',
          null,
          `${label(GATE_LABELS, gateId)}: ${moment(g.openedAt)} – ${g.completedAt ? moment(g.completedAt) : 'nu'}`,
        ),
      ),
    );
  });

  for (const e of events) {
    const row = /** @type {readonly string[]} */ (GATE_IDS).indexOf(e.gate);
    if (row < 0 || e.kind === 'opened' || e.kind === 'completed') continue;
    const cx = x(e.at);
    const cy = top + row * rowH + rowH / 2;
    const tip = s('title', null, `${e.text}: ${moment(new Date(e.at).toISOString())}`);
    if (e.kind === 'due') {
      add(
        svg,
        s(
          'path',
          {
            d: `M${cx} ${cy - 20} L${cx} ${cy + 20} M${cx} ${cy - 20} l9 4 -9 4`,
            class: `wp-timeline__due${e.late ? ' wp-timeline__due--late' : ''}`,
          },
          tip,
        ),
      );
    } else if (e.kind === 'reminder') {
      add(
        svg,
        s(
          'circle',
          { cx, cy: cy - 16, r: 5, class: `wp-timeline__reminder${e.done ? ' wp-timeline__marker--done' : ''}` },
          tip,
        ),
      );
    } else if (e.kind === 'escalation') {
      add(
        svg,
        s(
          'path',
          {
            d: `M${cx} ${cy + 10} l6 11 h-12 z`,
            class: `wp-timeline__escalation${e.done ? ' wp-timeline__marker--done' : ''}`,
          },
          tip,
        ),
      );
    } else {
      add(
        svg,
        s(
          'rect',
          {
            x: cx - 5,
            y: cy + 11,
            width: 10,
            height: 10,
            transform: `rotate(45 ${cx} ${cy + 16})`,
            class: `wp-timeline__term${e.done ? ' wp-timeline__marker--done' : ''}`,
          },
          tip,
        ),
      );
    }
  }
  return svg;
}

/**
 * The symbols of the timeline, for its legend.
 * @param {'bar-open' | 'bar-done' | 'bar-late' | 'due' | 'due-late' | 'reminder' | 'escalation' | 'term'} kind
 */
export function legendSymbol(kind) {
  const svg = s('svg', {
    class: 'wp-legend__symbol',
    viewBox: '0 0 24 24',
    width: 24,
    height: 24,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  if (kind.startsWith('bar'))
    add(
      svg,
      s('rect', {
        x: 1,
        y: 7,
        width: 22,
        height: 10,
        rx: 2,
        class: `wp-timeline__bar wp-timeline__bar--${kind.slice(4)}`,
      }),
    );
  else if (kind === 'due' || kind === 'due-late')
    add(
      svg,
      s('path', {
        d: 'M8 2 L8 22 M8 2 l9 4 -9 4',
        class: `wp-timeline__due${kind === 'due-late' ? ' wp-timeline__due--late' : ''}`,
      }),
    );
  else if (kind === 'reminder')
    add(svg, s('circle', { cx: 12, cy: 12, r: 6, class: 'wp-timeline__reminder wp-timeline__marker--done' }));
  else if (kind === 'escalation')
    add(svg, s('path', { d: 'M12 5 l7 13 h-14 z', class: 'wp-timeline__escalation wp-timeline__marker--done' }));
  else
    add(
      svg,
      s('rect', {
        x: 7,
        y: 7,
        width: 10,
        height: 10,
        transform: 'rotate(45 12 12)',
        class: 'wp-timeline__term wp-timeline__marker--done',
      }),
    );
  return svg;
}
