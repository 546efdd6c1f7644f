/* global FormData, URLSearchParams, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The CIO office's picture of the pipeline: GET /api/v1/monitoring/pipeline. */
import { api, ApiError, optionalApi } from '../api.js';
import { h } from '../dom.js';
import { funnelChart, leadTimeChart } from '../charts.js';
import {
  counted,
  day,
  duration,
  GATE_LABELS,
  label,
  moment,
  number,
  ROLE_LABELS,
  STATUS_LABELS,
  STEP_LABELS,
} from '../format.js';
import { t } from '../i18n.js';
import { alert, badge, button, heading, link, p, table } from '../ui.js';
import { actions, textField } from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').PipelineReport} PipelineReport */

/** @param {ViewContext} ctx */
export async function pipelineView(ctx) {
  const department = ctx.query.get('afdeling') ?? '';
  const from = ctx.query.get('van') ?? '';
  const to = ctx.query.get('tot') ?? '';
  const query = new URLSearchParams();
  if (department) query.set('department', department);
  if (from) query.set('from', from);
  if (to) query.set('to', to);

  const filter = h(
    'form',
    {
      class: 'utrecht-form wp-filter',
      role: 'search',
      'aria-label': t('pipeline.filter.label'),
      action: '/pijplijn',
      method: 'get',
    },
    textField({
      name: 'afdeling',
      label: t('pipeline.filter.department'),
      value: department,
      description: t('pipeline.filter.departmentHelp'),
      width: 'md',
    }),
    textField({
      name: 'van',
      label: t('pipeline.filter.from'),
      type: 'date',
      value: from,
      description: t('pipeline.filter.fromHelp'),
    }),
    textField({
      name: 'tot',
      label: t('pipeline.filter.to'),
      type: 'date',
      value: to,
      description: t('pipeline.filter.toHelp'),
    }),
    actions(button(t('pipeline.filter.apply'), { type: 'submit', variant: 'secondary' })),
  );
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(filter).entries()) if (typeof v === 'string' && v.trim()) params.set(k, v.trim());
    ctx.navigate(`/pijplijn${params.size ? `?${params}` : ''}`);
  });

  /** @type {PipelineReport | null} */
  let report;
  try {
    report = await optionalApi(`/api/v1/monitoring/pipeline${query.size ? `?${query}` : ''}`);
  } catch (err) {
    if (err instanceof ApiError && err.status === 400) {
      return {
        title: t('pipeline.title'),
        body: [
          heading(1, t('pipeline.title')),
          filter,
          alert('error', t('pipeline.badPeriod'), p(err.problem?.detail ?? ''), { role: 'alert' }),
        ],
      };
    }
    throw err;
  }
  if (!report) {
    return {
      title: t('pipeline.title'),
      body: [
        heading(1, t('pipeline.title')),
        alert('warning', t('pipeline.unavailable'), p(t('pipeline.unavailableText'))),
        p(link('/projecten', t('pipeline.toProjects'))),
      ],
    };
  }
  const r = report;
  const csv = button(t('pipeline.downloadCsv'), {
    variant: 'secondary',
    on: {
      click: async () => {
        const res = /** @type {Response} */ (
          await api(
            `/api/v1/monitoring/pipeline?${new URLSearchParams({ ...Object.fromEntries(query), format: 'csv' })}`,
            { accept: 'text/csv', raw: true },
          )
        );
        const url = URL.createObjectURL(await res.blob());
        const a = h('a', {
          href: url,
          download: `waardenpoort-pijplijn-${r.generatedAt.slice(0, 10)}.csv`,
          hidden: true,
        });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
    },
  });

  const gates = r.gates.filter((g) => g.gate !== 'none');
  const none = r.gates.find((g) => g.gate === 'none');
  return {
    title: t('pipeline.title'),
    live: true,
    body: [
      heading(1, r.department ? t('pipeline.titleDepartment', { department: r.department }) : t('pipeline.title')),
      p(t('pipeline.asOf', { moment: moment(r.generatedAt), from: day(r.window.from), to: day(r.window.to) })),
      filter,
      h(
        'ul',
        { class: 'wp-totals', 'aria-label': t('pipeline.totals.label') },
        total(number(r.totals.projects), t('pipeline.totals.projects')),
        total(number(r.totals.byStatus.active ?? 0), t('pipeline.totals.active')),
        total(number(r.totals.openTasks), t('pipeline.totals.openTasks')),
        total(number(r.totals.overdue), t('pipeline.totals.overdue'), r.totals.overdue > 0),
        total(number(r.totals.openEscalations), t('pipeline.totals.escalated'), r.totals.openEscalations > 0),
      ),
      h(
        'section',
        { 'aria-labelledby': 'trechter' },
        heading(2, t('pipeline.gates.heading'), { id: 'trechter' }),
        p(t('pipeline.gates.intro')),
        h('figure', { class: 'wp-figure' }, funnelChart(r)),
        none ? p(counted('pipeline.gates.noGate', none.projects)) : null,
        table({
          caption: t('pipeline.gates.caption'),
          head: [
            t('pipeline.gates.columns.gate'),
            t('pipeline.gates.columns.projects'),
            t('pipeline.gates.columns.openTasks'),
            t('pipeline.gates.columns.overdue'),
            t('pipeline.gates.columns.escalated'),
            t('pipeline.gates.columns.byStatus'),
          ],
          numeric: [1, 2, 3, 4],
          rows: r.gates.map((g) => [
            label(GATE_LABELS, g.gate),
            number(g.projects),
            number(g.openTasks),
            g.overdue > 0 ? badge(t('pipeline.overdue', { n: number(g.overdue) }), 'danger') : '0',
            number(g.openEscalations),
            Object.entries(g.byStatus)
              .filter(([, n]) => n > 0)
              .map(([st, n]) => `${label(STATUS_LABELS, st)}: ${number(n)}`)
              .join(', ') || t('common.none'),
          ]),
        }),
        actions(csv),
      ),
      h(
        'section',
        { 'aria-labelledby': 'doorlooptijden' },
        heading(2, t('pipeline.leadTimes.heading'), { id: 'doorlooptijden' }),
        p(t('pipeline.leadTimes.intro')),
        h('figure', { class: 'wp-figure' }, leadTimeChart(r)),
        table({
          caption: t('pipeline.leadTimes.caption'),
          head: [
            t('pipeline.leadTimes.columns.gate'),
            t('pipeline.leadTimes.columns.completed'),
            t('pipeline.leadTimes.columns.median'),
            t('pipeline.leadTimes.columns.p90'),
          ],
          numeric: [1, 2, 3],
          rows: [
            ...gates.map((g) => [
              label(GATE_LABELS, g.gate),
              number(g.leadTime?.completed ?? 0),
              duration(g.leadTime?.medianSeconds),
              duration(g.leadTime?.p90Seconds),
            ]),
            [
              t('pipeline.leadTimes.endToEnd'),
              number(r.endToEnd.completed),
              duration(r.endToEnd.medianSeconds),
              duration(r.endToEnd.p90Seconds),
            ],
          ],
        }),
      ),
      h(
        'section',
        { 'aria-labelledby': 'escalaties' },
        heading(2, t('pipeline.escalations.heading'), { id: 'escalaties' }),
        r.escalations.length === 0
          ? p(t('pipeline.escalations.none'))
          : table({
              caption: t('pipeline.escalations.caption'),
              captionHidden: true,
              head: [
                t('pipeline.escalations.columns.project'),
                t('pipeline.escalations.columns.department'),
                t('pipeline.escalations.columns.task'),
                t('pipeline.escalations.columns.assignee'),
                t('pipeline.escalations.columns.level'),
                t('pipeline.escalations.columns.due'),
              ],
              numeric: [4],
              rows: r.escalations.map((e) => [
                link(`/projecten/${e.projectId}`, e.title),
                e.department,
                e.step ? label(STEP_LABELS, e.step) : label(GATE_LABELS, e.gate),
                label(ROLE_LABELS, e.assigneeRole),
                number(e.level),
                moment(e.dueAt),
              ]),
            }),
      ),
      h(
        'section',
        { 'aria-labelledby': 'afdelingen' },
        heading(2, t('pipeline.departments.heading'), { id: 'afdelingen' }),
        r.departments.length === 0
          ? p(t('pipeline.departments.none'))
          : table({
              caption: t('pipeline.departments.caption'),
              captionHidden: true,
              head: [
                t('pipeline.departments.columns.department'),
                t('pipeline.departments.columns.projects'),
                t('pipeline.departments.columns.active'),
                t('pipeline.departments.columns.openTasks'),
                t('pipeline.departments.columns.overdue'),
                t('pipeline.departments.columns.escalated'),
              ],
              numeric: [1, 2, 3, 4, 5],
              rows: r.departments.map((d) => [
                link(`/pijplijn?afdeling=${encodeURIComponent(d.department)}`, d.department),
                number(d.projects),
                number(d.active),
                number(d.openTasks),
                d.overdue > 0 ? badge(t('pipeline.overdue', { n: number(d.overdue) }), 'danger') : '0',
                number(d.openEscalations),
              ]),
            }),
      ),
    ],
  };
}

/** @param {string} value @param {string} what @param {boolean} [alarm] */
function total(value, what, alarm = false) {
  return h(
    'li',
    { class: ['wp-total', alarm ? 'wp-total--alarm' : ''] },
    h('span', { class: 'wp-total__value' }, value),
    ' ',
    h('span', { class: 'wp-total__label' }, what),
  );
}
