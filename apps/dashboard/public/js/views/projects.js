/* global FormData, URLSearchParams, crypto -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The project list with filters (GET /api/v1/projects) and the registration form (POST /api/v1/projects). */
import { api } from '../api.js';
import { h } from '../dom.js';
import {
  day,
  GATE_IDS,
  GATE_LABELS,
  label,
  moment,
  number,
  OUTCOME_LABELS,
  STATUS_LABELS,
  TECHNOLOGY_LABELS,
} from '../format.js';
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
  if (!risk) return badge('Risico nog niet bepaald', 'neutral');
  return badge(
    `Risico ${label(OUTCOME_LABELS.riskLevel, risk).toLowerCase()}`,
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
      'aria-label': 'Projecten filteren',
      action: '/projecten',
      method: 'get',
    },
    selectField({
      name: 'status',
      label: 'Status',
      value: status,
      options: [
        { value: '', label: 'Alle statussen' },
        ...Object.entries(STATUS_LABELS).map(([value, text]) => ({ value, label: text })),
      ],
    }),
    selectField({
      name: 'poort',
      label: 'Huidige poort',
      value: gate,
      options: [
        { value: '', label: 'Alle poorten' },
        ...GATE_IDS.map((g) => ({ value: g, label: label(GATE_LABELS, g) })),
      ],
    }),
    textField({
      name: 'afdeling',
      label: 'Afdeling',
      value: department,
      width: 'md',
      description: 'De precieze naam van de afdeling.',
    }),
    actions(button('Filteren', { type: 'submit', variant: 'secondary' })),
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
    title: 'Projecten',
    live: true,
    body: [
      heading(1, 'Projecten'),
      hasRole(ctx.session, 'case-owner') ? p(buttonLink('/projecten/nieuw', 'Project registreren')) : null,
      filter,
      h(
        'p',
        { class: 'utrecht-paragraph', role: 'status' },
        `${number(result.total)} ${result.total === 1 ? 'project' : 'projecten'}${filtered ? ' met deze filters' : ''}.`,
      ),
      result.items.length === 0
        ? p('Geen projecten gevonden.')
        : table({
            caption: `Projecten, pagina ${page} van ${pages}`,
            captionHidden: true,
            head: [
              'Project',
              'Afdeling',
              'Status',
              'Huidige poort',
              'Risico',
              'Eerstvolgende termijn',
              'Geregistreerd',
            ],
            rows: result.items.map((x) => [
              link(`/projecten/${x.id}`, x.title),
              x.department,
              statusBadge(x),
              x.currentGate ? label(GATE_LABELS, x.currentGate) : '–',
              riskBadge(x.riskLevel),
              x.nextDeadline ? deadline(x.nextDeadline) : '–',
              day(x.registeredAt),
            ]),
          }),
      pages > 1
        ? h(
            'nav',
            { class: 'utrecht-pagination', 'aria-label': 'Paginering' },
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
                    'Vorige',
                  )
                : null,
              h('span', { class: 'wp-pagination__where' }, `Pagina ${page} van ${pages}`),
              page < pages
                ? h(
                    'a',
                    {
                      class: 'utrecht-pagination__relative-link utrecht-pagination__relative-link--next',
                      href: pageHref(page + 1),
                      rel: 'next',
                    },
                    'Volgende',
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
  return h('span', null, moment(iso), late ? [' ', badge('te laat', 'danger')] : null);
}

/** @param {ViewContext} ctx */
export async function registerView(ctx) {
  if (!hasRole(ctx.session, 'case-owner')) {
    return {
      title: 'Project registreren',
      body: [
        heading(1, 'Project registreren'),
        alert('warning', 'Alleen een projectleider (opdrachtgever) registreert projecten.'),
      ],
    };
  }
  // One key per filled-in form: pressing the button twice, or retrying after a network error, registers once.
  const idempotencyKey = crypto.randomUUID();
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'registreren' },
    textField({
      name: 'title',
      label: 'Naam van het project',
      required: true,
      description: 'Tussen 3 en 200 tekens.',
      width: 'lg',
    }),
    textareaField({
      name: 'summary',
      label: 'Korte beschrijving',
      required: true,
      description: 'Wat gaat het project doen, voor wie, en waarom? Minstens 10 tekens.',
      rows: 5,
    }),
    textField({ name: 'department', label: 'Afdeling', required: true, autocomplete: 'organization', width: 'md' }),
    choiceGroup({
      name: 'technologies',
      legend: 'Welke technologie gebruikt het project?',
      description: 'Kies alles wat van toepassing is.',
      type: 'checkbox',
      options: Object.entries(TECHNOLOGY_LABELS).map(([value, text]) => ({ value, label: text })),
    }),
    textField({ name: 'plannedStart', label: 'Geplande startdatum', type: 'date', required: true }),
    actions(button('Project registreren', { type: 'submit' })),
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
    if (body.title.length < 3)
      problems.push({ field: 'title', message: 'Geef het project een naam van minstens 3 tekens.' });
    if (body.summary.length < 10)
      problems.push({ field: 'summary', message: 'Beschrijf het project in minstens 10 tekens.' });
    if (body.department.length < 2) problems.push({ field: 'department', message: 'Vul de afdeling in.' });
    if (body.technologies.length === 0)
      problems.push({ field: 'technologies', message: 'Kies minstens één technologie.' });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(body.plannedStart))
      problems.push({ field: 'plannedStart', message: 'Vul de geplande startdatum in.' });
    if (problems.length) return showFormErrors(form, problems);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      const project = /** @type {Project} */ (
        await api('/api/v1/projects', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } })
      );
      ctx.navigate(`/projecten/${project.id}/taak/answer-quick-scan`, {
        flash: { type: 'ok', text: `Project “${project.title}” is geregistreerd. Vul nu de ethische quickscan in.` },
      });
    } catch (err) {
      setBusy(submit, false);
      showApiError(form, err);
    }
  });
  return {
    title: 'Project registreren',
    body: [
      heading(1, 'Project registreren', { id: 'registreren' }),
      p('Na het registreren vult u de ethische quickscan in. Die bepaalt welke poorten het project doorloopt.'),
      form,
    ],
  };
}
