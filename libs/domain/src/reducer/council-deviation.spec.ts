import type { Policy } from '../policy/types';
import type { ProjectCommand } from './commands';
import { answer, DAY, OWNER, policy, T0, who, World } from './world.spec';

const ELS = who('els', 'ethics-secretary');
const PETRA = who('petra', 'portfolio-holder');

/** Version 2's council rules on the test policy: no council letter for a reflection alone, one after a deviation. */
const v2Council = (flag: boolean): Policy => ({
  ...policy,
  version: 2,
  rules: policy.rules.filter((r) => r.id !== 'council-commission-reflection'),
  ...(flag ? { councilInformation: { whenDecisionDeviatesFromAdvice: true } } : {}),
});

/** Sensors and new technology: a reflection, no DPIA, and (without the removed rule) no council letter. */
function reflected(p: Policy): World {
  const w = new World();
  w.policy = p;
  w.slots = [];
  w.run({
    type: 'submit-quick-scan',
    update: { actor: OWNER, answers: answer({ 'public-space-sensors': true, 'new-technology': true }) },
  });
  expect(w.s.route?.outcome).toMatchObject({ commission: 'required', council: 'optional' });
  w.run({ type: 'schedule-commission', update: { actor: ELS, meetingDate: new Date(T0 + DAY).toISOString() } });
  w.advance(2 * DAY);
  w.run({ type: 'record-reflection', update: { actor: ELS, summary: 's', recommendations: ['r'], publish: false } });
  expect(w.gate('portfolio-decision').step).toBe('decide');
  return w;
}

const decide = (w: World, response: 'follow' | 'deviate'): ProjectCommand => ({
  type: 'decide',
  update: {
    actor: PETRA,
    outcome: 'approved',
    rationale: 'Afgewogen.',
    adviceResponses: w.s.advices.map((a) => ({ adviceId: a.id, response, explanation: 'Omdat het kan.' })),
  },
});

describe('the council after a decision that deviates from an advice (policy version 2)', () => {
  it('brings the council in, with the advices on the trail', () => {
    const w = reflected(v2Council(true));
    expect(w.code(decide(w, 'deviate'))).toBeNull();
    expect(w.gate('council-information').state).toBe('pending');
    const required = w.events.find((e) => e.action === 'council-information-required');
    expect(required?.payload).toEqual({
      reason: 'decision-deviates-from-advice',
      adviceIds: w.s.advices.map((a) => a.id),
    });
    expect(w.s.councilRequired).toMatchObject({ reason: 'decision-deviates-from-advice' });
  });

  it('leaves the council out when the decision follows the advice', () => {
    const w = reflected(v2Council(true));
    expect(w.code(decide(w, 'follow'))).toBeNull();
    expect(w.gate('council-information').state).toBe('not-required');
    expect(w.actions()).not.toContain('council-information-required');
  });

  it('changes nothing under a policy without the section (version 1 and the histories it recorded)', () => {
    const w = reflected(v2Council(false));
    expect(w.code(decide(w, 'deviate'))).toBeNull();
    expect(w.gate('council-information').state).toBe('not-required');
    expect(w.actions()).not.toContain('council-information-required');
  });
});
