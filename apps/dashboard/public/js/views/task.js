/**
 * Acting on a task: the page of one step, with its form (./forms/) posting to the gate's endpoint
 * (apps/api/src/gates/gates.controller.ts).
 */
import { api } from '../api.js';
import { h } from '../dom.js';
import { GATE_LABELS, label, moment, relative, ROLE_LABELS, STEP_LABELS } from '../format.js';
import { language, t } from '../i18n.js';
import { alert, badge, heading, link, p } from '../ui.js';
import { setBusy, showApiError } from '../forms.js';
import { canAct, stepRoles } from './task-access.js';
import { holderPanel, holderText } from './task-holder.js';
import { agendaForm, answersForm, documentsForm, questionsForm, reflectionForm } from './forms/commission.js';
import { councilForm, councilLetter, decisionForm } from './forms/decision.js';
import { dpiaForm, dpoAdviceForm, priorConsultationForms } from './forms/dpia.js';
import { quickScanForm } from './forms/quick-scan.js';
import { prepareRegisterForm, publishRegisterForm } from './forms/register.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../session.js').Session} Session */
/** @typedef {import('../../../types/api').Project} Project */
/** @typedef {import('../dom.js').Children} Children */

/**
 * A catalogue text with nodes (links) in some of its placeholders: the text's pieces around them, in its own order.
 * @param {import('../i18n.js').TextKey} key
 * @param {Record<string, Children>} nodes
 * @param {import('../i18n.js').TextParams} [params]
 * @returns {Children[]}
 */
function sentence(key, nodes, params = {}) {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `\u0000${name}\u0000`]));
  return t(key, { ...params, ...marks })
    .split('\u0000')
    .map((part, i) => (i % 2 === 1 ? nodes[part] : part))
    .filter((part) => part !== '');
}

/**
 * The open gate at this step, or the open task of a step beside a gate's own (the case owner's submission deadline
 * for the commission meeting): what the page shows the deadline of.
 * @param {Project} project @param {string} step @returns {{ dueAt: string | null } | null}
 */
function openGateFor(project, step) {
  const gate = project.gates.find((g) => g.step === step && (g.state === 'active' || g.state === 'waiting'));
  if (gate) return gate;
  const task = project.openTasks.find((open) => open.step === step);
  return task ? { dueAt: task.dueAt ?? null } : null;
}

/** After an action: where the project stands now, in one sentence. @param {Project} project */
function nextStepText(project) {
  const task = project.openTasks[0];
  if (task)
    return t('tasks.task.nextStep', {
      step: label(STEP_LABELS, task.step ?? '') || label(GATE_LABELS, task.gate),
      role: label(ROLE_LABELS, task.assigneeRole),
    });
  if (project.status === 'stopped') return t('tasks.task.stopped');
  if (project.status === 'in-use') return t('tasks.task.inUse');
  return t('tasks.task.status', { status: project.statusLabel[language] });
}

