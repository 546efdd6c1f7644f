/* global CSS, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The portfolio holder's decision and informing the council. */
import { api, ApiError } from '../../api.js';
import { h } from '../../dom.js';
import { ADVICE_KIND_LABELS, ADVICE_VALUE_LABELS, DECISION_LABELS, GATE_LABELS, label } from '../../format.js';
import { RETURNABLE_GATES } from '../../domain/gates.js';
import { t } from '../../i18n.js';
import { alert, button, heading, p } from '../../ui.js';
import {
  actions,
  choiceGroup,
  formValues,
  lines,
  selectField,
  showFormErrors,
  textareaField,
  textField,
} from '../../forms.js';
import { taskForm } from './form.js';

/** @typedef {import('../../../../types/api').Project} Project */
/** @typedef {import('./form.js').Submit} Submit */

/** @param {Project} project @param {Submit} submit */
export function decisionForm(project, submit) {
  const returnTargets = RETURNABLE_GATES.filter(
    (g) => g === 'quick-scan' || project.gates.find((x) => x.gate === g)?.state !== 'not-required',
  );
  const conditions = textareaField({
    name: 'conditions',
    label: t('gateForms.decision.conditions'),
    description: t('gateForms.decision.conditionsHelp'),
  });
  const returnTo = selectField({
    name: 'returnTo',
    label: t('gateForms.decision.returnTo'),
    options: [
      { value: '', label: t('gateForms.decision.chooseGate') },
      ...returnTargets.map((g) => ({ value: g, label: label(GATE_LABELS, g) })),
    ],
  });
  const f = taskForm(
    'besluit-titel',
    t('gateForms.decision.title'),
    [
      choiceGroup({
        name: 'outcome',
        legend: t('gateForms.decision.legend'),
        type: 'radio',
        required: true,
        options: Object.entries(DECISION_LABELS).map(([value, text]) => ({ value, label: text })),
      }),
      conditions,
      returnTo,
      textareaField({
        name: 'rationale',
        label: t('gateForms.decision.rationale'),
        required: true,
        rows: 5,
        description: t('gateForms.decision.rationaleHelp'),
      }),
      project.advices.length
        ? h(
            'div',
            { class: 'wp-advices' },
            heading(3, t('gateForms.decision.complyOrExplain')),
            p(t('gateForms.decision.complyOrExplainText')),
            project.advices.map((a) =>
              h(
                'div',
                { class: 'wp-advice' },
                choiceGroup({
                  name: `advice.${a.id}`,
                  legend: t('gateForms.decision.advice', {
                    kind: label(ADVICE_KIND_LABELS, a.kind),
                    value: label(ADVICE_VALUE_LABELS, a.value),
                  }),
                  description: a.conditions.length
                    ? t('gateForms.decision.adviceConditions', {
                        summary: a.summary ?? '',
                        conditions: a.conditions.join('; '),
                      })
                    : (a.summary ?? ''),
                  type: 'radio',
                  required: true,
                  options: [
                    { value: 'follow', label: t('gateForms.decision.follow') },
                    { value: 'deviate', label: t('gateForms.decision.deviate') },
                  ],
                }),
                textareaField({
                  name: `explanation.${a.id}`,
                  label: t('gateForms.decision.explanation'),
                  rows: 3,
                  description: t('gateForms.decision.explanationHelp'),
                }),
              ),
            ),
          )
        : p(t('gateForms.decision.noAdvices')),
      actions(button(t('gateForms.decision.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const problems = [];
      if (!one.outcome) problems.push({ field: 'outcome', message: t('gateForms.decision.chooseOutcome') });
      const conds = lines(one.conditions);
      if (one.outcome === 'approved-with-conditions' && conds.length === 0)
        problems.push({ field: 'conditions', message: t('gateForms.decision.conditionMissing') });
      if (one.outcome === 'returned' && !one.returnTo)
        problems.push({ field: 'returnTo', message: t('gateForms.decision.returnToMissing') });
      if (!(one.rationale ?? '').trim())
        problems.push({ field: 'rationale', message: t('gateForms.decision.rationaleMissing') });
      const adviceResponses = project.advices.map((a) => ({
        adviceId: a.id,
        response: /** @type {'follow' | 'deviate'} */ (one[`advice.${a.id}`]),
        explanation: (one[`explanation.${a.id}`] ?? '').trim(),
      }));
      for (const r of adviceResponses) {
        if (!r.response)
          problems.push({ field: `advice.${r.adviceId}`, message: t('gateForms.decision.responseMissing') });
        else if (r.response === 'deviate' && !r.explanation)
          problems.push({ field: `explanation.${r.adviceId}`, message: t('gateForms.decision.explanationMissing') });
      }
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'decision', {
        outcome: one.outcome,
        rationale: (one.rationale ?? '').trim(),
        ...(one.outcome === 'approved-with-conditions' ? { conditions: conds } : {}),
        ...(one.outcome === 'returned' ? { returnTo: one.returnTo } : {}),
        adviceResponses,
      });
    },
  );
  const toggle = () => {
    const outcome = formValues(f).one.outcome;
    conditions.hidden = outcome !== 'approved-with-conditions';
    returnTo.hidden = outcome !== 'returned';
    // The explanation is asked for where the decision deviates from an advice.
    for (const a of project.advices) {
      const explanation = /** @type {HTMLElement | null} */ (
        f.querySelector(`[data-field="${CSS.escape(`explanation.${a.id}`)}"]`)
      );
      if (explanation) explanation.hidden = formValues(f).one[`advice.${a.id}`] !== 'deviate';
    }
  };
  f.addEventListener('change', toggle);
  toggle();
  return f;
}

const LETTER_FORMATS = {
  docx: { label: 'Word', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { label: 'PDF', type: 'application/pdf' },
};

/**
 * The draft raadsinformatiebrief, generated from the case in the words of the policy's template: downloaded with the
 * bearer token (a plain link would carry none), then edited and sent by the liaison.
 * @param {Project} project
 */
export function councilLetter(project) {
  const result = h('div', { 'aria-live': 'polite' });
  /** @param {'docx' | 'pdf'} format */
  const download = (format) =>
    button(t('gateForms.councilLetter.download', { format: LETTER_FORMATS[format].label }), {
      variant: 'secondary',
      on: {
        click: async () => {
          result.replaceChildren();
          try {
            const res = /** @type {Response} */ (
              await api(`/api/v1/projects/${project.id}/council-letter?format=${format}`, {
                accept: LETTER_FORMATS[format].type,
                raw: true,
              })
            );
            const named = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
            const url = URL.createObjectURL(await res.blob());
            const a = h('a', {
              href: url,
              download: named?.[1] ?? t('gateForms.councilLetter.fileName', { extension: format }),
              hidden: true,
            });
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          } catch (err) {
            result.replaceChildren(
              alert(
                'error',
                t('gateForms.councilLetter.failed'),
                p(err instanceof ApiError ? (err.problem?.detail ?? err.message) : String(err)),
              ),
            );
          }
        },
      },
    });
  return h(
    'section',
    { class: 'wp-council-letter', 'aria-labelledby': 'raadsbrief-titel' },
    heading(2, t('gateForms.councilLetter.title'), { id: 'raadsbrief-titel' }),
    p(t('gateForms.councilLetter.intro')),
    actions(download('docx'), download('pdf')),
    result,
  );
}

/** @param {Submit} submit */
export function councilForm(submit) {
  const f = taskForm(
    'raad-titel',
    t('gateForms.council.title'),
    [
      selectField({
        name: 'channel',
        label: t('gateForms.council.channel'),
        value: 'raadsinformatiebrief',
        options: [
          { value: 'raadsinformatiebrief', label: t('gateForms.council.channels.raadsinformatiebrief') },
          { value: 'commissievergadering', label: t('gateForms.council.channels.commissievergadering') },
          { value: 'raadsvergadering', label: t('gateForms.council.channels.raadsvergadering') },
          { value: 'other', label: t('gateForms.council.channels.other') },
        ],
      }),
      textField({
        name: 'reference',
        label: t('gateForms.council.reference'),
        required: true,
        description: t('gateForms.council.referenceHelp'),
        width: 'md',
      }),
      textField({ name: 'date', label: t('gateForms.council.date'), type: 'date', required: true }),
      actions(button(t('gateForms.council.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const problems = [];
      if (!(one.reference ?? '').trim())
        problems.push({ field: 'reference', message: t('gateForms.council.referenceMissing') });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(one.date ?? ''))
        problems.push({ field: 'date', message: t('gateForms.council.dateMissing') });
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'council-information', {
        reference: (one.reference ?? '').trim(),
        date: one.date,
        channel: one.channel,
      });
    },
  );
  return f;
}
