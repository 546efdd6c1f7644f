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

  const tasks = project.openTasks.map((t) => {
    const step = t.step ?? '';
    const mine = session ? canAct(session, project, step) : false;
    return h(
      'li',
      { class: 'utrecht-unordered-list__item wp-task' },
      h('strong', null, label(STEP_LABELS, step) || label(GATE_LABELS, t.gate)),
      ` – ${label(ROLE_LABELS, t.assigneeRole)}${t.assigneeSub ? ` (${t.assigneeSub === project.caseOwner.sub ? project.caseOwner.name : t.assigneeSub})` : ''}`,
      t.dueAt ? [', uiterlijk ', moment(t.dueAt), ` (${relative(t.dueAt)})`] : null,
      t.overdue ? [' ', badge('te laat', 'danger')] : null,
      t.escalationLevel > 0 ? [' ', badge(`escalatie niveau ${t.escalationLevel}`, 'warning')] : null,
      mine ? [' ', link(`/projecten/${project.id}/taak/${step}`, `Taak openen: ${label(STEP_LABELS, step)}`)] : null,
    );
  });

  const events = timelineEvents(project, now);
  const reevaluation = project.timers.find((t) => t.kind === 'reevaluation' && !t.fired);
  const ruleInForce = project.timers
    .filter((t) => t.kind === 'rule-in-force' && !t.fired)
    .sort((a, b) => a.at.localeCompare(b.at))[0];

  return {
    title: project.title,
    live: true,
    body: [
      h('p', { class: 'utrecht-paragraph wp-breadcrumb' }, link('/projecten', 'Projecten'), ' › ', project.title),
      heading(1, project.title),
      h('p', { class: 'utrecht-paragraph wp-badges' }, statusBadge(project), riskBadge(project.riskLevel)),
      p(project.summary),
      dataList([
        ['Afdeling', project.department],
        ['Projectleider', project.caseOwner.name],
        ['Technologie', project.technologies.map((t) => label(TECHNOLOGY_LABELS, t)).join(', ')],
        ['Geplande start', day(project.plannedStart)],
        ['Geregistreerd', moment(project.registeredAt)],
        ['Huidige poort', project.currentGate ? label(GATE_LABELS, project.currentGate) : 'Geen'],
        [
          'Eerstvolgende termijn',
          project.nextDeadline ? `${moment(project.nextDeadline)} (${relative(project.nextDeadline)})` : 'Geen',
        ],
        project.heldAt ? ['Gepauzeerd sinds', moment(project.heldAt)] : null,
        ['Beleid', project.policy ? `${project.policy.id}, versie ${project.policy.version}` : 'Nog niet vastgelegd'],
        reevaluation ? ['Volgende herbeoordeling', moment(reevaluation.at)] : null,
        ruleInForce
          ? [
              'Regel treedt in werking',
              `${moment(ruleInForce.at)}: ${ruleInForce.ruleId ?? ''}, de route wordt dan opnieuw beoordeeld`,
            ]
          : null,
      ]),
      reassessmentNotice(project),
      hasRole(session, 'auditor', 'cio-office')
        ? p(buttonLink(`/projecten/${project.id}/audit`, 'Audittrail bekijken', 'secondary'))
        : null,

      h(
        'section',
        { 'aria-labelledby': 'open-taken' },
        heading(2, 'Open taken', { id: 'open-taken' }),
        tasks.length
          ? h('ul', { class: 'utrecht-unordered-list utrecht-unordered-list--distanced' }, tasks)
          : p('Er staan geen taken open.'),
      ),

      h(
        'section',
        { 'aria-labelledby': 'tijdlijn' },
        heading(2, 'Tijdlijn', { id: 'tijdlijn' }),
        p('De poorten van links (registratie) naar rechts (nu), met termijnen, herinneringen en escalaties.'),
        h('figure', { class: 'wp-figure' }, timelineChart(project, now)),
        h(
          'ul',
          { class: 'wp-legend', 'aria-label': 'Legenda van de tijdlijn' },
          legendItem('bar-open', 'poort open'),
          legendItem('bar-done', 'poort afgerond'),
          legendItem('bar-late', 'poort open, termijn verstreken'),
          legendItem('due', 'termijn'),
          legendItem('due-late', 'termijn verstreken'),
          legendItem('reminder', 'herinnering (open rondje: gepland)'),
          legendItem('escalation', 'escalatie (open driehoek: gepland)'),
          legendItem('term', 'vergadering of wettelijke termijn'),
        ),
        h(
          'details',
          { class: 'wp-details' },
          h('summary', null, 'De tijdlijn als tabel'),
          table({
            caption: 'Gebeurtenissen en termijnen op volgorde van tijd',
            head: ['Moment', 'Poort', 'Gebeurtenis'],
            rows: events.map((e) => [
              moment(new Date(e.at).toISOString()),
              label(GATE_LABELS, e.gate),
              e.late ? [e.text, ' ', badge('te laat', 'danger')] : e.text,
            ]),
          }),
        ),
      ),

      h(
        'section',
        { 'aria-labelledby': 'poorten' },
        heading(2, 'Poorten', { id: 'poorten' }),
        table({
          caption: 'De poorten van dit project',
          captionHidden: true,
          head: ['Poort', 'Stand', 'Stap', 'Geopend', 'Termijn', 'Afgerond', 'Escalatie'],
          rows: project.gates.map((g) => {
            const late =
              (g.state === 'active' || g.state === 'waiting') && g.dueAt !== null && Date.parse(g.dueAt) < now;
            return [
              label(GATE_LABELS, g.gate),
              label(GATE_STATE_LABELS, g.state),
              g.step ? label(STEP_LABELS, g.step) : '–',
              moment(g.openedAt),
              g.dueAt ? [moment(g.dueAt), late ? [' ', badge('te laat', 'danger')] : null] : '–',
              moment(g.completedAt),
              g.escalationLevel > 0 ? `niveau ${g.escalationLevel}` : '–',
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
    heading(2, 'Adviezen', { id: 'adviezen' }),
    list(
      project.advices.map((a) => [
        h('strong', null, label(ADVICE_KIND_LABELS, a.kind)),
        `: ${label(ADVICE_VALUE_LABELS, a.value)} – ${a.by.name}, ${moment(a.at)}.`,
        a.summary ? [h('br'), a.summary] : null,
        a.conditions.length ? [h('br'), `Voorwaarden of aanbevelingen: ${a.conditions.join('; ')}`] : null,
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
    heading(2, 'Besluit', { id: 'besluit' }),
    dataList([
      ['Besluit', label(DECISION_LABELS, d.outcome)],
      ['Door', `${d.by.name}, ${moment(d.at)}`],
      ['Motivering', d.rationale],
      d.conditions.length ? ['Voorwaarden', d.conditions.join('; ')] : null,
      d.returnTo ? ['Terug naar', label(GATE_LABELS, d.returnTo)] : null,
      d.adviceResponses.length
        ? [
            'Pas toe of leg uit',
            list(
              d.adviceResponses.map((r) => {
                const advice = project.advices.find((a) => a.id === r.adviceId);
                return `${advice ? label(ADVICE_KIND_LABELS, advice.kind) : r.adviceId}: ${r.response === 'follow' ? 'opgevolgd' : 'afgeweken'}${r.explanation ? ` – ${r.explanation}` : ''}`;
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
  /** @type {Array<{ value: string, label: string, path: string }>} */
  const options = [];
  if ((owner || cio) && project.status === 'active')
    options.push({ value: 'hold', label: 'Pauzeren (termijnen staan stil)', path: 'hold' });
  if ((owner || cio) && project.status === 'on-hold')
    options.push({ value: 'resume', label: 'Hervatten', path: 'resume' });
  const reflectionOpen =
    project.gates.find((g) => g.gate === 'commission-reflection')?.state !== 'completed' && !project.decision;
  if ((owner || cio || session.roles.includes('dpo')) && reflectionOpen) {
    options.push({
      value: 'reflection',
      label: 'Reflectie van de Ethische Commissie vragen',
      path: 'commission/request',
    });
  }
  if (owner || cio) options.push({ value: 'withdraw', label: 'Project intrekken (definitief)', path: 'withdraw' });
  if (options.length === 0) return null;
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'projectacties' },
    choiceGroup({ name: 'actie', legend: 'Wat wilt u doen?', type: 'radio', options }),
    textareaField({
      name: 'reden',
      label: 'Reden',
      required: true,
      rows: 3,
      description: 'De reden komt in de audittrail.',
    }),
    actions(button('Uitvoeren', { type: 'submit', variant: 'secondary' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one } = formValues(form);
    const chosen = options.find((o) => o.value === one.actie);
    const reason = (one.reden ?? '').trim();
    const problems = [];
    if (!chosen) problems.push({ field: 'actie', message: 'Kies wat u wilt doen.' });
    if (!reason) problems.push({ field: 'reden', message: 'Geef een reden.' });
    if (!chosen || problems.length) return showFormErrors(form, problems);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      await api(`/api/v1/projects/${project.id}/${chosen.path}`, { method: 'POST', body: { reason } });
      ctx.navigate(`/projecten/${project.id}`, {
        flash: { type: 'ok', text: `Gedaan: ${chosen.label.toLowerCase()}.` },
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
    heading(2, 'Projectacties', { id: 'projectacties' }),
    h(
      'details',
      { class: 'wp-details' },
      h('summary', null, 'Pauzeren, hervatten, intrekken of een reflectie vragen'),
      form,
    ),
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
    'Route wordt opnieuw beoordeeld',
    p(
      `${why}, sinds ${moment(r.requestedAt)}. De nieuwe quickscan bepaalt welke poorten opnieuw openen: ` +
        'afgerond werk blijft staan en een besluit wacht tot de quickscan binnen is.',
    ),
    { role: 'status' },
  );
}
