/* global crypto -- a browser global; tsc (apps/dashboard/tsconfig.json) checks its use */
/** The DPIA gate's forms: the DPIA, the DPO's advice, the prior consultation of the DPA. */
import { ADVICE_VALUE_LABELS, DPO_ADVICE_LABELS, moment } from '../../format.js';
import { t } from '../../i18n.js';
import { button, p } from '../../ui.js';
import { actions, choiceGroup, lines, showFormErrors, textareaField, textField } from '../../forms.js';
import { SHA256_HEX } from '../../domain/project.js';
import { taskForm } from './form.js';

/** @typedef {import('../../../../types/api').Project} Project */
/** @typedef {import('./form.js').Submit} Submit */

/** @param {Submit} submit */
export function dpiaForm(submit) {
  const hash = textField({
    name: 'document.sha256',
    label: t('gateForms.dpia.sha256'),
    required: true,
    description: t('gateForms.dpia.sha256Help'),
    width: 'lg',
    autocomplete: 'off',
  });
  const file = textField({ name: 'bestand', label: t('gateForms.dpia.file'), type: 'file' });
  const f = taskForm(
    'dpia-titel',
    t('gateForms.dpia.title'),
    [
      p(t('gateForms.dpia.intro')),
      textField({
        name: 'document.reference',
        label: t('gateForms.dpia.reference'),
        required: true,
        description: t('gateForms.dpia.referenceHelp'),
        width: 'lg',
      }),
      textField({ name: 'document.title', label: t('gateForms.dpia.documentTitle'), width: 'lg' }),
      textField({
        name: 'document.publicUrl',
        label: t('gateForms.dpia.publicUrl'),
        description: t('gateForms.dpia.publicUrlHelp'),
        width: 'lg',
        type: 'url',
        autocomplete: 'off',
      }),
      file,
      hash,
      textareaField({
        name: 'elements.description',
        label: t('gateForms.dpia.elements.description'),
        required: true,
      }),
      textareaField({ name: 'elements.necessity', label: t('gateForms.dpia.elements.necessity'), required: true }),
      textareaField({
        name: 'elements.risks',
        label: t('gateForms.dpia.elements.risks'),
        required: true,
      }),
      textareaField({
        name: 'elements.measures',
        label: t('gateForms.dpia.elements.measures'),
        required: true,
      }),
      actions(button(t('gateForms.dpia.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const v = (/** @type {string} */ k) => (one[k] ?? '').trim();
      const problems = [];
      if (!v('document.reference'))
        problems.push({ field: 'document.reference', message: t('gateForms.dpia.problems.reference') });
      if (!SHA256_HEX.test(v('document.sha256').toLowerCase()))
        problems.push({ field: 'document.sha256', message: t('gateForms.dpia.problems.sha256') });
      for (const [k, m] of [
        ['elements.description', t('gateForms.dpia.problems.description')],
        ['elements.necessity', t('gateForms.dpia.problems.necessity')],
        ['elements.risks', t('gateForms.dpia.problems.risks')],
        ['elements.measures', t('gateForms.dpia.problems.measures')],
      ]) {
        if (!v(k)) problems.push({ field: k, message: m });
      }
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'dpia', {
        document: {
          reference: v('document.reference'),
          sha256: v('document.sha256').toLowerCase(),
          ...(v('document.title') ? { title: v('document.title') } : {}),
          ...(v('document.publicUrl') ? { publicUrl: v('document.publicUrl') } : {}),
        },
        elements: {
          description: v('elements.description'),
          necessity: v('elements.necessity'),
          risks: v('elements.risks'),
          measures: v('elements.measures'),
        },
      });
    },
  );
  const fileInput = /** @type {HTMLInputElement} */ (file.querySelector('input'));
  fileInput.classList.add('wp-file');
  fileInput.addEventListener('change', async () => {
    const chosen = fileInput.files?.[0];
    const hashInput = /** @type {HTMLInputElement} */ (hash.querySelector('input'));
    if (!chosen) return;
    if (!globalThis.crypto?.subtle) {
      hashInput.focus();
      return;
    }
    const digest = await crypto.subtle.digest('SHA-256', await chosen.arrayBuffer());
    hashInput.value = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const titleInput = /** @type {HTMLInputElement} */ (f.querySelector('[name="document.title"]'));
    if (!titleInput.value) titleInput.value = chosen.name;
  });
  return f;
}

/** @param {Submit} submit */
export function dpoAdviceForm(submit) {
  const f = taskForm(
    'advies-titel',
    t('gateForms.dpoAdvice.title'),
    [
      choiceGroup({
        name: 'advice',
        legend: t('gateForms.dpoAdvice.legend'),
        type: 'radio',
        required: true,
        options: Object.entries(DPO_ADVICE_LABELS).map(([value, text]) => ({ value, label: text })),
      }),
      textareaField({
        name: 'conditions',
        label: t('gateForms.dpoAdvice.conditions'),
        description: t('gateForms.dpoAdvice.conditionsHelp'),
      }),
      textareaField({ name: 'summary', label: t('gateForms.dpoAdvice.summary'), required: true, rows: 5 }),
      choiceGroup({
        name: 'priorConsultationRequired',
        legend: t('gateForms.dpoAdvice.priorConsultation'),
        type: 'radio',
        required: true,
        value: 'false',
        options: [
          { value: 'true', label: t('gateForms.dpoAdvice.priorConsultationYes') },
          { value: 'false', label: t('common.no') },
        ],
      }),
      actions(button(t('gateForms.dpoAdvice.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const conditions = lines(one.conditions);
      const problems = [];
      if (!one.advice) problems.push({ field: 'advice', message: t('gateForms.dpoAdvice.chooseAdvice') });
      if (one.advice === 'positive-with-conditions' && conditions.length === 0)
        problems.push({ field: 'conditions', message: t('gateForms.dpoAdvice.conditionMissing') });
      if (!(one.summary ?? '').trim())
        problems.push({ field: 'summary', message: t('gateForms.dpoAdvice.summaryMissing') });
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'dpia/advice', {
        advice: one.advice,
        conditions,
        summary: (one.summary ?? '').trim(),
        priorConsultationRequired: one.priorConsultationRequired === 'true',
      });
    },
  );
  return f;
}

/** @param {Project} project @param {Submit} submit */
export function priorConsultationForms(project, submit) {
  const pc = project.priorConsultation;
  const info = pc
    ? p(
        t(pc.extended ? 'gateForms.priorConsultation.startedExtended' : 'gateForms.priorConsultation.started', {
          started: moment(pc.startedAt),
          due: moment(pc.dueAt),
        }),
      )
    : null;
  const answer = taskForm(
    'ap-antwoord',
    t('gateForms.priorConsultation.answerTitle'),
    [
      choiceGroup({
        name: 'answer.outcome',
        legend: t('gateForms.priorConsultation.answer'),
        type: 'radio',
        required: true,
        options: ['no-objection', 'advice', 'objection'].map((value) => ({
          value,
          label: ADVICE_VALUE_LABELS[value],
        })),
      }),
      textField({
        name: 'answer.reference',
        label: t('gateForms.priorConsultation.reference'),
        required: true,
        width: 'md',
      }),
      textareaField({ name: 'answer.summary', label: t('gateForms.priorConsultation.summary'), required: true }),
      actions(button(t('gateForms.priorConsultation.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const problems = [];
      if (!one['answer.outcome'])
        problems.push({ field: 'answer.outcome', message: t('gateForms.priorConsultation.chooseAnswer') });
      if (!(one['answer.reference'] ?? '').trim())
        problems.push({ field: 'answer.reference', message: t('gateForms.priorConsultation.referenceMissing') });
      if (!(one['answer.summary'] ?? '').trim())
        problems.push({ field: 'answer.summary', message: t('gateForms.priorConsultation.summaryMissing') });
      if (problems.length) return showFormErrors(answer, problems);
      void submit(answer, 'dpia/prior-consultation', {
        answer: {
          outcome: one['answer.outcome'],
          reference: (one['answer.reference'] ?? '').trim(),
          summary: (one['answer.summary'] ?? '').trim(),
        },
      });
    },
  );
  const extend = taskForm(
    'ap-verlenging',
    t('gateForms.priorConsultation.extendTitle'),
    [
      p(t('gateForms.priorConsultation.extendText')),
      actions(
        button(t('gateForms.priorConsultation.extend'), {
          type: 'submit',
          variant: 'secondary',
          disabled: pc?.extended ?? false,
        }),
      ),
    ],
    () => {
      void submit(extend, 'dpia/prior-consultation', { extend: true });
    },
  );
  return [info, answer, extend].filter((x) => x !== null);
}
