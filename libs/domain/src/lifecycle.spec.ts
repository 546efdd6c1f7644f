import {
  checkAmend,
  checkCommissionReflection,
  checkDecision,
  checkDpoAdvice,
  checkHold,
  checkPriorConsultation,
  checkReflectionRequest,
} from './checks';
import { ActionRefused, addContributor, contributorsOf, countAction, gateOf, initialSnapshot } from './lifecycle';
import { DEFAULT_POLICY_LIMITS, policyLimits, type Policy, type PolicyLimits } from './policy/types';
import type { ProjectSnapshot } from './project';
import type { Actor, Role } from './roles';

const OWNER: Actor = { sub: 'anna', name: 'Anna', email: 'anna@enschede.example', roles: ['case-owner'] };

function project(): ProjectSnapshot {
  return initialSnapshot(
    {
      projectId: '00000000-0000-4000-8000-000000000001',
      registration: {
        title: 'Slimme lantaarnpalen',
        summary: 'Sensoren meten drukte.',
        department: 'Stadsbeheer',
        technologies: ['sensor'],
        plannedStart: '2027-04-01',
      },
      caseOwner: OWNER,
      registeredAt: '2026-11-30T10:00:00.000Z',
      policy: { id: 'test-policy', version: 1 } as unknown as Policy,
    },
    { workflowId: 'project-1', runId: 'run-1' },
  );
}

function at(s: ProjectSnapshot, gate: Parameters<typeof gateOf>[1], step: ProjectSnapshot['gates'][number]['step']) {
  Object.assign(gateOf(s, gate), { state: step === 'prior-consultation' ? 'waiting' : 'active', step });
  return s;
}

const who = (sub: string, ...roles: Role[]): Actor => ({ sub, name: sub, email: `${sub}@enschede.example`, roles });

function refusal(fn: () => void): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof ActionRefused) return err.code;
    throw err;
  }
}

const ADVICE = { advice: 'positive' as const, summary: 'Goed.', priorConsultationRequired: false };

describe('segregation of duties, by person', () => {
  it('refuses DPO advice by whoever submitted the DPIA, also in a later run (the list is in the snapshot)', () => {
    const s = at(project(), 'dpia', 'dpo-advice');
    addContributor(s, 'piet', 'dpia', '2026-12-01T10:00:00.000Z');
    // Continue-as-new carries the snapshot, so a copy through JSON is what the next run sees.
    const next = JSON.parse(JSON.stringify(s)) as ProjectSnapshot;
    expect(refusal(() => checkDpoAdvice(next, { actor: who('piet', 'privacy-officer', 'dpo'), ...ADVICE }))).toBe(
      'segregation-of-duties',
    );
    expect(refusal(() => checkDpoAdvice(next, { actor: who('fenna', 'dpo'), ...ADVICE }))).toBeNull();
  });

  it('refuses the owner with a second role to advise, record the prior consultation or decide', () => {
    const owner = who('anna', 'case-owner', 'dpo', 'privacy-officer', 'portfolio-holder', 'ethics-secretary');
    expect(refusal(() => checkDpoAdvice(at(project(), 'dpia', 'dpo-advice'), { actor: owner, ...ADVICE }))).toBe(
      'segregation-of-duties',
    );
    expect(
      refusal(() =>
        checkPriorConsultation(at(project(), 'dpia', 'prior-consultation'), { actor: owner, extend: true }),
      ),
    ).toBe('segregation-of-duties');
    expect(
      refusal(() =>
        checkCommissionReflection(at(project(), 'commission-reflection', 'record-reflection'), {
          actor: owner,
          summary: 'x',
          recommendations: [],
          publish: false,
        }),
      ),
    ).toBe('segregation-of-duties');
    expect(
      refusal(() =>
        checkDecision(at(project(), 'portfolio-decision', 'decide'), {
          actor: owner,
          outcome: 'approved',
          rationale: 'x',
          adviceResponses: [],
        }),
      ),
    ).toBe('segregation-of-duties');
  });

  it('refuses a DPIA submitter to record the prior consultation or to decide', () => {
    const s = at(at(project(), 'dpia', 'prior-consultation'), 'portfolio-decision', 'decide');
    addContributor(s, 'piet', 'dpia', '2026-12-01T10:00:00.000Z');
    const piet = who('piet', 'privacy-officer', 'portfolio-holder');
    expect(refusal(() => checkPriorConsultation(s, { actor: piet, extend: true }))).toBe('segregation-of-duties');
    expect(
      refusal(() => checkDecision(s, { actor: piet, outcome: 'approved', rationale: 'x', adviceResponses: [] })),
    ).toBe('segregation-of-duties');
    expect(
      refusal(() =>
        checkDecision(s, {
          actor: who('wim', 'portfolio-holder'),
          outcome: 'approved',
          rationale: 'x',
          adviceResponses: [],
        }),
      ),
    ).toBeNull();
  });

  it('keeps refusing the decider who advised (the rule that was already there)', () => {
    const s = at(project(), 'portfolio-decision', 'decide');
    s.advices = [
      {
        id: 'dpo-advice-0',
        kind: 'dpo-advice',
        gate: 'dpia',
        value: 'positive',
        conditions: [],
        summary: null,
        by: { sub: 'fenna', name: 'Fenna', roles: ['dpo', 'portfolio-holder'] },
        at: '2026-12-01T10:00:00.000Z',
      },
    ];
    const fenna = who('fenna', 'dpo', 'portfolio-holder');
    const responses = [{ adviceId: 'dpo-advice-0', response: 'follow' as const, explanation: '' }];
    expect(
      refusal(() =>
        checkDecision(s, { actor: fenna, outcome: 'approved', rationale: 'x', adviceResponses: responses }),
      ),
    ).toBe('segregation-of-duties');
  });

  it('derives the contributors of a snapshot from an older run that has no list', () => {
    const s = project();
    delete s.contributors;
    s.route = { outcome: {} as never, answers: {}, dpiaOptIn: false, decidedAt: '2026-12-01T10:00:00.000Z' };
    expect(contributorsOf(s).map((c) => [c.sub, c.what])).toEqual([
      ['anna', 'owner'],
      ['anna', 'quick-scan'],
    ]);
  });

  it('keeps one entry per person and kind of contribution', () => {
    const s = project();
    for (let i = 0; i < 5; i += 1) addContributor(s, 'piet', 'dpia', `2026-12-0${i + 1}T10:00:00.000Z`);
    expect(contributorsOf(s).filter((c) => c.sub === 'piet')).toEqual([
      { sub: 'piet', what: 'dpia', at: '2026-12-01T10:00:00.000Z' },
    ]);
  });
});

