/* global FormData, URLSearchParams, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The CIO office's picture of the pipeline: GET /api/v1/monitoring/pipeline. */
import { api, ApiError, optionalApi } from '../api.js';
import { h } from '../dom.js';
import { funnelChart, leadTimeChart } from '../charts.js';
import {
  day,
  duration,
  GATE_LABELS,
  label,
  moment,
  number,
  plural,
  ROLE_LABELS,
  STATUS_LABELS,
  STEP_LABELS,
} from '../format.js';
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
      'aria-label': 'Pijplijn filteren',
      action: '/pijplijn',
      method: 'get',
    },
    textField({
      name: 'afdeling',
      label: 'Afdeling',
      value: department,
      description: 'Leeg: alle afdelingen.',
      width: 'md',
    }),
    textField({
      name: 'van',
      label: 'Doorlooptijden vanaf',
      type: 'date',
      value: from,
      description: 'Standaard: een jaar geleden.',
    }),
    textField({ name: 'tot', label: 'tot en met', type: 'date', value: to, description: 'Standaard: vandaag.' }),
    actions(button('Filteren', { type: 'submit', variant: 'secondary' })),
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
        title: 'Pijplijn',
        body: [
          heading(1, 'Pijplijn'),
          filter,
          alert('error', 'Deze periode kan niet.', p(err.problem?.detail ?? ''), { role: 'alert' }),
        ],
      };
    }
    throw err;
  }
  if (!report) {
    return {
      title: 'Pijplijn',
      body: [
        heading(1, 'Pijplijn'),
        alert(
          'warning',
          'Het overzicht van de pijplijn is op deze server (nog) niet beschikbaar.',
          p('GET /api/v1/monitoring/pipeline bestaat hier niet. De projectenlijst werkt wel.'),
        ),
        p(link('/projecten', 'Naar de projecten')),
      ],
    };
  }
  const r = report;
  const csv = button('Download de tabel als CSV', {
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
    title: 'Pijplijn',
    live: true,
    body: [
      heading(1, r.department ? `Pijplijn – ${r.department}` : 'Pijplijn'),
      p(`Stand van ${moment(r.generatedAt)}. Doorlooptijden over ${day(r.window.from)} tot ${day(r.window.to)}.`),
      filter,
      h(
        'ul',
        { class: 'wp-totals', 'aria-label': 'Totalen' },
        total(number(r.totals.projects), 'projecten'),
        total(number(r.totals.byStatus.active ?? 0), 'in behandeling'),
        total(number(r.totals.openTasks), 'open taken'),
        total(number(r.totals.overdue), 'te laat', r.totals.overdue > 0),
        total(number(r.totals.openEscalations), 'geëscaleerd', r.totals.openEscalations > 0),
      ),
      h(
        'section',
        { 'aria-labelledby': 'trechter' },
        heading(2, 'Projecten per poort', { id: 'trechter' }),
        p(
          'Hoe breder de balk, hoe meer projecten bij die poort staan. Het rode deel is het aandeel van de open taken bij die poort waarvan de termijn verstreken is.',
        ),
        h('figure', { class: 'wp-figure' }, funnelChart(r)),
        none
          ? p(
              `${plural(none.projects, 'project staat', 'projecten staan')} bij geen enkele poort (in gebruik, goedgekeurd, afgewezen, gestopt of ingetrokken).`,
            )
          : null,
        table({
          caption: 'Projecten en taken per poort',
          head: ['Poort', 'Projecten', 'Open taken', 'Te laat', 'Geëscaleerd', 'Per status'],
          numeric: [1, 2, 3, 4],
          rows: r.gates.map((g) => [
            label(GATE_LABELS, g.gate),
            number(g.projects),
            number(g.openTasks),
            g.overdue > 0 ? badge(`${number(g.overdue)} te laat`, 'danger') : '0',
            number(g.openEscalations),
            Object.entries(g.byStatus)
              .filter(([, n]) => n > 0)
              .map(([st, n]) => `${label(STATUS_LABELS, st)}: ${number(n)}`)
              .join(', ') || '–',
          ]),
        }),
        actions(csv),
      ),
      h(
        'section',
        { 'aria-labelledby': 'doorlooptijden' },
        heading(2, 'Doorlooptijden', { id: 'doorlooptijden' }),
        p(
          'Donker: de mediaan (de helft was sneller). Licht: het 90e percentiel (9 van de 10 waren sneller). Per poort van de eerste taak tot afronden; van registratie tot besluit voor het hele traject.',
        ),
        h('figure', { class: 'wp-figure' }, leadTimeChart(r)),
        table({
          caption: 'Doorlooptijden per poort',
          head: ['Poort', 'Afgerond', 'Mediaan', '90e percentiel'],
          numeric: [1, 2, 3],
          rows: [
            ...gates.map((g) => [
              label(GATE_LABELS, g.gate),
              number(g.leadTime?.completed ?? 0),
              duration(g.leadTime?.medianSeconds),
              duration(g.leadTime?.p90Seconds),
            ]),
            [
              'Van registratie tot besluit',
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
        heading(2, 'Open escalaties', { id: 'escalaties' }),
        r.escalations.length === 0
          ? p('Er zijn geen open escalaties.')
          : table({
              caption: 'Open escalaties, hoogste niveau eerst',
              captionHidden: true,
              head: ['Project', 'Afdeling', 'Taak', 'Bij', 'Niveau', 'Termijn was'],
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
        heading(2, 'Per afdeling', { id: 'afdelingen' }),
        r.departments.length === 0
          ? p('Nog geen projecten.')
          : table({
              caption: 'Projecten en taken per afdeling',
              captionHidden: true,
              head: ['Afdeling', 'Projecten', 'In behandeling', 'Open taken', 'Te laat', 'Geëscaleerd'],
              numeric: [1, 2, 3, 4, 5],
              rows: r.departments.map((d) => [
                link(`/pijplijn?afdeling=${encodeURIComponent(d.department)}`, d.department),
                number(d.projects),
                number(d.active),
                number(d.openTasks),
                d.overdue > 0 ? badge(`${number(d.overdue)} te laat`, 'danger') : '0',
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
