import { CLOSED_PROJECT_STATUSES, PROJECT_STATUSES } from './project';
import {
  isRunningStatus,
  policyActivationWorkflowId,
  reassessmentUpdateId,
  selectedForReroute,
} from './policy-activation';
import { WHAT_IF_VERDICTS } from './what-if';

describe('which projects an activation re-routes', () => {
  const running = PROJECT_STATUSES.filter((s) => !CLOSED_PROJECT_STATUSES.includes(s));

  it('none: nobody', () => {
    for (const status of PROJECT_STATUSES)
      for (const verdict of WHAT_IF_VERDICTS) expect(selectedForReroute('none', status, verdict)).toBe(false);
  });

  it('affected: the running projects whose route changes or needs new answers', () => {
    for (const status of running) {
      expect(WHAT_IF_VERDICTS.filter((v) => selectedForReroute('affected', status, v))).toEqual([
        'changed',
        'needs-new-quick-scan',
      ]);
    }
  });

  it('all: every running project, also one without a quick-scan; never a closed one', () => {
    for (const status of running)
      for (const v of WHAT_IF_VERDICTS) expect(selectedForReroute('all', status, v)).toBe(true);
    for (const status of CLOSED_PROJECT_STATUSES) {
      expect(isRunningStatus(status)).toBe(false);
      for (const v of WHAT_IF_VERDICTS) expect(selectedForReroute('all', status, v)).toBe(false);
    }
    expect(isRunningStatus('on-hold')).toBe(true);
  });

  it('names the delivery and its Update id after the activation, stable across retries', () => {
    expect(policyActivationWorkflowId('a1')).toBe('policy-activation-a1');
    expect(reassessmentUpdateId('a1')).toBe(reassessmentUpdateId('a1'));
    expect(reassessmentUpdateId('a1')).toBe('reassess-a1');
  });
});
