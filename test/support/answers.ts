import { fillQuickScan, type AnswerValue, type Policy } from '@waardenpoort/domain';
import { loadPolicyFile } from '@waardenpoort/persistence';

export const TEST_POLICY_FILE = 'policy/fixtures/test-policy.v1.yaml';
export const testPolicy: Policy = loadPolicyFile(TEST_POLICY_FILE);

/** Fills in the questionnaire as a case owner would: in order, answering only what is shown. */
export function answer(given: Record<string, AnswerValue>, policy: Policy = testPolicy): Record<string, AnswerValue> {
  return fillQuickScan(policy, given);
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
