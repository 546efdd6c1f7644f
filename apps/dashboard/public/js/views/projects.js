/* global FormData, URLSearchParams, crypto -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The project list with filters (GET /api/v1/projects) and the registration form (POST /api/v1/projects). */
import { api } from '../api.js';
import { h } from '../dom.js';
import {
  counted,
  day,
  GATE_IDS,
  GATE_LABELS,
  label,
  moment,
  OUTCOME_LABELS,
  STATUS_LABELS,
  TECHNOLOGY_LABELS,
} from '../format.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { alert, badge, button, buttonLink, heading, link, p, table } from '../ui.js';
import {
  actions,
  choiceGroup,
  clearFormErrors,
  formValues,
  selectField,
  setBusy,
  showApiError,
  showFormErrors,
  textareaField,
  textField,
} from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').ProjectPage} ProjectPage */
/** @typedef {import('../../../types/api').Project} Project */

const PAGE_SIZE = 20;

/** @param {string | null} risk */
export function riskBadge(risk) {
  if (!risk) return badge(t('projects.risk.unknown'), 'neutral');
  return badge(
    t('projects.risk.level', { level: label(OUTCOME_LABELS.riskLevel, risk).toLowerCase() }),
    risk === 'high' ? 'danger' : risk === 'medium' ? 'warning' : 'success',
  );
}

/** @param {Project} project */
export function statusBadge(project) {
  const st = project.status;
  const variant =
    st === 'active'
      ? 'active'
      : st === 'in-use' || st === 'approved'
        ? 'success'
        : st === 'on-hold'
          ? 'warning'
          : st === 'rejected' || st === 'stopped'
            ? 'danger'
            : 'inactive';
  return badge(label(STATUS_LABELS, st), variant);
}

/** @param {ViewContext} ctx */
export async function projectsView(ctx) {
  const status = ctx.query.get('status') ?? '';
  const gate = ctx.query.get('poort') ?? '';
  const department = ctx.query.get('afdeling') ?? '';
  const page = Math.max(1, Number(ctx.query.get('pagina') ?? '1') || 1);
  const query = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
  if (status) query.set('status', status);
  if (gate) query.set('currentGate', gate);
  if (department) query.set('department', department);
  const result = /** @type {ProjectPage} */ (await api(`/api/v1/projects?${query}`));

  const filter = h(
    'form',
    {
      class: 'utrecht-form wp-filter',
      role: 'search',
      'aria-label': t('projects.list.filter'),
      action: '/projecten',
      method: 'get',
    },
    selectField({
      name: 'status',
      label: t('projects.list.status'),
      value: status,
      options: [
        { value: '', label: t('projects.list.allStatuses') },
        ...Object.entries(STATUS_LABELS).map(([value, text]) => ({ value, label: text })),
      ],
    }),
    selectField({
      name: 'poort',
      label: t('projects.list.gate'),
      value: gate,
      options: [
        { value: '', label: t('projects.list.allGates') },
        ...GATE_IDS.map((g) => ({ value: g, label: label(GATE_LABELS, g) })),
      ],
    }),
    textField({
      name: 'afdeling',
      label: t('projects.list.department'),
      value: department,
      width: 'md',
      description: t('projects.list.departmentHelp'),
    }),
    actions(button(t('projects.list.apply'), { type: 'submit', variant: 'secondary' })),
  );
  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [k, v] of new FormData(filter).entries()) if (typeof v === 'string' && v.trim()) params.set(k, v.trim());
    ctx.navigate(`/projecten${params.size ? `?${params}` : ''}`);
  });

  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  /** @param {number} n */
  const pageHref = (n) => {
    const q = new URLSearchParams(ctx.query);
    q.set('pagina', String(n));
    return `/projecten?${q}`;
  };
  const filtered = !!(status || gate || department);
  return {
    title: t('projects.list.title'),
    live: true,
    body: [
      heading(1, t('projects.list.title')),
      hasRole(ctx.session, 'case-owner') ? p(buttonLink('/projecten/nieuw', t('projects.list.register'))) : null,
      filter,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        counted(filtered ? 'projects.list.countFiltered' : 'projects.list.count', result.total),
      ),
      result.items.length === 0
        ? p(t('projects.list.none'))
        : table({
            caption: t('projects.list.caption', { page, pages }),
            captionHidden: true,
            head: [
              t('projects.list.columns.project'),
              t('projects.list.columns.department'),
              t('projects.list.columns.status'),
              t('projects.list.columns.gate'),
              t('projects.list.columns.risk'),
              t('projects.list.columns.deadline'),
              t('projects.list.columns.registered'),
            ],
            rows: result.items.map((x) => [
              link(`/projecten/${x.id}`, x.title),
              x.department,
              statusBadge(x),
              x.currentGate ? label(GATE_LABELS, x.currentGate) : t('common.none'),
              riskBadge(x.riskLevel),
              x.nextDeadline ? deadline(x.nextDeadline) : t('common.none'),
              day(x.registeredAt),
            ]),
          }),
      pages > 1
        ? h(
            'nav',
            { class: 'utrecht-pagination', 'aria-label': t('projects.list.pagination') },
            h(
              'span',
              { class: 'wp-pagination' },
              page > 1
                ? h(
                    'a',
                    {
                      class: 'utrecht-pagination__relative-link utrecht-pagination__relative-link--prev',
                      href: pageHref(page - 1),
                      rel: 'prev',
                    },
                    t('projects.list.previous'),
                  )
                : null,
              h('span', { class: 'wp-pagination__where' }, t('projects.list.page', { page, pages })),
              page < pages
                ? h(
                    'a',
                    {
                      class: 'utrecht-pagination__relative-link utrecht-pagination__relative-link--next',
                      href: pageHref(page + 1),
                      rel: 'next',
                    },
                    t('projects.list.next'),
                  )
                : null,
            ),
          )
        : null,
    ],
  };
}

