/** One project: facts, open tasks, the timeline picture, the route and its reasons, advice and decision. */
import { api } from '../api.js';
import { legendSymbol, timelineChart, timelineEvents } from '../timeline-chart.js';
import { h } from '../dom.js';
import {
  ADVICE_KIND_LABELS,
  ADVICE_VALUE_LABELS,
  day,
  DECISION_LABELS,
  GATE_LABELS,
  GATE_STATE_LABELS,
  label,
  moment,
  REASSESSMENT_TRIGGER_LABELS,
  relative,
  ROLE_LABELS,
  STEP_LABELS,
  TECHNOLOGY_LABELS,
} from '../format.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { alert, badge, button, buttonLink, dataList, heading, link, list, p, table } from '../ui.js';
import {
  actions,
  choiceGroup,
  clearFormErrors,
  formValues,
  setBusy,
  showApiError,
  showFormErrors,
  textareaField,
} from '../forms.js';
import { riskBadge, statusBadge } from './projects.js';
import { reflectionPublicationSection } from './reflection-publication.js';
import { routeSection } from './route.js';
import { canAct } from './task-access.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').Project} Project */
/** @typedef {import('../../../types/api').Outcome} Outcome */

/** @param {ViewContext} ctx */
export async function projectView(ctx) {
  const id = ctx.params[0];
  const project = /** @type {Project} */ (await api(`/api/v1/projects/${id}`));
  const now = Date.now();
  const session = ctx.session;

  const tasks = project.openTasks.map((task) => {
    const step = task.step ?? '';
    const mine = session ? canAct(session, project, step) : false;
    return h(
      'li',
      { class: 'utrecht-unordered-list__item wp-task' },
      h('strong', null, label(STEP_LABELS, step) || label(GATE_LABELS, task.gate)),
      ` – ${label(ROLE_LABELS, task.assigneeRole)}${task.assigneeSub ? ` (${task.assigneeSub === project.caseOwner.sub ? project.caseOwner.name : task.assigneeSub})` : ''}`,
      task.dueAt
        ? [', ', t('projects.project.tasks.due', { moment: moment(task.dueAt), relative: relative(task.dueAt) })]
        : null,
      task.overdue ? [' ', badge(t('projects.late'), 'danger')] : null,
      task.escalationLevel > 0
        ? [' ', badge(t('projects.project.tasks.escalation', { level: task.escalationLevel }), 'warning')]
        : null,
      mine
        ? [
            ' ',
            link(
              `/projecten/${project.id}/taak/${step}`,
              t('projects.project.tasks.open', { step: label(STEP_LABELS, step) }),
            ),
          ]
        : null,
    );
  });

  const events = timelineEvents(project, now);
  const reevaluation = project.timers.find((timer) => timer.kind === 'reevaluation' && !timer.fired);
  const ruleInForce = project.timers
    .filter((timer) => timer.kind === 'rule-in-force' && !timer.fired)
    .sort((a, b) => a.at.localeCompare(b.at))[0];

  return {
    title: project.title,
    live: true,
    body: [
      h(
        'p',
        { class: 'utrecht-paragraph wp-breadcrumb' },
        link('/projecten', t('projects.project.breadcrumb')),
        ' › ',
        project.title,
      ),
      heading(1, project.title),
      h('p', { class: 'utrecht-paragraph wp-badges' }, statusBadge(project), riskBadge(project.riskLevel)),
      p(project.summary),
      dataList([
        [t('projects.project.facts.department'), project.department],
        [t('projects.project.facts.caseOwner'), project.caseOwner.name],
        [
          t('projects.project.facts.technologies'),
          project.technologies.map((tech) => label(TECHNOLOGY_LABELS, tech)).join(', '),
        ],
        [t('projects.project.facts.plannedStart'), day(project.plannedStart)],
        [t('projects.project.facts.registered'), moment(project.registeredAt)],
        [
          t('projects.project.facts.gate'),
          project.currentGate ? label(GATE_LABELS, project.currentGate) : t('projects.project.facts.none'),
        ],
        [
          t('projects.project.facts.deadline'),
          project.nextDeadline
            ? `${moment(project.nextDeadline)} (${relative(project.nextDeadline)})`
            : t('projects.project.facts.none'),
        ],
        project.heldAt ? [t('projects.project.facts.heldSince'), moment(project.heldAt)] : null,
        [
          t('projects.project.facts.policy'),
          project.policy
            ? t('projects.project.facts.policyVersion', { id: project.policy.id, version: project.policy.version })
            : t('projects.project.facts.policyNotYet'),
        ],
        reevaluation ? [t('projects.project.facts.reevaluation'), moment(reevaluation.at)] : null,
        ruleInForce
          ? [
              t('projects.project.facts.ruleInForce'),
              t('projects.project.facts.ruleInForceText', {
                moment: moment(ruleInForce.at),
                rule: ruleInForce.ruleId ?? '',
              }),
            ]
          : null,
      ]),
      reassessmentNotice(project),
      hasRole(session, 'auditor', 'cio-office')
        ? p(buttonLink(`/projecten/${project.id}/audit`, t('projects.project.auditTrail'), 'secondary'))
        : null,

      h(
        'section',
        { 'aria-labelledby': 'open-taken' },
        heading(2, t('projects.project.tasks.heading'), { id: 'open-taken' }),
        tasks.length
          ? h('ul', { class: 'utrecht-unordered-list utrecht-unordered-list--distanced' }, tasks)
          : p(t('projects.project.tasks.none')),
      ),

      h(
        'section',
        { 'aria-labelledby': 'tijdlijn' },
        heading(2, t('projects.project.timeline.heading'), { id: 'tijdlijn' }),
        p(t('projects.project.timeline.intro')),
        h('figure', { class: 'wp-figure' }, timelineChart(project, now)),
        h(
          'ul',
          { class: 'wp-legend', 'aria-label': t('projects.project.timeline.legend') },
          legendItem('bar-open', t('projects.project.timeline.legendItems.barOpen')),
          legendItem('bar-done', t('projects.project.timeline.legendItems.barDone')),
          legendItem('bar-late', t('projects.project.timeline.legendItems.barLate')),
          legendItem('due', t('projects.project.timeline.legendItems.due')),
          legendItem('due-late', t('projects.project.timeline.legendItems.dueLate')),
          legendItem('reminder', t('projects.project.timeline.legendItems.reminder')),
          legendItem('escalation', t('projects.project.timeline.legendItems.escalation')),
          legendItem('term', t('projects.project.timeline.legendItems.term')),
        ),
        h(
          'details',
          { class: 'wp-details' },
          h('summary', null, t('projects.project.timeline.asTable')),
          table({
            caption: t('projects.project.timeline.caption'),
            head: [
              t('projects.project.timeline.columns.moment'),
              t('projects.project.timeline.columns.gate'),
              t('projects.project.timeline.columns.event'),
            ],
            rows: events.map((e) => [
              moment(new Date(e.at).toISOString()),
              label(GATE_LABELS, e.gate),
              e.late ? [e.text, ' ', badge(t('projects.late'), 'danger')] : e.text,
            ]),
          }),
        ),
      ),

      h(
        'section',
        { 'aria-labelledby': 'poorten' },
        heading(2, t('projects.project.gates.heading'), { id: 'poorten' }),
        table({
          caption: t('projects.project.gates.caption'),
          captionHidden: true,
          head: [
            t('projects.project.gates.columns.gate'),
            t('projects.project.gates.columns.state'),
            t('projects.project.gates.columns.step'),
            t('projects.project.gates.columns.opened'),
            t('projects.project.gates.columns.due'),
            t('projects.project.gates.columns.completed'),
            t('projects.project.gates.columns.escalation'),
          ],
          rows: project.gates.map((g) => {
            const late =
              (g.state === 'active' || g.state === 'waiting') && g.dueAt !== null && Date.parse(g.dueAt) < now;
            return [
              label(GATE_LABELS, g.gate),
              label(GATE_STATE_LABELS, g.state),
              g.step ? label(STEP_LABELS, g.step) : t('common.none'),
              moment(g.openedAt),
              g.dueAt ? [moment(g.dueAt), late ? [' ', badge(t('projects.late'), 'danger')] : null] : t('common.none'),
              moment(g.completedAt),
              g.escalationLevel > 0
                ? t('projects.project.gates.level', { level: g.escalationLevel })
                : t('common.none'),
            ];
          }),
        }),
      ),

      project.route ? routeSection(project.route.outcome, project.route.decidedAt) : null,
      adviceSection(project),
      decisionSection(project),
      reflectionPublicationSection(ctx, project),
      projectActions(ctx, project),
    ],
  };
}