/** @param {ViewContext} ctx */
export async function taskView(ctx) {
  const [id, step] = ctx.params;
  const session = /** @type {Session} */ (ctx.session);
  /** @type {Project} */
  let project = await api(`/api/v1/projects/${id}`);
  // Right after registering or an earlier step, the workflow may still be opening this one: wait a little (only
  // then: an old link to a finished task should say so at once).
  const recent = Date.now() - Date.parse(project.updatedAt) < 15_000;
  for (let i = 0; recent && i < 20 && !openGateFor(project, step) && project.status === 'active'; i++) {
    await new Promise((r) => setTimeout(r, 300));
    project = await api(`/api/v1/projects/${id}`);
  }
  const gate = openGateFor(project, step);
  const title = label(STEP_LABELS, step);
  const header = [
    h(
      'p',
      { class: 'utrecht-paragraph wp-breadcrumb' },
      link('/taken', t('tasks.inbox.title')),
      ' › ',
      link(`/projecten/${project.id}`, project.title),
      ' › ',
      title,
    ),
    heading(1, title),
    p(
      sentence(
        'tasks.task.project',
        { project: link(`/projecten/${project.id}`, project.title) },
        { department: project.department },
      ),
      gate?.dueAt
        ? [
            ' ',
            t('tasks.task.due', { moment: moment(gate.dueAt), relative: relative(gate.dueAt) }),
            Date.parse(gate.dueAt) < Date.now() ? [' ', badge(t('tasks.overdue'), 'danger')] : null,
          ]
        : null,
    ),
  ];
  if (!gate) {
    return {
      title,
      body: [
        ...header,
        alert(
          'info',
          t('tasks.task.notOpen'),
          p(t('tasks.task.notOpenText'), ' ', link(`/projecten/${project.id}`, t('tasks.task.toProject'))),
        ),
      ],
    };
  }
  // The open task of this step: who holds it (a claim, a delegation), and whether it is the caller's to do for
  // someone else (in their list as a substitute or delegate: the API checks the absence or delegation).
  const task = project.openTasks.find((open) => open.step === step) ?? null;
  const heldBy = task?.heldBy ?? null;
  const forSomeoneElse =
    task !== null &&
    task.assigneeSub !== null &&
    task.assigneeSub !== session.sub &&
    /** @type {Array<{ id: string }>} */ (await api('/api/v1/tasks')).some((mine) => mine.id === task.id);
  const panel = task ? await holderPanel(task, session, () => ctx.refresh()) : null;
  if (heldBy && heldBy.sub !== session.sub && task) {
    return {
      title,
      body: [...header, alert('info', `${holderText(task, session)}.`, p(t('tasks.task.onlyHolder'))), panel],
    };
  }
  if (!canAct(session, project, step) && !forSomeoneElse && heldBy?.sub !== session.sub) {
    const roles = stepRoles(step)
      .map((r) => label(ROLE_LABELS, r))
      .join(t('tasks.task.or'));
    return {
      title,
      body: [
        ...header,
        alert(
          'warning',
          t('tasks.task.cannotAct'),
          p(
            t(stepRoles(step).includes('case-owner') ? 'tasks.task.whoActsCaseOwner' : 'tasks.task.whoActs', {
              roles,
            }),
          ),
        ),
      ],
    };
  }

  /**
   * Posts the action; on success goes to the project page with what happens next.
   * @param {HTMLFormElement} form
   * @param {string} path
   * @param {unknown} body
   * @param {(field: string) => string | null} [fieldFor]
   */
  const submit = async (form, path, body, fieldFor) => {
    const btn = /** @type {HTMLButtonElement | null} */ (form.querySelector('button[type=submit]'));
    setBusy(btn, true);
    try {
      const after = /** @type {Project} */ (
        await api(`/api/v1/projects/${project.id}/${path}`, { method: 'POST', body })
      );
      ctx.navigate(`/projecten/${project.id}`, {
        flash: { type: 'ok', text: t('tasks.task.recorded', { next: nextStepText(after) }) },
      });
    } catch (err) {
      setBusy(btn, false);
      showApiError(form, err, fieldFor);
    }
  };

  /** @type {Node[]} */
  let body;
  switch (step) {
    case 'answer-quick-scan':
      body = await quickScanForm(project, submit);
      break;
    case 'submit-dpia':
      body = [dpiaForm(submit)];
      break;
    case 'dpo-advice':
      body = [dpoAdviceForm(submit)];
      break;
    case 'prior-consultation':
      body = priorConsultationForms(project, submit);
      break;
    case 'schedule-meeting':
    case 'await-meeting':
      body = [
        project.commission?.meetingDate
          ? p(t('tasks.task.scheduledFor', { moment: moment(project.commission.meetingDate) }))
          : p(t('tasks.task.notScheduled')),
        agendaForm(submit, step === 'await-meeting'),
        questionsForm(submit),
      ];
      break;
    case 'record-reflection':
      body = [reflectionForm(submit), questionsForm(submit)];
      break;
    case 'answer-questions':
      body = [answersForm(project, submit)];
      break;
    case 'submit-documents':
      body = [documentsForm(project, submit)];
      break;
    case 'decide':
      body = [decisionForm(project, submit)];
      break;
    case 'prepare-register-entry':
    case 'publish-register-entry': {
      const preview = await api(`/api/v1/projects/${project.id}/register-entries`);
      // Returned by the CIO office: its remarks are the gate's outcome until the entries are sent again.
      const remarks = project.gates.find((g) => g.gate === 'publication')?.outcome?.remarks;
      body = [
        step === 'prepare-register-entry'
          ? prepareRegisterForm(preview, submit, typeof remarks === 'string' ? remarks : null)
          : publishRegisterForm(preview, submit),
      ];
      break;
    }
    case 'inform-council':
      body = [councilLetter(project), councilForm(submit)];
      break;
    default:
      body = [alert('info', t('tasks.task.noForm'))];
  }
  return { title, body: [...header, panel, ...body] };
}
