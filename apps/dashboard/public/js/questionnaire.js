/**
 * Which quick-scan questions to show, worked out by the domain's own rules (libs/domain/src/policy/answers.ts and
 * conditions.ts, compiled for the browser into ./domain/): questions in order; a question is shown when its
 * `showIf` holds over the answers to the questions before it. Only the wording of a problem, in the page's language
 * (the catalogues' `forms.answer`), is the dashboard's.
 */
import { answerValueProblem, resolveAnswers } from './domain/policy/answers.js';
import { number } from './format.js';
import { t } from './i18n.js';

/** @typedef {import('./domain/policy/types.js').Policy} Policy */
/** @typedef {import('./domain/policy/types.js').Question} Question */
/** @typedef {import('./domain/policy/types.js').AnswerValue} AnswerValue */

/**
 * Why a value is not an acceptable answer, or null when it is: the domain decides (answerValueProblem), the
 * dashboard says it in the page's language.
 * @param {Question} q
 * @param {AnswerValue | undefined} value
 * @returns {string | null}
 */
export function answerProblem(q, value) {
  if (value === undefined) return t('forms.answer.missing');
  if (answerValueProblem(q, value) === null) return null;
  switch (q.type) {
    case 'boolean':
      return t('forms.answer.yesNo');
    case 'one-of':
      return t('forms.answer.oneOf');
    case 'many-of':
      return t('forms.answer.manyOf');
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return t('forms.answer.number');
      if (q.integer && !Number.isInteger(value)) return t('forms.answer.integer');
      if (q.min !== undefined && value < q.min) return t('forms.answer.atLeast', { min: number(q.min) });
      return t('forms.answer.atMost', { max: number(q.max ?? 0) });
  }
}

/**
 * The questions shown for the answers given so far, and the valid answers to them.
 * @param {Policy} policy
 * @param {Record<string, AnswerValue | undefined>} given
 * @returns {{ shown: Set<string>, answers: Record<string, AnswerValue> }}
 */
export function resolve(policy, given) {
  const { states, visibility } = resolveAnswers(policy, given);
  const shown = new Set([...visibility].filter(([, truth]) => truth === true).map(([id]) => id));
  /** @type {Record<string, AnswerValue>} */
  const answers = {};
  for (const [id, state] of states) if (state.kind === 'answered') answers[id] = state.value;
  return { shown, answers };
}
