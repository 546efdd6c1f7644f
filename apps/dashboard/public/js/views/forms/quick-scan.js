/**
 * The quick-scan questionnaire, generated from the policy the project is pinned to, with its follow-up questions
 * appearing as the answers call for them.
 */
import { api } from '../../api.js';
import { h } from '../../dom.js';
import { counted, number } from '../../format.js';
import { language, t } from '../../i18n.js';
import { answerProblem, resolve } from '../../questionnaire.js';
import { alert, button, heading, p } from '../../ui.js';
import {
  actions,
  checkboxField,
  choiceGroup,
  clearFormErrors,
  formValues,
  showApiError,
  showFormErrors,
  textField,
} from '../../forms.js';
import { routeSection } from '../route.js';
import { taskForm } from './form.js';

/** @typedef {import('../../../../types/api').Project} Project */
/** @typedef {import('../../../../types/api').StoredPolicy} StoredPolicy */
/** @typedef {import('../../../../types/api').Question} Question */
/** @typedef {import('../../../../types/api').AnswerValue} AnswerValue */
/** @typedef {import('../../../../types/api').Outcome} Outcome */
/** @typedef {import('./form.js').Submit} Submit */

/**
 * @param {Project} project
 * @param {Submit} submit
 */
export async function quickScanForm(project, submit) {
  const stored = /** @type {StoredPolicy} */ (
    await api(project.policy ? `/api/v1/policy/versions/${project.policy.version}` : '/api/v1/policy')
  );
  const policy = stored.policy;
  const questions = policy.questionnaire.questions;
  const sections = [
    ...policy.questionnaire.sections.map((section) => ({ id: section.id, title: section.title[language] })),
    { id: '', title: t('gateForms.quickScan.otherQuestions') },
  ];
  const status = h('p', { class: 'utrecht-paragraph wp-visually-hidden', role: 'status' });
  const preview = h('div', { class: 'wp-preview', 'aria-live': 'polite' });

  const f = taskForm(
    'quickscan-titel',
    t('gateForms.quickScan.title'),
    [
      p(t('gateForms.quickScan.policy', { title: stored.title[language], version: stored.version })),
      sections.map((section) => {
        const own = questions.filter((q) => (q.section ?? '') === section.id);
        if (own.length === 0) return null;
        return h(
          'section',
          {
            class: 'wp-question-section',
            dataset: { section: section.id },
            'aria-labelledby': `sectie-${section.id || 'overig'}`,
          },
          heading(3, section.title, { id: `sectie-${section.id || 'overig'}` }),
          own.map((q) => questionField(q)),
        );
      }),
      checkboxField({
        name: 'dpiaOptIn',
        label: t('gateForms.quickScan.dpiaOptIn'),
        description: t('gateForms.quickScan.dpiaOptInHelp'),
      }),
      status,
      actions(
        button(t('gateForms.quickScan.submit'), { type: 'submit' }),
        button(t('gateForms.quickScan.preview'), { variant: 'secondary', class: 'wp-preview-button' }),
      ),
      preview,
    ],
    () => {
      const { answers, problems } = check();
      if (problems.length) return showFormErrors(f, problems, t('gateForms.quickScan.answerAll'));
      void submit(f, 'quick-scan', { answers, dpiaOptIn: formValues(f).one.dpiaOptIn === 'true' }, fieldFor);
    },
  );

  /** @returns {Record<string, AnswerValue | undefined>} */
  const given = () => {
    const { one, many } = formValues(f);
    /** @type {Record<string, AnswerValue | undefined>} */
    const out = {};
    for (const q of questions) {
      const v = one[q.id];
      if (q.type === 'boolean') out[q.id] = v === 'true' ? true : v === 'false' ? false : undefined;
      else if (q.type === 'one-of') out[q.id] = v;
      else if (q.type === 'many-of') out[q.id] = many[q.id] ?? [];
      else out[q.id] = v === undefined || v.trim() === '' ? undefined : Number(v.replace(',', '.'));
    }
    return out;
  };
  let shownBefore = new Set(questions.filter((q) => q.showIf === undefined).map((q) => q.id));
  const update = () => {
    const { shown } = resolve(policy, given());
    for (const el of f.querySelectorAll('[data-question]')) {
      /** @type {HTMLElement} */ (el).hidden = !shown.has(/** @type {HTMLElement} */ (el).dataset.question ?? '');
    }
    for (const el of f.querySelectorAll('[data-section]')) {
      const sec = /** @type {HTMLElement} */ (el);
      sec.hidden = ![...sec.querySelectorAll('[data-question]')].some((q) => !(/** @type {HTMLElement} */ (q).hidden));
    }
    const appeared = [...shown].filter((x) => !shownBefore.has(x)).length;
    const gone = [...shownBefore].filter((x) => !shown.has(x)).length;
    if (appeared || gone) {
      status.textContent = [
        appeared ? counted('gateForms.quickScan.appeared', appeared) : '',
        gone ? counted('gateForms.quickScan.gone', gone) : '',
      ]
        .filter(Boolean)
        .join(', ');
    }
    shownBefore = shown;
  };
  f.addEventListener('change', update);
  f.addEventListener('input', update);
  update();

  /** @returns {{ answers: Record<string, AnswerValue>, problems: Array<{ field: string, message: string, summary: string }> }} */
  const check = () => {
    const values = given();
    const { shown } = resolve(policy, values);
    const problems = [];
    /** @type {Record<string, AnswerValue>} */
    const answers = {};
    for (const q of questions) {
      if (!shown.has(q.id)) continue;
      const problem = answerProblem(q, values[q.id]);
      if (problem)
        problems.push({
          field: q.id,
          message: problem,
          summary: t('gateForms.quickScan.problem', { question: q.text[language], problem }),
        });
      else answers[q.id] = /** @type {AnswerValue} */ (values[q.id]);
    }
    return { answers, problems };
  };
  /** @param {string} field */
  const fieldFor = (field) => (field.startsWith('answers.') ? field.slice(8) : field);

  /** @type {HTMLButtonElement} */ (f.querySelector('.wp-preview-button')).addEventListener('click', async () => {
    clearFormErrors(f);
    const { answers, problems } = check();
    if (problems.length) return showFormErrors(f, problems, t('gateForms.quickScan.answerAll'));
    try {
      const outcome = /** @type {Outcome} */ (
        await api('/api/v1/quick-scan/evaluate', { method: 'POST', body: { answers, policyVersion: stored.version } })
      );
      preview.replaceChildren(
        alert('info', t('gateForms.quickScan.trial')),
        routeSection(outcome, null, t('gateForms.quickScan.outcome')),
      );
    } catch (err) {
      showApiError(f, err, fieldFor);
    }
  });
  return [f];
}

