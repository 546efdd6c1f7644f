/* global document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** A department head's view: the open tasks of the department's projects (GET /api/v1/tasks/department). */
import { api } from '../api.js';
import { h } from '../dom.js';
import { GATE_LABELS, label, moment, relative, ROLE_LABELS, STEP_LABELS } from '../format.js';
import { actions } from '../forms.js';
import { alert, badge, button, heading, link, p, table } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').DepartmentTasks} DepartmentTasks */

/**
 * Fetches a CSV with the bearer token and hands it to the browser as a download (a plain link cannot send the token).
 * @param {string} path
 * @param {string} filename
 */
export async function downloadCsv(path, filename) {
  const res = /** @type {Response} */ (await api(path, { accept: 'text/csv', raw: true }));
  const url = URL.createObjectURL(await res.blob());
  const a = h('a', { href: url, download: filename, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** @param {ViewContext} _ctx */
export async function departmentTasksView(_ctx) {
  const view = /** @type {DepartmentTasks} */ (await api('/api/v1/tasks/department'));
  const title = 'Open taken van mijn afdeling';
  if (!view.department) {
    return {
      title,
      body: [
        heading(1, title),
        alert(
          'info',
          'Uw aanmelding noemt geen afdeling.',
          p(
            'Waardenpoort weet daarom niet welke projecten van uw afdeling zijn. Vraag uw beheerder om dit na te gaan.',
          ),
        ),
      ],
    };
  }
  const { tasks } = view;
  const overdue = tasks.filter((t) => t.overdue).length;
  const escalated = tasks.filter((t) => t.escalationLevel > 0).length;
  const day = view.generatedAt.slice(0, 10);
  const csv = (/** @type {'nl' | 'en'} */ lang) =>
    button(lang === 'nl' ? 'Download als CSV' : 'Download as CSV (English)', {
      variant: 'secondary',
      lang: lang === 'en' ? 'en' : undefined,
      on: {
        click: () =>
          downloadCsv(
            `/api/v1/tasks/department?format=csv&lang=${lang}`,
            `waardenpoort-${lang === 'nl' ? 'afdelingstaken' : 'department-tasks'}-${day}.csv`,
          ),
      },
    });
  return {
    title,
    live: true,
    body: [
      heading(1, title),
      p(
        tasks.length === 0
          ? `Er staan geen open taken bij projecten van ${view.department}.`
          : `${tasks.length === 1 ? 'Er staat 1 open taak' : `Er staan ${tasks.length} open taken`} bij projecten van ${view.department}${
              overdue ? `, waarvan ${overdue} te laat` : ''
            }${escalated ? ` en ${escalated} geëscaleerd` : ''}. De meest dringende staat bovenaan.`,
      ),
      tasks.length === 0
        ? null
        : table({
            caption: `Open taken bij projecten van ${view.department}`,
            captionHidden: true,
            head: ['Taak', 'Project', 'Voor', 'Termijn', 'Escalatie'],
            rows: tasks.map((t) => [
              label(STEP_LABELS, t.step ?? '') || label(GATE_LABELS, t.gate),
              link(`/projecten/${t.project.id}`, t.project.title),
              [label(ROLE_LABELS, t.assigneeRole), t.assigneeSub ? ` (${t.assigneeSub})` : ''],
              t.dueAt
                ? h(
                    'span',
                    null,
                    moment(t.dueAt),
                    ` (${relative(t.dueAt)})`,
                    t.overdue ? [' ', badge('te laat', 'danger')] : null,
                  )
                : '–',
              t.escalationLevel > 0 ? badge(`niveau ${t.escalationLevel}`, 'warning') : '–',
            ]),
          }),
      actions(csv('nl'), csv('en')),
    ],
  };
}
