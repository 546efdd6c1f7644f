/* global Blob, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * What a draft policy would do (issue 20), for the CIO office: choose the draft (the YAML or JSON file of a policy
 * version), and see per outcome dimension how the portfolio would shift, which gates would open or close, per
 * department, and each project whose route would change or that needs a new quick-scan. Nothing is stored.
 */
import { api, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { counted, day, GATE_LABELS, label, moment, number, WHAT_IF_VERDICT_LABELS } from '../format.js';
import { actions, setBusy, showApiError, showFormErrors, clearFormErrors, textField } from '../forms.js';
import { alert, button, heading, link, list, p, table } from '../ui.js';
import { language, t } from '../i18n.js';
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
      title: t('policy.whatIf.form.unreadable'),
      detail: t('policy.whatIf.form.invalidFile', {
        format: /\.json$/i.test(file.name) ? 'JSON' : 'YAML',
        message: /** @type {Error} */ (err).message,
      }),
      errors: [{ field: 'draft', messages: [t('policy.whatIf.form.chooseFile')] }],
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
    heading(2, t('policy.whatIf.form.heading'), { id: 'concept-kiezen' }),
    h(
      'div',
      { class: 'utrecht-form-field wp-field', 'data-field': 'draft' },
      h('label', { class: 'utrecht-form-label', for: 'draft' }, t('policy.whatIf.form.draft')),
      h('p', { class: 'utrecht-form-field-description', id: 'draft-uitleg' }, t('policy.whatIf.form.draftDescription')),
      input,
    ),
    textField({
      name: 'on',
      type: 'date',
      label: t('policy.whatIf.form.on'),
      description: t('policy.whatIf.form.onDescription'),
      width: 'sm',
    }),
    actions(button(t('policy.whatIf.form.run'), { type: 'submit', class: 'wp-what-if__run' })),
  );
  const onInput = /** @type {HTMLInputElement} */ (form.querySelector('input[name=on]'));
  /** @type {unknown} */
  let draft = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const file = /** @type {HTMLInputElement} */ (input).files?.[0];
    if (!file) return showFormErrors(form, [{ field: 'draft', message: t('policy.whatIf.form.noDraft') }]);
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
    title: t('policy.whatIf.title'),
    body: [heading(1, t('policy.whatIf.title')), p(t('policy.whatIf.intro')), form, result],
  };
}

/** @param {WhatIfAnswer} a @param {unknown} draft @param {string} on the day asked for, or '' for today */
function resultView(a, draft, on) {
  const totals = a.totals;
  const v = (/** @type {string} */ k) => number(totals.verdicts[k] ?? 0);
  const coming = totals.rulesComingIntoForce ?? [];
  return [
    heading(
      2,
      t('policy.whatIf.result.heading', {
        version: a.draft.version,
        title: a.draft.title[language] || a.draft.title.nl,
      }),
      {
        tabindex: '-1',
      },
    ),
    p(
      on
        ? t('policy.whatIf.result.calculatedOnDay', { day: day(on) })
        : t('policy.whatIf.result.calculatedNow', { moment: moment(a.on ?? a.generatedAt) }),
    ),
    ...(coming.length === 0
      ? []
      : [
          alert(
            'info',
            counted('policy.whatIf.result.rulesLater', coming.length),
            list(coming.map((r) => t('policy.whatIf.result.ruleFrom', { rule: r.ruleId, moment: moment(r.at) }))),
          ),
        ]),
    alert(
      (totals.verdicts.changed ?? 0) + (totals.verdicts['needs-new-quick-scan'] ?? 0) > 0 ? 'warning' : 'ok',
      counted('policy.whatIf.result.calculated', totals.projects),
      p(
        t('policy.whatIf.result.tally', {
          changed: v('changed'),
          reasonsChanged: v('reasons-changed'),
          needsNewQuickScan: v('needs-new-quick-scan'),
          unchanged: v('unchanged'),
          noQuickScan: v('no-quick-scan'),
        }),
      ),
    ),
    heading(3, t('policy.whatIf.result.shiftHeading')),
    shiftChart(totals),
    table({
      caption: t('policy.whatIf.result.transitionsCaption'),
      head: [
        t('policy.whatIf.result.outcome'),
        t('policy.whatIf.result.from'),
        t('policy.whatIf.result.to'),
        t('policy.shared.projects'),
      ],
      numeric: [3],
      rows: totals.transitions.map((x) => [
        DIMENSION_LABELS[x.dimension] ?? x.dimension,
        valueLabel(x.from),
        valueLabel(x.to),
        number(x.projects),
      ]),
    }),
    heading(3, t('policy.whatIf.result.gatesHeading')),
    gateShiftChart(totals, Object.fromEntries(Object.keys(totals.gates).map((g) => [g, label(GATE_LABELS, g)]))),
    heading(3, t('policy.whatIf.result.departmentsHeading')),
    table({
      caption: t('policy.whatIf.result.departmentsCaption'),
      head: [
        t('policy.shared.department'),
        t('policy.shared.projects'),
        t('policy.whatIf.result.differentRoute'),
        t('policy.whatIf.result.newQuickScan'),
        t('policy.whatIf.result.gatesOpened'),
        t('policy.whatIf.result.gatesClosed'),
      ],
      numeric: [1, 2, 3, 4, 5],
      rows: totals.departments.map((d) => [
        d.department,
        number(d.projects),
        number(d.changed),
        number(d.needsNewQuickScan),
        number(d.gatesOpened),
        number(d.gatesClosed),
      ]),
    }),
    heading(3, t('policy.shared.projects')),
    a.projects.length === 0
      ? p(t('policy.whatIf.result.noneChanged'))
      : table({
          caption:
            a.projects.length > SHOWN
              ? t('policy.whatIf.result.projectsCaptionFirst', {
                  shown: number(SHOWN),
                  total: number(a.projects.length),
                })
              : t('policy.whatIf.result.projectsCaption'),
          head: [
            t('policy.shared.project'),
            t('policy.shared.department'),
            t('policy.shared.verdict'),
            t('policy.whatIf.result.outcomeFromTo'),
            t('policy.whatIf.result.gatesOpened'),
            t('policy.whatIf.result.gatesClosed'),
            t('policy.whatIf.result.missingAnswers'),
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
  const btn = button(t('policy.shared.allAsCsv'), { variant: 'secondary', class: 'wp-export-csv' });
  btn.addEventListener('click', async () => {
    const query = `?format=csv&lang=${language}${on ? `&on=${encodeURIComponent(on)}` : ''}`;
    const body = /** @type {string} */ (
      await api(`/api/v1/policy/what-if${query}`, { method: 'POST', body: draft, accept: 'text/csv' })
    );
    const url = URL.createObjectURL(new Blob([body], { type: 'text/csv' }));
    const a = h('a', { href: url, download: t('policy.whatIf.result.csvFile', { version }) });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
  return btn;
}