/** @param {Parameters<typeof legendSymbol>[0]} kind @param {string} text */
function legendItem(kind, text) {
  return h('li', { class: 'wp-legend__item' }, legendSymbol(kind), text);
}

/** @param {Project} project */
function adviceSection(project) {
  if (project.advices.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'adviezen' },
    heading(2, t('projects.project.advice.heading'), { id: 'adviezen' }),
    list(
      project.advices.map((a) => [
        h('strong', null, label(ADVICE_KIND_LABELS, a.kind)),
        `: ${label(ADVICE_VALUE_LABELS, a.value)} – ${a.by.name}, ${moment(a.at)}.`,
        a.summary ? [h('br'), a.summary] : null,
        a.conditions.length
          ? [h('br'), t('projects.project.advice.conditions', { conditions: a.conditions.join('; ') })]
          : null,
      ]),
    ),
  );
}

/** @param {Project} project */
function decisionSection(project) {
  const d = project.decision;
  if (!d) return null;
  return h(
    'section',
    { 'aria-labelledby': 'besluit' },
    heading(2, t('projects.project.decision.heading'), { id: 'besluit' }),
    dataList([
      [t('projects.project.decision.outcome'), label(DECISION_LABELS, d.outcome)],
      [t('projects.project.decision.by'), `${d.by.name}, ${moment(d.at)}`],
      [t('projects.project.decision.rationale'), d.rationale],
      d.conditions.length ? [t('projects.project.decision.conditions'), d.conditions.join('; ')] : null,
      d.returnTo ? [t('projects.project.decision.returnTo'), label(GATE_LABELS, d.returnTo)] : null,
      d.adviceResponses.length
        ? [
            t('projects.project.decision.responses'),
            list(
              d.adviceResponses.map((r) => {
                const advice = project.advices.find((a) => a.id === r.adviceId);
                return `${advice ? label(ADVICE_KIND_LABELS, advice.kind) : r.adviceId}: ${r.response === 'follow' ? t('projects.project.decision.followed') : t('projects.project.decision.departed')}${r.explanation ? ` – ${r.explanation}` : ''}`;
              }),
            ),
          ]
        : null,
    ]),
  );
}