describe('who may ask for a reflection', () => {
  const ask = (actor: Actor) => refusal(() => checkReflectionRequest(project(), { actor, reason: 'Graag.' }));

  it('the owner of this project, the DPO or the CIO office', () => {
    expect(ask(OWNER)).toBeNull();
    expect(ask(who('fenna', 'dpo'))).toBeNull();
    expect(ask(who('carla', 'cio-office'))).toBeNull();
  });

  it('not a case owner of another project, whatever other role they hold', () => {
    expect(ask(who('bert', 'case-owner'))).toBe('missing-role');
    expect(ask(who('bert', 'case-owner', 'privacy-officer'))).toBe('missing-role');
    expect(ask(who('bert', 'case-owner', 'auditor', 'department-head'))).toBe('missing-role');
  });
});

describe('repeatable actions are bounded by the policy', () => {
  const limits: PolicyLimits = { ...DEFAULT_POLICY_LIMITS, holds: 2, reflectionRequests: 1, amendments: 1 };

  it('refuses a hold beyond limits.holds with limit-reached', () => {
    const s = project();
    const hold = () => refusal(() => checkHold(s, { actor: OWNER, reason: 'Even wachten.' }, limits));
    expect(hold()).toBeNull();
    countAction(s, 'holds');
    expect(hold()).toBeNull();
    countAction(s, 'holds');
    expect(hold()).toBe('limit-reached');
  });

  it('refuses reflection requests and amendments beyond their limits', () => {
    const s = project();
    countAction(s, 'reflectionRequests');
    countAction(s, 'amendments');
    expect(refusal(() => checkReflectionRequest(s, { actor: OWNER, reason: 'Nog eens.' }, limits))).toBe(
      'limit-reached',
    );
    expect(refusal(() => checkAmend(s, { actor: OWNER, reason: 'Anders.', changes: {} }, limits))).toBe(
      'limit-reached',
    );
  });

  it('uses the defaults for a policy stored before limits existed', () => {
    expect(policyLimits({})).toEqual(DEFAULT_POLICY_LIMITS);
    expect(policyLimits({ limits: { holds: 7 } }).holds).toBe(7);
  });
});
