/* global CSS, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The portfolio holder's decision and informing the council. */
import { api, ApiError } from '../../api.js';
import { h } from '../../dom.js';
import { ADVICE_KIND_LABELS, ADVICE_VALUE_LABELS, DECISION_LABELS, GATE_LABELS, label } from '../../format.js';
import { RETURNABLE_GATES } from '../../domain/gates.js';
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
    label: 'Voorwaarden',
    description: 'Eén voorwaarde per regel.',
  });
  const returnTo = selectField({
    name: 'returnTo',
    label: 'Terugsturen naar',
    options: [
      { value: '', label: 'Kies een poort' },
      ...returnTargets.map((g) => ({ value: g, label: label(GATE_LABELS, g) })),
    ],
  });
  const f = taskForm(
    'besluit-titel',
    'Besluit',
    [
      choiceGroup({
        name: 'outcome',
        legend: 'Uw besluit',
        type: 'radio',
        required: true,
        options: Object.entries(DECISION_LABELS).map(([value, text]) => ({ value, label: text })),
      }),
      conditions,
      returnTo,
      textareaField({
        name: 'rationale',
        label: 'Motivering',
        required: true,
        rows: 5,
        description: 'Waarom dit besluit? De motivering is verplicht en komt in het dossier.',
      }),
      project.advices.length
        ? h(
            'div',
            { class: 'wp-advices' },
            heading(3, 'Pas toe of leg uit'),
            p('Geef bij elk advies aan of u het opvolgt. Wijkt u af, leg dan uit waarom.'),
            project.advices.map((a) =>
              h(
                'div',
                { class: 'wp-advice' },
                choiceGroup({
                  name: `advice.${a.id}`,
                  legend: `${label(ADVICE_KIND_LABELS, a.kind)}: ${label(ADVICE_VALUE_LABELS, a.value)}`,
                  description: [
                    a.summary ?? '',
                    a.conditions.length ? ` Voorwaarden of aanbevelingen: ${a.conditions.join('; ')}.` : '',
                  ].join(''),
                  type: 'radio',
                  required: true,
                  options: [
                    { value: 'follow', label: 'Ik volg dit advies' },
                    { value: 'deviate', label: 'Ik wijk af van dit advies' },
                  ],
                }),
                textareaField({
                  name: `explanation.${a.id}`,
                  label: 'Uitleg bij afwijken',
                  rows: 3,
                  description: 'Waarom volgt u dit advies niet?',
                }),
              ),
            ),
          )
        : p('Er zijn geen adviezen waarop het besluit moet reageren.'),
      actions(button('Besluit vastleggen', { type: 'submit' })),
    ],
    ({ one }) => {
      const problems = [];
      if (!one.outcome) problems.push({ field: 'outcome', message: 'Kies uw besluit.' });
      const conds = lines(one.conditions);
      if (one.outcome === 'approved-with-conditions' && conds.length === 0)
        problems.push({ field: 'conditions', message: 'Noem minstens één voorwaarde.' });
      if (one.outcome === 'returned' && !one.returnTo)
        problems.push({ field: 'returnTo', message: 'Kies naar welke poort het project teruggaat.' });
      if (!(one.rationale ?? '').trim()) problems.push({ field: 'rationale', message: 'Motiveer het besluit.' });
      const adviceResponses = project.advices.map((a) => ({
        adviceId: a.id,
        response: /** @type {'follow' | 'deviate'} */ (one[`advice.${a.id}`]),
        explanation: (one[`explanation.${a.id}`] ?? '').trim(),
      }));
      for (const r of adviceResponses) {
        if (!r.response) problems.push({ field: `advice.${r.adviceId}`, message: 'Geef aan of u dit advies opvolgt.' });
        else if (r.response === 'deviate' && !r.explanation)
          problems.push({ field: `explanation.${r.adviceId}`, message: 'Leg uit waarom u afwijkt van dit advies.' });
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
    button(`Concept downloaden (${LETTER_FORMATS[format].label})`, {
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
            const a = h('a', { href: url, download: named?.[1] ?? `raadsinformatiebrief.${format}`, hidden: true });
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          } catch (err) {
            result.replaceChildren(
              alert(
                'error',
                'De conceptbrief kon niet worden gemaakt.',
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
    heading(2, 'Conceptbrief voor de raad', { id: 'raadsbrief-titel' }),
    p(
      'Waardenpoort stelt een concept-raadsinformatiebrief op uit het dossier: het project, de route en waarom, de ' +
        'adviezen en hoe het besluit daarop antwoordt, het besluit en de voorwaarden. Controleer en vul het concept ' +
        'aan, verstuur de brief en leg daarna hieronder het kenmerk en de datum vast.',
    ),
    actions(download('docx'), download('pdf')),
    result,
  );
}

/** @param {Submit} submit */
export function councilForm(submit) {
  const f = taskForm(
    'raad-titel',
    'Hoe is de raad geïnformeerd?',
    [
      selectField({
        name: 'channel',
        label: 'Via',
        value: 'raadsinformatiebrief',
        options: [
          { value: 'raadsinformatiebrief', label: 'Raadsinformatiebrief' },
          { value: 'commissievergadering', label: 'Commissievergadering' },
          { value: 'raadsvergadering', label: 'Raadsvergadering' },
          { value: 'other', label: 'Anders' },
        ],
      }),
      textField({
        name: 'reference',
        label: 'Kenmerk',
        required: true,
        description: 'Bijvoorbeeld RIB-2027-031.',
        width: 'md',
      }),
      textField({ name: 'date', label: 'Datum', type: 'date', required: true }),
      actions(button('Vastleggen', { type: 'submit' })),
    ],
    ({ one }) => {
      const problems = [];
      if (!(one.reference ?? '').trim()) problems.push({ field: 'reference', message: 'Vul het kenmerk in.' });
      if (!/^\d{4}-\d{2}-\d{2}$/.test(one.date ?? '')) problems.push({ field: 'date', message: 'Vul de datum in.' });
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
