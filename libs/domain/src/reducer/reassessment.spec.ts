import type { Policy, Rule } from '../policy/types';
import type { ProjectSnapshot } from '../project';
import type { ProjectCommand } from './commands';
import { answer, DAY, HIGH_RISK, LOW_RISK, OWNER, policy, T0, who, World } from './world.spec';

const PETRA = who('petra', 'portfolio-holder');
const CORA = who('cora', 'cio-office');
const PLAIN = answer({});

/** A rule of the test policy's shape; `appliesFrom` as given. */
function rule(id: string, when: Rule['when'], then: Rule['then'], appliesFrom?: string): Rule {
  return {
    id,
    when,
    then,
    reason: { id: `${id}-reason`, text: { nl: 'Regel.', en: 'Rule.' } },
    source: { id: policy.rules[0]?.source.id ?? '' },
    ...(appliesFrom !== undefined ? { appliesFrom } : {}),
  };
}

const withRules = (version: number, ...rules: Rule[]): Policy => ({
  ...policy,
  version,
  rules: [...policy.rules, ...rules],
});
const DATED_DAY = new Date(T0 + 5 * DAY).toISOString();
/** From day 5 every project without cameras needs a DPIA (an obligation with a date, for the test). */
const DATED = withRules(
  1,
  rule('dated-dpia', { equals: { question: 'cameras', value: 'none' } }, { dpia: 'required' }, DATED_DAY),
);
/** From day 5 projects with fixed cameras need the commission: it never fires for the plain project. */
const DATED_ELSEWHERE = withRules(
  1,
  rule('dated-cameras', { equals: { question: 'cameras', value: 'fixed' } }, { commission: 'required' }, DATED_DAY),
);
/** Version 2: every project goes to the commission. */
const V2 = withRules(
  2,
  rule('all-to-commission', { equals: { question: 'cameras', value: 'none' } }, { commission: 'required' }),
);

const quickScan = (answers = PLAIN): ProjectCommand => ({
  type: 'submit-quick-scan',
  update: { actor: OWNER, answers },
});
const decision = (s: ProjectSnapshot): ProjectCommand => ({
  type: 'decide',
  update: {
    actor: PETRA,
    outcome: 'approved',
    rationale: 'Afgewogen.',
    adviceResponses: s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' })),
  },
});
const reassess = (actor = CORA, activationId = 'act-1'): ProjectCommand => ({
  type: 'request-reassessment',
  update: { actor, activationId, policy: { id: policy.id, version: 2 }, scope: 'affected', verdict: 'changed' },
});

function inUse(p: Policy): World {
  const w = new World();
  w.policy = p;
  w.run(quickScan());
  expect(w.gate('portfolio-decision').state).toBe('active');
  w.run(decision(w.s));
  expect(w.s.status).toBe('in-use');
  return w;
}

const last = (w: World, action: string) => [...w.events].reverse().find((e) => e.action === action);

