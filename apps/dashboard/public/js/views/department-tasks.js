/* global document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** A department head's view: the open tasks of the department's projects (GET /api/v1/tasks/department). */
import { api } from '../api.js';
import { h } from '../dom.js';
import { TEXTS } from '../domain/texts/index.js';
import { counted, GATE_LABELS, label, moment, number, relative, ROLE_LABELS, STEP_LABELS } from '../format.js';
import { language, t } from '../i18n.js';
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
  const title = t('tasks.department.title');
  if (!view.department) {
    return {
      title,
      body: [
        heading(1, title),
        alert('info', t('tasks.department.noDepartment'), p(t('tasks.department.noDepartmentText'))),
      ],
    };
  }
  const { tasks } = view;
  const overdue = tasks.filter((task) => task.overdue).length;
  const escalated = tasks.filter((task) => task.escalationLevel > 0).length;
  const day = view.generatedAt.slice(0, 10);
  // One button per language of the file, each labelled in that language (marked as such where the page's is another).
  const csv = (/** @type {'nl' | 'en'} */ lang) =>
    button(lang === 'nl' ? TEXTS[lang].tasks.department.csvNl : TEXTS[lang].tasks.department.csvEn, {
      variant: 'secondary',
      lang: lang === language ? undefined : lang,
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
          ? t('tasks.department.none', { department: view.department })
          : counted(
              overdue && escalated
                ? 'tasks.department.summary.overdueEscalated'
                : overdue
                  ? 'tasks.department.summary.overdue'
                  : escalated
                    ? 'tasks.department.summary.escalated'
                    : 'tasks.department.summary.plain',
              tasks.length,
              { department: view.department, overdue: number(overdue), escalated: number(escalated) },
            ),
      ),
      tasks.length === 0
        ? null
        : table({
            caption: t('tasks.department.caption', { department: view.department }),
            captionHidden: true,
            head: [
              t('tasks.columns.task'),
              t('tasks.columns.project'),
              t('tasks.columns.role'),
              t('tasks.columns.due'),
              t('tasks.columns.escalation'),
            ],
            rows: tasks.map((task) => [
              label(STEP_LABELS, task.step ?? '') || label(GATE_LABELS, task.gate),
              link(`/projecten/${task.project.id}`, task.project.title),
              [label(ROLE_LABELS, task.assigneeRole), task.assigneeSub ? ` (${task.assigneeSub})` : ''],
              task.dueAt
                ? h(
                    'span',
                    null,
                    moment(task.dueAt),
                    ` (${relative(task.dueAt)})`,
                    task.overdue ? [' ', badge(t('tasks.overdue'), 'danger')] : null,
                  )
                : t('common.none'),
              task.escalationLevel > 0
                ? badge(t('tasks.escalationLevel', { level: task.escalationLevel }), 'warning')
                : t('common.none'),
            ]),
          }),
      actions(csv('nl'), csv('en')),
    ],
  };
}
