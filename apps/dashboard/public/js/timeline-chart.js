/** A project's timeline, drawn as SVG: per gate what happened and what will, with its legend. */
import { frame } from './charts.js';
import { add, s } from './dom.js';
import { GATE_IDS, GATE_LABELS, label, moment, ROLE_LABELS, STEP_LABELS, tick, TIMER_LABELS } from './format.js';
import { t } from './i18n.js';

/** @typedef {import('../../types/api').Project} Project */

/**
 * One event on a project's timeline, as the picture and the table beside it show it.
 * @typedef {{ at: number, gate: string, kind: 'opened' | 'completed' | 'due' | 'reminder' | 'escalation' | 'statutory-term' | 'meeting' | 'submission-deadline', text: string, done: boolean, late?: boolean }} TimelineEvent
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
      events.push({
        at: Date.parse(g.openedAt),
        gate: g.gate,
        kind: 'opened',
        text: t('charts.timeline.events.opened'),
        done: true,
      });
    if (g.dueAt) {
      const late = open && Date.parse(g.dueAt) < now;
      events.push({
        at: Date.parse(g.dueAt),
        gate: g.gate,
        kind: 'due',
        text: late
          ? t('charts.timeline.events.dueLate')
          : open
            ? t('charts.timeline.events.due')
            : t('charts.timeline.events.dueWas'),
        done: Date.parse(g.dueAt) <= now,
        late,
      });
    }
    if (g.completedAt)
      events.push({
        at: Date.parse(g.completedAt),
        gate: g.gate,
        kind: 'completed',
        text: t('charts.timeline.events.completed'),
        done: true,
      });
  }
  for (const timer of project.timers) {
    if (!timer.gate || timer.kind === 'reevaluation' || timer.kind === 'rule-in-force') continue;
    const who = label(ROLE_LABELS, timer.role);
    const text =
      timer.kind === 'reminder'
        ? t('charts.timeline.events.reminder', { level: timer.level, role: who })
        : timer.kind === 'escalation'
          ? t('charts.timeline.events.escalation', { level: timer.level, role: who })
          : `${label(TIMER_LABELS, timer.kind)}${timer.step ? ` (${label(STEP_LABELS, timer.step)})` : ''}`;
    events.push({
      at: Date.parse(timer.at),
      gate: timer.gate,
      kind: timer.kind,
      text: timer.fired ? text : t('charts.timeline.events.planned', { text }),
      done: timer.fired,
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
  /** @param {number} at */
  const x = (at) => x0 + (plotW * (at - t0)) / (t1 - t0);
  const open = project.gates
    .filter((g) => g.state === 'active' || g.state === 'waiting')
    .map((g) => label(GATE_LABELS, g.gate));
  const description = [
    t('charts.timeline.since', { moment: moment(project.registeredAt) }),
    open.length ? t('charts.timeline.open', { gates: open.join(', ') }) : t('charts.timeline.noneOpen'),
    t('charts.timeline.sent', {
      reminders: events.filter((e) => e.kind === 'reminder' && e.done).length,
      escalations: events.filter((e) => e.kind === 'escalation' && e.done).length,
    }),
  ].join(' ');
  const svg = frame(t('charts.timeline.title', { title: project.title }), description, width, height, 'wp-timeline');

  // Time axis: five ticks, and "nu".
  for (let i = 0; i <= 4; i++) {
    const at = start + ((end - start) * i) / 4;
    add(
      svg,
      s('line', { x1: x(at), x2: x(at), y1: top - 8, y2: height - 6, class: 'wp-chart__grid' }),
      s('text', { x: x(at), y: top - 14, class: 'wp-chart__axis', 'text-anchor': 'middle' }, tick(new Date(at), span)),
    );
  }
  add(
    svg,
    s('line', { x1: x(now), x2: x(now), y1: top - 8, y2: height - 6, class: 'wp-timeline__now' }),
    s(
      'text',
      { x: x(now) - 4, y: height - 10, class: 'wp-timeline__now-label', 'text-anchor': 'end' },
      t('charts.timeline.now'),
    ),
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
      add(svg, s('text', { x: x0 + 8, y: mid - 8, class: 'wp-chart__sublabel' }, t('charts.timeline.notRequired')));
      return;
    }
    if (!g.openedAt) {
      add(svg, s('text', { x: x0 + 8, y: mid - 8, class: 'wp-chart__sublabel' }, t('charts.timeline.notYet')));
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
          `${label(GATE_LABELS, gateId)}: ${moment(g.openedAt)} – ${g.completedAt ? moment(g.completedAt) : t('charts.timeline.now')}`,
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