describe('a rule that comes into force on a date', () => {
  it('does not count before its day; on its day the project is re-assessed and only the gates that now apply reopen', () => {
    const w = inUse(DATED);
    expect(w.s.route?.outcome.dpia).toBe('not-required');
    const timer = w.s.timers.find((t) => t.kind === 'rule-in-force' && !t.fired);
    expect(timer).toMatchObject({ ruleId: 'dated-dpia', at: DATED_DAY });
    w.advance(6 * DAY);
    const e = last(w, 'route-reassessed');
    expect(e?.payload).toMatchObject({
      trigger: 'rule-in-force',
      ruleId: 'dated-dpia',
      changed: true,
      // The DPIA makes the risk high, and the test policy informs the council of high risks: after the new decision.
      reopened: ['dpia', 'council-information'],
      decisionRetaken: true,
      answers: PLAIN,
      from: { dpia: 'not-required' },
      to: { dpia: 'required' },
    });
    expect(e?.payload.evaluatedAt).toBe(DATED_DAY);
    expect(w.s.status).toBe('active');
    expect(w.gate('quick-scan').state).toBe('completed');
    expect(w.gate('dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(w.gate('portfolio-decision').state).toBe('pending');
    expect(w.gate('commission-reflection').state).toBe('not-required');
  });

  it('records the check on its day also when it changes nothing for this project', () => {
    const w = inUse(DATED_ELSEWHERE);
    w.advance(6 * DAY);
    expect(last(w, 'route-reassessed')?.payload).toMatchObject({ trigger: 'rule-in-force', changed: false, gates: [] });
    expect(w.s.status).toBe('in-use');
  });

  it('counts at once for a quick-scan answered after its day, and no timer waits for it', () => {
    const w = new World();
    w.policy = DATED;
    w.advance(6 * DAY);
    w.run(quickScan());
    expect(w.s.route?.outcome.dpia).toBe('required');
    expect(w.s.timers.some((t) => t.kind === 'rule-in-force')).toBe(false);
  });

  it('keeps its day through a hold: the law does not wait for the project', () => {
    const w = inUse(DATED);
    w.run({ type: 'hold', update: { actor: OWNER, reason: 'Even stil.' } });
    w.advance(3 * DAY);
    w.run({ type: 'resume', update: { actor: OWNER, reason: 'Verder.' } });
    expect(w.s.timers.find((t) => t.kind === 'rule-in-force')?.at).toBe(DATED_DAY);
  });
});

describe('re-routing after a policy activation', () => {
  it('gives the case owner a new quick-scan under the version in force; only the gates that now apply reopen', () => {
    const w = inUse(policy);
    w.policy = V2; // activated since: what `load-policy` reads
    expect(w.code(reassess())).toBeNull();
    expect(w.actions().slice(-3)).toEqual(['reassessment-requested', 'reassessment-started', 'step-opened']);
    expect(last(w, 'reassessment-requested')?.payload).toMatchObject({ activationId: 'act-1', scope: 'affected' });
    expect(w.s.policy.version).toBe(2);
    expect(w.s.status).toBe('in-use');
    expect(w.gate('quick-scan')).toMatchObject({ state: 'active', step: 'answer-quick-scan', assigneeSub: 'anna' });
    w.run(quickScan());
    expect(last(w, 'route-reassessed')?.payload).toMatchObject({
      trigger: 'policy-activation',
      activationId: 'act-1',
      changed: true,
      reopened: ['commission-reflection', 'council-information'],
      decisionRetaken: true,
      policy: { version: 2 },
    });
    expect(w.gate('commission-reflection').state).toBe('active');
    expect(w.gate('dpia').state).toBe('not-required');
    expect(w.s.reassessment).toBeNull();
  });

  it('leaves a project whose route stays the same in use', () => {
    const w = inUse(policy);
    w.policy = { ...policy, version: 2 };
    w.run(reassess());
    w.run(quickScan());
    expect(last(w, 'route-reassessed')?.payload).toMatchObject({
      changed: false,
      reopened: [],
      decisionRetaken: false,
    });
    expect(w.s.status).toBe('in-use');
    expect(w.s.timers.some((t) => t.kind === 'reevaluation' && !t.fired)).toBe(true);
  });

  it('holds the decision back until the new quick-scan is in', () => {
    const w = new World();
    w.run(quickScan());
    w.policy = V2;
    w.run(reassess());
    expect(w.gate('portfolio-decision').state).toBe('pending');
    expect(w.code(decision(w.s))).toBe('gate-not-active');
    w.run(quickScan());
    // The commission now applies and comes before the decision, which waits again.
    expect(w.gate('commission-reflection').state).toBe('active');
    expect(w.gate('portfolio-decision').state).toBe('pending');
  });

  it('lets a DPIA in progress finish beside the new quick-scan; the decision waits for the new route', () => {
    const w = new World();
    w.policy = DATED;
    w.advance(6 * DAY);
    w.run(quickScan());
    expect(w.gate('dpia').state).toBe('active');
    w.policy = { ...DATED, version: 2 };
    w.run(reassess());
    w.run({
      type: 'submit-dpia',
      update: {
        actor: who('pim', 'privacy-officer'),
        document: { reference: 'dms://dpia/1', sha256: 'a'.repeat(64) },
        elements: { description: 'd', necessity: 'n', risks: 'r', measures: 'm' },
      },
    });
    w.run({
      type: 'give-dpo-advice',
      update: { actor: who('dora', 'dpo'), advice: 'positive', summary: 'Goed.', priorConsultationRequired: false },
    });
    expect(w.gate('dpia').state).toBe('completed');
    expect(w.gate('portfolio-decision').state).toBe('pending');
    w.run(quickScan());
    expect(last(w, 'route-reassessed')?.payload).toMatchObject({ changed: false, reopened: [] });
    expect(w.gate('dpia').state).toBe('completed');
    expect(w.gate('portfolio-decision').state).toBe('active');
    expect(w.s.advices.map((a) => a.kind)).toEqual(['dpo-advice']);
  });

  it('is refused to anyone but the CIO office, and for projects on hold, closed or with a malformed request', () => {
    const w = inUse(policy);
    expect(w.code(reassess(who('anna', 'case-owner', 'department-head')))).toBe('missing-role');
    expect(w.code(reassess(CORA, 'act 1; drop'))).toBe('invalid-payload');
    w.run({ type: 'hold', update: { actor: OWNER, reason: 'Even stil.' } });
    expect(w.code(reassess())).toBe('project-on-hold');
    w.run({ type: 'resume', update: { actor: OWNER, reason: 'Verder.' } });
    w.run({ type: 'withdraw', update: { actor: OWNER, reason: 'Gestopt.' } });
    expect(w.code(reassess())).toBe('project-closed');
  });
});

describe('an amendment', () => {
  it('stops the publication of the old decision when the decision is taken again', () => {
    const w = new World();
    w.run(quickScan(LOW_RISK));
    w.run(decision(w.s));
    expect(w.gate('publication').state).toBe('active');
    w.run({
      type: 'amend',
      update: { actor: OWNER, reason: "Nu met camera's.", changes: { technologies: ['camera'] } },
    });
    w.run(quickScan(HIGH_RISK));
    expect(last(w, 'route-reassessed')?.payload).toMatchObject({ trigger: 'amendment', decisionRetaken: true });
    expect(w.gate('dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(w.gate('publication')).toMatchObject({ state: 'pending', step: null });
    expect(w.s.timers.some((t) => t.gate === 'publication' && !t.fired)).toBe(false);
  });
});

describe('a re-evaluation', () => {
  it('compares routes too: unchanged, the project stays in use', () => {
    const w = inUse(policy);
    w.run({ type: 'start', mode: 'reevaluation' });
    expect(w.s.reassessment).toMatchObject({ trigger: 'reevaluation', phase: 'quick-scan' });
    w.run(quickScan());
    expect(w.actions()).toContain('reevaluation-unchanged');
    expect(last(w, 'route-reassessed')?.payload).toMatchObject({ trigger: 'reevaluation', changed: false });
    expect(w.s.status).toBe('in-use');
  });
});
