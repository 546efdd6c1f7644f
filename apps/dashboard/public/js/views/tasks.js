/** The task inbox: GET /api/v1/tasks, most urgent first. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { counted, GATE_LABELS, label, moment, number, relative, ROLE_LABELS, STEP_LABELS } from '../format.js';
import { t } from '../i18n.js';
import { badge, heading, link, p, table } from '../ui.js';
import { canAct } from './task-access.js';
import { holderText } from './task-holder.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').Task} Task */

/** @param {ViewContext} ctx */
export async function tasksView(ctx) {
  const tasks = /** @type {Task[]} */ (await api('/api/v1/tasks'));
  const overdue = tasks.filter((task) => task.overdue).length;
  const session = ctx.session;
  return {
    title: t('tasks.inbox.title'),
    live: true,
    body: [
      heading(1, t('tasks.inbox.title')),
      p(
        tasks.length === 0
          ? t('tasks.inbox.none')
          : counted(overdue ? 'tasks.inbox.summaryOverdue' : 'tasks.inbox.summary', tasks.length, {
              overdue: number(overdue),
            }),
      ),
      tasks.length === 0
        ? null
        : table({
            caption: t('tasks.inbox.caption'),
            captionHidden: true,
            head: [
              t('tasks.columns.task'),
              t('tasks.columns.project'),
              t('tasks.columns.department'),
              t('tasks.columns.role'),
              t('tasks.columns.holder'),
              t('tasks.columns.due'),
              t('tasks.columns.escalation'),
            ],
            rows: tasks.map((task) => {
              const step = task.step ?? '';
              const what = label(STEP_LABELS, step) || label(GATE_LABELS, task.gate);
              const projectId = task.project?.id ?? '';
              // A role inbox can show work the caller may not do themselves (another case owner's project).
              // In the list for someone else (a colleague away, a delegation): the caller acts for them.
              const actionable =
                session && task.project
                  ? canAct(
                      session,
                      { id: projectId, caseOwner: { sub: task.assigneeSub ?? session.sub, name: '' } },
                      step,
                    ) ||
                    task.heldBy?.sub === session.sub ||
                    (task.assigneeSub !== null && task.assigneeSub !== session.sub)
                  : false;
              return [
                actionable ? link(`/projecten/${projectId}/taak/${step}`, what) : what,
                task.project ? link(`/projecten/${projectId}`, task.project.title) : t('common.none'),
                task.project?.department ?? t('common.none'),
                label(ROLE_LABELS, task.assigneeRole),
                holderText(task, session) ?? t('common.none'),
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
              ];
            }),
          }),
    ],
  };
}
