import { visibleQuestions, type AnswerValue, type Policy } from '@waardenpoort/domain';
import { loadPolicyFile } from '@waardenpoort/persistence';

export const TEST_POLICY_FILE = 'policy/fixtures/test-policy.v1.yaml';
export const testPolicy: Policy = loadPolicyFile(TEST_POLICY_FILE);

/** "Nothing going on": what a case does not mention. */
const NEUTRAL: Record<string, AnswerValue> = {
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

/** Fills in the questionnaire as a case owner would: in order, answering only what is shown. */
export function answer(given: Record<string, AnswerValue>, policy: Policy = testPolicy): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of policy.questionnaire.questions) {
    if (visibleQuestions(policy, out).some((v) => v.id === q.id)) {
      const value = q.id in given ? given[q.id] : NEUTRAL[q.id];
      if (value === undefined) throw new Error(`no answer for shown question ${q.id}`);
      out[q.id] = value;
    }
  }
  return out;
}

/** Parking sensors that count cars: no personal data. Route: quick-scan, decision. */
export const LOW_RISK = answer({ 'public-space-sensors': true });

/** Fixed cameras watching people in the city centre. Route: all five gates. */
export const HIGH_RISK = answer({
  'personal-data': true,
  'data-subjects': 40_000,
  'public-space-sensors': true,
  cameras: 'fixed',
  'camera-observes-people': true,
  'systematic-monitoring': true,
  'publicly-accessible-area': true,
});

/** Emotion recognition of employees: prohibited by AI Act art. 5. */
export const PROHIBITED = answer({
  'personal-data': true,
  'data-subjects': 800,
  'algorithm-type': 'ai',
  'ai-prohibited-practices': ['emotion-recognition-work-education'],
});
