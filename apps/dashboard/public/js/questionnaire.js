/**
 * Which quick-scan questions to show, worked out by the domain's own rules (libs/domain/src/policy/answers.ts and
 * conditions.ts, compiled for the browser into ./domain/): questions in order; a question is shown when its
 * `showIf` holds over the answers to the questions before it. Only the Dutch wording of a problem is the
 * dashboard's.
 */
import { answerValueProblem, resolveAnswers } from './domain/policy/answers.js';

/** @typedef {import('./domain/policy/types.js').Policy} Policy */
/** @typedef {import('./domain/policy/types.js').Question} Question */
/** @typedef {import('./domain/policy/types.js').AnswerValue} AnswerValue */

/**
 * Why a value is not an acceptable answer, or null when it is: the domain decides (answerValueProblem), the
 * dashboard says it in Dutch.
 * @param {Question} q
 * @param {AnswerValue | undefined} value
 * @returns {string | null}
 */
export function answerProblem(q, value) {
  if (value === undefined) return 'Beantwoord deze vraag.';
  if (answerValueProblem(q, value) === null) return null;
  switch (q.type) {
    case 'boolean':
      return 'Kies ja of nee.';
    case 'one-of':
      return 'Kies een antwoord.';
    case 'many-of':
      return 'Kies wat van toepassing is.';
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'Vul een getal in.';
      if (q.integer && !Number.isInteger(value)) return 'Vul een heel getal in.';
      if (q.min !== undefined && value < q.min) return `Vul een getal in van minstens ${q.min}.`;
      return `Vul een getal in van hoogstens ${q.max}.`;
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