/**
 * Pause, resume, withdraw, or ask for a reflection by the Ethics Commission.
 * @param {ViewContext} ctx
 * @param {Project} project
 */
function projectActions(ctx, project) {
  const session = ctx.session;
  if (!session) return null;
  const owner = session.roles.includes('case-owner') && session.sub === project.caseOwner.sub;
  const cio = session.roles.includes('cio-office');
  const open = project.status === 'active' || project.status === 'on-hold';
  if (!open) return null;
  /** @type {Array<{ value: string, label: string, path: string, done: string }>} */
  const options = [];
  if ((owner || cio) && project.status === 'active')
    options.push({
      value: 'hold',
      label: t('projects.project.actions.hold'),
      path: 'hold',
      done: t('projects.project.actions.done.hold'),
    });
  if ((owner || cio) && project.status === 'on-hold')
    options.push({
      value: 'resume',
      label: t('projects.project.actions.resume'),
      path: 'resume',
      done: t('projects.project.actions.done.resume'),
    });
  const reflectionOpen =
    project.gates.find((g) => g.gate === 'commission-reflection')?.state !== 'completed' && !project.decision;
  if ((owner || cio || session.roles.includes('dpo')) && reflectionOpen) {
    options.push({
      value: 'reflection',
      label: t('projects.project.actions.reflection'),
      path: 'commission/request',
      done: t('projects.project.actions.done.reflection'),
    });
  }
  if (owner || cio)
    options.push({
      value: 'withdraw',
      label: t('projects.project.actions.withdraw'),
      path: 'withdraw',
      done: t('projects.project.actions.done.withdraw'),
    });
  if (options.length === 0) return null;
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'projectacties' },
    choiceGroup({ name: 'actie', legend: t('projects.project.actions.question'), type: 'radio', options }),
    textareaField({
      name: 'reden',
      label: t('projects.project.actions.reason'),
      required: true,
      rows: 3,
      description: t('projects.project.actions.reasonHelp'),
    }),
    actions(button(t('projects.project.actions.submit'), { type: 'submit', variant: 'secondary' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const chosen = options.find((o) => o.value === one.actie);
    const reason = (one.reden ?? '').trim();
    const problems = [];
    if (!chosen) problems.push({ field: 'actie', message: t('projects.project.actions.problems.action') });
    if (!reason) problems.push({ field: 'reden', message: t('projects.project.actions.problems.reason') });
    if (!chosen || problems.length) return showFormErrors(form, problems);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      await api(`/api/v1/projects/${project.id}/${chosen.path}`, { method: 'POST', body: { reason } });
      ctx.navigate(`/projecten/${project.id}`, {
        flash: { type: 'ok', text: chosen.done },
        replace: true,
      });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err, (f) => (f === 'reason' ? 'reden' : f));
    }
  });
  return h(
    'section',
    { 'aria-labelledby': 'projectacties' },
    heading(2, t('projects.project.actions.heading'), { id: 'projectacties' }),
    h('details', { class: 'wp-details' }, h('summary', null, t('projects.project.actions.summary')), form),
  );
}

/** A re-assessment under way: why, since when, and what the new quick-scan will decide. */
/** @param {Project} project */
function reassessmentNotice(project) {
  const r = project.reassessment;
  if (!r) return null;
  const why = label(REASSESSMENT_TRIGGER_LABELS, r.trigger);
  return alert(
    'info',
    t('projects.project.reassessment.title'),
    p(t('projects.project.reassessment.text', { why, moment: moment(r.requestedAt) })),
    { role: 'status' },
  );
}
