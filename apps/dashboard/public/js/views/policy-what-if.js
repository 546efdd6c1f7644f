/* global Blob, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * What a draft policy would do (issue 20), for the CIO office: choose the draft (the YAML or JSON file of a policy
 * version), and see per outcome dimension how the portfolio would shift, which gates would open or close, per
 * department, and each project whose route would change or that needs a new quick-scan. Nothing is stored.
 */
import { api, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { day, GATE_LABELS, label, moment, number, plural, WHAT_IF_VERDICT_LABELS } from '../format.js';
import { actions, setBusy, showApiError, showFormErrors, clearFormErrors, textField } from '../forms.js';
import { alert, button, heading, link, list, p, table } from '../ui.js';
import { hasRole } from '../session.js';
import { parse as parseYaml } from '../vendor/yaml/index.js';
import { activationSection } from './policy-activation-form.js';
import { DIMENSION_LABELS, gateShiftChart, shiftChart, valueLabel } from '../what-if-chart.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../main.js').ViewResult} ViewResult */
/**
 * @typedef {{ projectId: string, title: string, department: string, status: string,
 *   pinned: { id: string, version: number } | null, verdict: string,
 *   changes: Array<{ dimension: string, from: string, to: string }>, rulesNewlyFiring: string[],
 *   rulesNoLongerFiring: string[], gatesOpened: string[], gatesClosed: string[], missingAnswers: string[],
 *   invalidAnswers: Array<{ questionId: string, message: string }>, droppedAnswers: string[] }} WhatIfProject
 * @typedef {{ projects: number, verdicts: Record<string, number>,
 *   transitions: Array<{ dimension: string, from: string, to: string, projects: number }>,
 *   distribution: Record<string, { before: Record<string, number>, after: Record<string, number> }>,
 *   gates: Record<string, { opened: number, closed: number }>,
 *   rules: Array<{ ruleId: string, newlyFiring: number, noLongerFiring: number }>,
 *   departments: Array<{ department: string, projects: number, changed: number, needsNewQuickScan: number,
 *     gatesOpened: number, gatesClosed: number }>,
 *   rulesComingIntoForce?: Array<{ ruleId: string, appliesFrom: string, at: string }> }} WhatIfTotals
 * @typedef {{ draft: { id: string, version: number, title: { nl: string, en: string } }, generatedAt: string,
 *   on?: string, projects: WhatIfProject[], totals: WhatIfTotals }} WhatIfAnswer
 */

/** The rows shown on the page; the CSV has them all. */
const SHOWN = 200;

/** @param {string[]} gates */
const gateNames = (gates) => gates.map((g) => label(GATE_LABELS, g)).join(', ');

/**
 * The draft as the API takes it: JSON as it is, YAML parsed here.
 * @param {File} file
 */
