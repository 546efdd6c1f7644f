/** The task inbox: GET /api/v1/tasks, most urgent first. */
import { api } from '../api.js';
import { h } from '../dom.js';
import { GATE_LABELS, label, moment, relative, ROLE_LABELS, STEP_LABELS } from '../format.js';
import { badge, heading, link, p, table } from '../ui.js';
import { canAct } from './task-access.js';
import { holderText } from './task-holder.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').Task} Task */

/** @param {ViewContext} ctx */
export async function tasksView(ctx) {
  const tasks = /** @type {Task[]} */ (await api('/api/v1/tasks'));
  const overdue = tasks.filter((t) => t.overdue).length;
  const session = ctx.session;
  return {
    title: 'Mijn taken',
    live: true,
    body: [
      heading(1, 'Mijn taken'),
      p(
        tasks.length === 0
          ? 'Er staan geen taken voor u klaar.'
          : `${tasks.length === 1 ? 'Er staat 1 taak' : `Er staan ${tasks.length} taken`} voor u klaar${overdue ? `, waarvan ${overdue} te laat` : ''}. De meest dringende staat bovenaan.`,
      ),
      tasks.length === 0
        ? null
        : table({
            caption: 'Open taken voor uw rollen',
            captionHidden: true,
            head: ['Taak', 'Project', 'Afdeling', 'Voor', 'Wie', 'Termijn', 'Escalatie'],
            rows: tasks.map((t) => {
              const step = t.step ?? '';
              const what = label(STEP_LABELS, step) || label(GATE_LABELS, t.gate);
              const projectId = t.project?.id ?? '';
              // A role inbox can show work the caller may not do themselves (another case owner's project).
              // In the list for someone else (a colleague away, a delegation): the caller acts for them.
              const actionable =
                session && t.project
                  ? canAct(
                      session,
                      { id: projectId, caseOwner: { sub: t.assigneeSub ?? session.sub, name: '' } },
                      step,
                    ) ||
                    t.heldBy?.sub === session.sub ||
                    (t.assigneeSub !== null && t.assigneeSub !== session.sub)
                  : false;
              return [
                actionable ? link(`/projecten/${projectId}/taak/${step}`, what) : what,
                t.project ? link(`/projecten/${projectId}`, t.project.title) : '–',
                t.project?.department ?? '–',
                label(ROLE_LABELS, t.assigneeRole),
                holderText(t, session) ?? '–',
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
              ];
            }),
          }),
    ],
  };
}
