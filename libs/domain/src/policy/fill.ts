import { visibleQuestions } from './answers';
import type { AnswerValue, Policy } from './types';

/**
 * "Nothing going on": the answer to each question of the deployed questionnaire that a case does not mention (no
 * personal data, no cameras, no algorithm, ...). Examples, tests and benchmarks describe a case by what differs.
 */
export const NEUTRAL_ANSWERS: Readonly<Record<string, AnswerValue>> = {
  'personal-data': false,
  'data-subjects': 0,
  'data-categories': [],
  'vulnerable-groups': false,
  'processing-purposes': [],
  profiling: false,
  'data-reuse': [],
  'blocks-access': false,
  'public-space-sensors': false,
  cameras: 'none',
  'camera-observes-people': false,
  'systematic-monitoring': false,
  'publicly-accessible-area': false,
  'connected-devices': false,
  'algorithm-type': 'none',
  'algorithm-effect': [],
  'algorithm-weight': 'supporting',
  'ai-prohibited-practices': [],
  'ai-high-risk-areas': [],
  'ai-narrow-task': false,
  'ai-transparency': [],
  'new-technology': false,
  'political-sensitivity': false,
  'commission-requested': false,
};

/**
 * Fills in the quick-scan as a case owner would: question by question in order, answering only what is shown at
 * that point, with `given` where it has an answer and the neutral one otherwise. Throws when a shown question has
 * no answer, or when `given` answers a question that is never shown (the case would not describe what it says).
 */
export function fillQuickScan(policy: Policy, given: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of policy.questionnaire.questions) {
    if (visibleQuestions(policy, out).some((v) => v.id === q.id)) {
      const value = q.id in given ? given[q.id] : NEUTRAL_ANSWERS[q.id];
      if (value === undefined) throw new Error(`no answer for shown question ${q.id}`);
      out[q.id] = value;
    }
  }
  const hidden = Object.keys(given).filter((id) => !(id in out));
  if (hidden.length > 0) throw new Error(`answers to questions that are not shown: ${hidden.join(', ')}`);
  return out;
}