async function readDraft(file) {
  const text = await file.text();
  try {
    return /\.json$/i.test(file.name) ? JSON.parse(text) : parseYaml(text, { strict: true, uniqueKeys: true });
  } catch (err) {
    throw new ApiError(400, {
      title: 'Bestand niet leesbaar',
      detail: `Het bestand is geen geldige ${/\.json$/i.test(file.name) ? 'JSON' : 'YAML'}: ${/** @type {Error} */ (err).message}`,
      errors: [{ field: 'draft', messages: ['Kies een beleidsbestand in YAML of JSON.'] }],
    });
  }
}

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function whatIfView(ctx) {
  const result = h('div', { class: 'wp-what-if__result', 'aria-live': 'polite' });
  const input = h('input', {
    id: 'draft',
    name: 'draft',
    type: 'file',
    accept: '.yaml,.yml,.json,application/json',
    class: 'utrecht-textbox',
    'aria-describedby': 'draft-uitleg',
  });
  const form = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'concept-kiezen' },
    heading(2, 'Concept doorrekenen', { id: 'concept-kiezen' }),
    h(
      'div',
      { class: 'utrecht-form-field wp-field', 'data-field': 'draft' },
      h('label', { class: 'utrecht-form-label', for: 'draft' }, 'Conceptbeleid (YAML of JSON)'),
      h(
        'p',
        { class: 'utrecht-form-field-description', id: 'draft-uitleg' },
        'Hetzelfde bestand als policy/waardenpoort-policy.v1.yaml, met uw wijzigingen. Het wordt gecontroleerd als iedere versie en niet opgeslagen.',
      ),
      input,
    ),
    textField({
      name: 'on',
      type: 'date',
      label: 'Op datum (optioneel)',
      description:
        'Reken door zoals het concept op die dag geldt: een regel met een latere ingangsdatum (appliesFrom) telt dan nog niet mee. Leeg: vandaag.',
      width: 'sm',
    }),
    actions(button('Doorrekenen', { type: 'submit', class: 'wp-what-if__run' })),
  );
  const onInput = /** @type {HTMLInputElement} */ (form.querySelector('input[name=on]'));
  /** @type {unknown} */
  let draft = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const file = /** @type {HTMLInputElement} */ (input).files?.[0];
    if (!file) return showFormErrors(form, [{ field: 'draft', message: 'Kies een conceptbeleid.' }]);
    const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      draft = await readDraft(file);
      const query = onInput.value ? `?on=${encodeURIComponent(onInput.value)}` : '';
      const answer = /** @type {WhatIfAnswer} */ (
        await api(`/api/v1/policy/what-if${query}`, { method: 'POST', body: draft })
      );
      // The CIO office activates the draft it has just seen the effect of (the what-if is theirs alone today).
      const activation = hasRole(ctx.session, 'cio-office')
        ? await activationSection(answer, draft, onInput.value, ctx)
        : null;
      replace(result, ...resultView(answer, draft, onInput.value), activation);
      result.querySelector('h2')?.focus();
    } catch (err) {
      replace(result);
      // A refused draft names each problem by its place in the document: shown at the file field, with that place.
      if (err instanceof ApiError && err.problem?.errors) {
        for (const e of err.problem.errors)
          if (e.field.startsWith('/')) e.messages = e.messages.map((m) => `${e.field}: ${m}`);
      }
      showApiError(form, err, (f) => (f.startsWith('/') ? 'draft' : f));
    } finally {
      setBusy(submit, false);
    }
  });
  return {
    title: 'Wat als: een conceptbeleid doorrekenen',
    body: [
      heading(1, 'Wat als: een conceptbeleid doorrekenen'),
      p(
        'Zie vooraf wat een nieuwe beleidsversie met de lopende projecten zou doen: de laatste quickscan van ieder project wordt onder het concept opnieuw beoordeeld. Een vraag die het concept stelt en die een project nooit beantwoordde, wordt niet geraden: dat project heeft een nieuwe quickscan nodig.',
      ),
      form,
      result,
    ],
  };
}