/** @param {Question} q */
function questionField(q) {
  /** @type {HTMLElement} */
  let field;
  if (q.type === 'boolean') {
    field = choiceGroup({
      name: q.id,
      legend: q.text[language],
      description: q.help[language],
      type: 'radio',
      required: true,
      options: [
        { value: 'true', label: t('common.yes') },
        { value: 'false', label: t('common.no') },
      ],
    });
  } else if (q.type === 'one-of' || q.type === 'many-of') {
    field = choiceGroup({
      name: q.id,
      legend: q.text[language],
      description: q.help[language],
      type: q.type === 'one-of' ? 'radio' : 'checkbox',
      required: q.type === 'one-of',
      options: (q.options ?? []).map((o) => ({
        value: o.value,
        label: o.label[language],
        description: o.help?.[language],
      })),
    });
  } else {
    const help = q.help[language];
    const min = q.min !== undefined ? number(q.min) : undefined;
    const max = q.max !== undefined ? number(q.max) : undefined;
    const bounds =
      min !== undefined && max !== undefined
        ? t('gateForms.quickScan.number.between', { min, max })
        : min !== undefined
          ? t('gateForms.quickScan.number.atLeast', { min })
          : max !== undefined
            ? t('gateForms.quickScan.number.atMost', { max })
            : '';
    const unit = q.unit?.[language];
    field = textField({
      name: q.id,
      label: q.text[language],
      description: unit
        ? bounds
          ? t('gateForms.quickScan.number.unitAndBounds', { help, unit, bounds })
          : t('gateForms.quickScan.number.unit', { help, unit })
        : bounds
          ? t('gateForms.quickScan.number.bounds', { help, bounds })
          : help,
      type: 'number',
      inputmode: q.integer ? 'numeric' : 'decimal',
      min: q.min,
      max: q.max,
      step: q.integer ? 1 : 'any',
      required: true,
      width: 'sm',
    });
  }
  field.dataset.question = q.id;
  field.classList.add('wp-question');
  return field;
}