/** @param {string} iso */
export function deadline(iso) {
  const late = Date.parse(iso) < Date.now();
  return h('span', null, moment(iso), late ? [' ', badge(t('projects.late'), 'danger')] : null);
}

/** @param {ViewContext} ctx */
export async function registerView(ctx) {
  if (!hasRole(ctx.session, 'case-owner')) {
    return {
      title: t('projects.register.title'),
      body: [heading(1, t('projects.register.title')), alert('warning', t('projects.register.onlyCaseOwner'))],
    };
  }
  // One key per filled-in form: pressing the button twice, or retrying after a network error, registers once.
  const idempotencyKey = crypto.randomUUID();
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'registreren' },
    textField({
      name: 'title',
      label: t('projects.register.name'),
      required: true,
      description: t('projects.register.nameHelp'),
      width: 'lg',
    }),
    textareaField({
      name: 'summary',
      label: t('projects.register.summary'),
      required: true,
      description: t('projects.register.summaryHelp'),
      rows: 5,
    }),
    textField({
      name: 'department',
      label: t('projects.register.department'),
      required: true,
      autocomplete: 'organization',
      width: 'md',
    }),
    choiceGroup({
      name: 'technologies',
      legend: t('projects.register.technologies'),
      description: t('projects.register.technologiesHelp'),
      type: 'checkbox',
      options: Object.entries(TECHNOLOGY_LABELS).map(([value, text]) => ({ value, label: text })),
    }),
    textField({ name: 'plannedStart', label: t('projects.register.plannedStart'), type: 'date', required: true }),
    actions(button(t('projects.register.submit'), { type: 'submit' })),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const { one, many } = formValues(form);
    const body = {
      title: (one.title ?? '').trim(),
      summary: (one.summary ?? '').trim(),
      department: (one.department ?? '').trim(),
      technologies: many.technologies ?? [],
      plannedStart: one.plannedStart ?? '',
    };
    const problems = [];
    if (body.title.length < 3) problems.push({ field: 'title', message: t('projects.register.problems.name') });
    if (body.summary.length < 10) problems.push({ field: 'summary', message: t('projects.register.problems.summary') });
    if (body.department.length < 2)
      problems.push({ field: 'department', message: t('projects.register.problems.department') });
    if (body.technologies.length === 0)
      problems.push({ field: 'technologies', message: t('projects.register.problems.technologies') });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(body.plannedStart))
      problems.push({ field: 'plannedStart', message: t('projects.register.problems.plannedStart') });
    if (problems.length) return showFormErrors(form, problems);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      const project = /** @type {Project} */ (
        await api('/api/v1/projects', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } })
      );
      ctx.navigate(`/projecten/${project.id}/taak/answer-quick-scan`, {
        flash: { type: 'ok', text: t('projects.register.registered', { title: project.title }) },
      });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return {
    title: t('projects.register.title'),
    body: [heading(1, t('projects.register.title'), { id: 'registreren' }), p(t('projects.register.intro')), form],
  };
}