/** @param {WhatIfAnswer} a @param {unknown} draft @param {string} on the day asked for, or '' for today */
function resultView(a, draft, on) {
  const t = a.totals;
  const v = (/** @type {string} */ k) => number(t.verdicts[k] ?? 0);
  const coming = t.rulesComingIntoForce ?? [];
  return [
    heading(2, `Versie ${a.draft.version}: ${a.draft.title.nl}`, { tabindex: '-1' }),
    p(`Doorgerekend op ${on ? `${day(on)} (vanaf het begin van die dag)` : `${moment(a.on ?? a.generatedAt)} (nu)`}.`),
    ...(coming.length === 0
      ? []
      : [
          alert(
            'info',
            `${plural(coming.length, 'regel gaat', 'regels gaan')} later in; die tellen hier nog niet mee`,
            list(coming.map((r) => `${r.ruleId}: vanaf ${moment(r.at)}`)),
          ),
        ]),
    alert(
      (t.verdicts.changed ?? 0) + (t.verdicts['needs-new-quick-scan'] ?? 0) > 0 ? 'warning' : 'ok',
      `${plural(t.projects, 'project', 'projecten')} doorgerekend`,
      p(
        `${v('changed')} met een andere route, ${v('reasons-changed')} met andere redenen voor dezelfde route, ${v('needs-new-quick-scan')} hebben een nieuwe quickscan nodig, ${v('unchanged')} ongewijzigd, ${v('no-quick-scan')} nog zonder quickscan.`,
      ),
    ),
    heading(3, 'Verschuiving per uitkomst'),
    shiftChart(t),
    table({
      caption: 'Projecten die van uitkomst veranderen',
      head: ['Uitkomst', 'Van', 'Naar', 'Projecten'],
      numeric: [3],
      rows: t.transitions.map((x) => [
        DIMENSION_LABELS[x.dimension] ?? x.dimension,
        valueLabel(x.from),
        valueLabel(x.to),
        number(x.projects),
      ]),
    }),
    heading(3, 'Fasen'),
    gateShiftChart(t, Object.fromEntries(Object.keys(t.gates).map((g) => [g, label(GATE_LABELS, g)]))),
    heading(3, 'Per afdeling'),
    table({
      caption: 'Gevolgen per afdeling',
      head: ['Afdeling', 'Projecten', 'Andere route', 'Nieuwe quickscan', 'Fasen erbij', 'Fasen eraf'],
      numeric: [1, 2, 3, 4, 5],
      rows: t.departments.map((d) => [
        d.department,
        number(d.projects),
        number(d.changed),
        number(d.needsNewQuickScan),
        number(d.gatesOpened),
        number(d.gatesClosed),
      ]),
    }),
    heading(3, 'Projecten'),
    a.projects.length === 0
      ? p('Geen project krijgt een andere route.')
      : table({
          caption:
            a.projects.length > SHOWN
              ? `De eerste ${number(SHOWN)} van ${number(a.projects.length)} projecten; de CSV heeft ze allemaal`
              : 'Projecten met een andere route of zonder volledige quickscan',
          head: [
            'Project',
            'Afdeling',
            'Gevolg',
            'Uitkomst van → naar',
            'Fasen erbij',
            'Fasen eraf',
            'Ontbrekende antwoorden',
          ],
          rows: a.projects
            .slice(0, SHOWN)
            .map((x) => [
              link(`/projecten/${x.projectId}`, x.title),
              x.department,
              label(WHAT_IF_VERDICT_LABELS, x.verdict),
              x.changes
                .map(
                  (c) => `${DIMENSION_LABELS[c.dimension] ?? c.dimension}: ${valueLabel(c.from)} → ${valueLabel(c.to)}`,
                )
                .join('; '),
              gateNames(x.gatesOpened),
              gateNames(x.gatesClosed),
              [...x.missingAnswers, ...x.invalidAnswers.map((i) => i.questionId)].join(', '),
            ]),
        }),
    actions(csvButton(draft, a.draft.version, on)),
  ];
}

/** The CSV needs the bearer token, so it is fetched and handed to the browser as a file. */
function csvButton(/** @type {unknown} */ draft, /** @type {number} */ version, /** @type {string} */ on) {
  const btn = button('Alle projecten als CSV', { variant: 'secondary', class: 'wp-export-csv' });
  btn.addEventListener('click', async () => {
    const query = `?format=csv${on ? `&on=${encodeURIComponent(on)}` : ''}`;
    const body = /** @type {string} */ (
      await api(`/api/v1/policy/what-if${query}`, { method: 'POST', body: draft, accept: 'text/csv' })
    );
    const url = URL.createObjectURL(new Blob([body], { type: 'text/csv' }));
    const a = h('a', { href: url, download: `waardenpoort-wat-als-v${version}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
  return btn;
}
