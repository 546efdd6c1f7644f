import type { ProjectSnapshot } from '../project';
import { EXAMPLE_SENSOR_ENTRY } from '../registers/examples';
import type { ProjectCommand } from './commands';
import { decide } from './decide';
import { DAY, HIGH_RISK, LOW_RISK, OWNER, PROHIBITED, policy, T0, who, World } from './world.spec';

const PIM = who('pim', 'privacy-officer');
const DORA = who('dora', 'dpo');
const ELS = who('els', 'ethics-secretary');
const PETRA = who('petra', 'portfolio-holder');
const RAAF = who('raaf', 'council-liaison');
const DOC = { reference: 'dms://dpia/1', sha256: 'a'.repeat(64) };
const ELEMENTS = { description: 'd', necessity: 'n', risks: 'r', measures: 'm' };

const quickScan = (answers: Record<string, unknown>, actor = OWNER): ProjectCommand => ({
  type: 'submit-quick-scan',
  update: { actor, answers },
});
const dpia = (actor = PIM): ProjectCommand => ({
  type: 'submit-dpia',
  update: { actor, document: DOC, elements: ELEMENTS },
});
const dpoAdvice = (priorConsultationRequired = false, actor = DORA): ProjectCommand => ({
  type: 'give-dpo-advice',
  update: { actor, advice: 'positive', summary: 'Goed.', priorConsultationRequired },
});
const decision = (
  s: ProjectSnapshot,
  outcome: 'approved' | 'rejected' | 'returned' = 'approved',
  actor = PETRA,
): ProjectCommand => ({
  type: 'decide',
  update: {
    actor,
    outcome,
    rationale: 'Afgewogen.',
    ...(outcome === 'returned' ? { returnTo: 'quick-scan' as const } : {}),
    adviceResponses: s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' })),
  },
});

/** A high-risk project through its DPIA and up to the commission's agenda. */
function atCommission(): World {
  const w = new World();
  w.run(quickScan(HIGH_RISK));
  w.run(dpia());
  w.run(dpoAdvice());
  return w;
}

describe('decide', () => {
  it('is pure: the snapshot passed in is never changed, and a no-op hands it back', () => {
    const w = new World();
    const before = JSON.stringify(w.s);
    const out = decide(w.s, quickScan(LOW_RISK), { now: w.iso, policy });
    expect(JSON.stringify(w.s)).toBe(before);
    expect('snapshot' in out && out.snapshot).not.toBe(w.s);
    const stale = decide(
      w.s,
      {
        type: 'task-planned',
        gate: 'dpia',
        step: 'submit-dpia',
        role: 'case-owner',
        openedAt: w.iso,
        plan: { dueAt: w.iso, reminders: [], escalations: [] },
      },
      { now: w.iso, policy },
    );
    expect('snapshot' in stale && stale.snapshot).toBe(w.s);
  });

  it('is deterministic', () => {
    const w = new World();
    const a = decide(w.s, quickScan(HIGH_RISK), { now: w.iso, policy });
    const b = decide(w.s, quickScan(HIGH_RISK), { now: w.iso, policy });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe('quick-scan', () => {
  it('routes a low-risk project straight to the decision', () => {
    const w = new World();
    expect(w.code(quickScan(LOW_RISK))).toBeNull();
    expect(w.gate('quick-scan').state).toBe('completed');
    expect(w.gate('dpia').state).toBe('not-required');
    expect(w.gate('portfolio-decision')).toMatchObject({ state: 'active', step: 'decide' });
  });

  it('routes a high-risk project to the DPIA', () => {
    const w = new World();
    w.run(quickScan(HIGH_RISK));
    expect(w.gate('dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(w.gate('commission-reflection').state).toBe('pending');
  });

  it('stops a prohibited AI practice and tells the CIO office', () => {
    const w = new World();
    w.run(quickScan(PROHIBITED));
    expect(w.s.status).toBe('stopped');
    expect(w.actions()).toContain('project-stopped');
    expect(w.s.gates.filter((g) => g.state === 'active')).toEqual([]);
    expect(w.notifications.filter((n) => n.recipientRole === 'cio-office').map((n) => n.kind)).toEqual([
      'project-stopped',
      'escalation',
    ]);
  });

  it('refuses anyone but the case owner, and incomplete answers', () => {
    const w = new World();
    expect(w.code(quickScan(LOW_RISK, who('bob', 'case-owner')))).toBe('missing-role');
    expect(w.code(quickScan({}))).toBe('missing-answers');
  });
});

describe('DPIA', () => {
  it('takes a public link to the DPIA only as https', () => {
    const w = new World();
    w.run(quickScan(HIGH_RISK));
    const withUrl = (publicUrl: unknown): ProjectCommand =>
      ({
        type: 'submit-dpia',
        update: { actor: PIM, document: { ...DOC, publicUrl }, elements: ELEMENTS },
      }) as ProjectCommand;
    for (const bad of ['http://www.enschede.nl/dpia', 'javascript:alert(1)', `https://e.nl/${'x'.repeat(500)}`, 42])
      expect(w.code(withUrl(bad))).toBe('invalid-payload');
    expect(w.code(withUrl('https://www.enschede.nl/privacy/dpia-1'))).toBeNull();
    expect(w.events.find((e) => e.action === 'dpia-submitted')?.payload).toMatchObject({
      document: { publicUrl: 'https://www.enschede.nl/privacy/dpia-1' },
    });
  });

  it('goes from the DPIA to the DPO, then on to the commission', () => {
    const w = atCommission();
    expect(w.gate('dpia')).toMatchObject({ state: 'completed' });
    expect(w.gate('commission-reflection')).toMatchObject({ state: 'active', step: 'schedule-meeting' });
    expect(w.s.advices.map((a) => a.id)).toEqual(['dpo-advice-0']);
  });

  it('waits for the DPA in a prior consultation, with its statutory term', () => {
    const w = new World();
    w.run(quickScan(HIGH_RISK));
    w.run(dpia());
    w.run(dpoAdvice(true));
    expect(w.gate('dpia')).toMatchObject({ state: 'waiting', step: 'prior-consultation' });
    expect(w.s.priorConsultation?.dueAt).toBe(new Date(T0 + 56 * DAY).toISOString());
    expect(w.code({ type: 'record-prior-consultation', update: { actor: DORA, extend: true } })).toBeNull();
    expect(w.s.priorConsultation).toMatchObject({ extended: true, dueAt: new Date(T0 + 112 * DAY).toISOString() });
    expect(w.code({ type: 'record-prior-consultation', update: { actor: DORA, extend: true } })).toBe(
      'invalid-payload',
    );
    const answer = { outcome: 'no-objection' as const, reference: 'AP-1', summary: 'Geen bezwaar.' };
    expect(w.code({ type: 'record-prior-consultation', update: { actor: DORA, answer } })).toBeNull();
    expect(w.gate('dpia').state).toBe('completed');
  });

  it('refuses the case owner as DPO (segregation of duties) and a step out of turn', () => {
    const w = new World();
    w.run(quickScan(HIGH_RISK));
    expect(w.code(dpoAdvice())).toBe('wrong-step');
    w.run(dpia(OWNER));
    expect(w.code(dpoAdvice(false, who('anna', 'case-owner', 'dpo')))).toBe('segregation-of-duties');
    expect(w.code(dpoAdvice(false, who('kees', 'privacy-officer')))).toBe('missing-role');
  });
});

describe('commission', () => {
  it('schedules, asks, hears the answers, meets and reflects', () => {
    const w = atCommission();
    const meetingDate = new Date(T0 + 20 * DAY).toISOString();
    expect(w.code({ type: 'schedule-commission', update: { actor: ELS, meetingDate } })).toBeNull();
    expect(w.gate('commission-reflection')).toMatchObject({
      state: 'waiting',
      step: 'await-meeting',
      dueAt: meetingDate,
    });
    expect(w.code({ type: 'ask-commission-questions', update: { actor: ELS, questions: ['Waarom?'] } })).toBeNull();
    expect(w.gate('commission-reflection')).toMatchObject({ step: 'answer-questions', assigneeSub: 'anna' });
    expect(
      w.code({ type: 'answer-commission-questions', update: { actor: OWNER, answers: ['Daarom.', 'extra'] } }),
    ).toBe('invalid-payload');
    expect(w.code({ type: 'answer-commission-questions', update: { actor: OWNER, answers: ['Daarom.'] } })).toBeNull();
    expect(w.gate('commission-reflection').step).toBe('await-meeting');
    w.advance(21 * DAY);
    expect(w.actions()).toContain('commission-met');
    expect(w.gate('commission-reflection').step).toBe('record-reflection');
    const reflection = { actor: ELS, summary: 'Zorgvuldig.', recommendations: ['Evalueer.'], publish: true };
    expect(w.code({ type: 'record-reflection', update: reflection })).toBeNull();
    expect(w.gate('portfolio-decision')).toMatchObject({ state: 'active', step: 'decide' });
    expect(w.notifications.some((n) => n.kind === 'reflection-published')).toBe(true);
  });

  it('refuses a meeting in the past', () => {
    const w = atCommission();
    const meetingDate = new Date(T0 - 3 * DAY).toISOString();
    expect(w.code({ type: 'schedule-commission', update: { actor: ELS, meetingDate } })).toBe('invalid-payload');
  });
});

describe('decision and council', () => {
  function atDecision(): World {
    const w = new World();
    w.run(quickScan(LOW_RISK));
    return w;
  }

  it('approves, puts the project in use and schedules its re-evaluation', () => {
    const w = atDecision();
    expect(w.code(decision(w.s))).toBeNull();
    expect(w.s.status).toBe('in-use');
    expect(w.s.timers.some((t) => t.kind === 'reevaluation' && !t.fired)).toBe(true);
    expect(w.actions().slice(-1)).toEqual(['reevaluation-scheduled']);
  });

  it('rejects and closes the project', () => {
    const w = atDecision();
    w.run(decision(w.s, 'rejected'));
    expect(w.s.status).toBe('rejected');
    expect(w.code({ type: 'hold', update: { actor: OWNER, reason: 'x' } })).toBe('project-closed');
  });

  it('returns the project to the quick-scan', () => {
    const w = atDecision();
    w.run(decision(w.s, 'returned'));
    expect(w.gate('portfolio-decision').state).toBe('returned');
    expect(w.gate('quick-scan')).toMatchObject({ state: 'active', cycle: 2 });
  });

  it('refuses a decision out of turn, by the case owner, or without answering the advice', () => {
    const w = atCommission();
    expect(w.code(decision(w.s))).toBe('gate-not-active');
    const low = atDecision();
    expect(low.code(decision(low.s, 'approved', who('anna', 'case-owner', 'portfolio-holder')))).toBe(
      'segregation-of-duties',
    );
    const advised = atCommission();
    advised.run({ type: 'schedule-commission', update: { actor: ELS, meetingDate: new Date(T0 + DAY).toISOString() } });
    advised.advance(2 * DAY);
    advised.run({
      type: 'record-reflection',
      update: { actor: ELS, summary: 's', recommendations: [], publish: false },
    });
    const unanswered = decision(advised.s);
    if (unanswered.type === 'decide') unanswered.update.adviceResponses = [];
    expect(advised.code(unanswered)).toBe('invalid-payload');
    expect(advised.code(decision(advised.s, 'approved', DORA))).toBe('missing-role');
  });

  it('records the council information of a project whose route needs it', () => {
    const w = atCommission();
    w.run({ type: 'schedule-commission', update: { actor: ELS, meetingDate: new Date(T0 + 1 * DAY).toISOString() } });
    w.advance(2 * DAY);
    w.run({ type: 'record-reflection', update: { actor: ELS, summary: 's', recommendations: [], publish: false } });
    w.run(decision(w.s));
    // Cameras in public space: the sensor register entry is published first (../registers/publication.spec.ts).
    expect(w.gate('council-information').state).toBe('pending');
    const { source_id: _id, status: _status, ...entry } = EXAMPLE_SENSOR_ENTRY;
    expect(w.code({ type: 'submit-register-entry', update: { actor: OWNER, entries: { sensor: entry } } })).toBeNull();
    expect(
      w.code({ type: 'review-register-entry', update: { actor: who('cora', 'cio-office'), outcome: 'publish' } }),
    ).toBeNull();
    expect(w.gate('council-information')).toMatchObject({ state: 'active', step: 'inform-council' });
    const info = { actor: RAAF, reference: 'RIB-1', date: '2027-04-01', channel: 'raadsinformatiebrief' as const };
    expect(w.code({ type: 'record-council-information', update: { ...info, actor: PETRA } })).toBe('missing-role');
    expect(w.code({ type: 'record-council-information', update: info })).toBeNull();
    expect(w.gate('council-information').state).toBe('completed');
  });
});

describe('hold, resume, withdraw, amend', () => {
  it('shifts deadlines by the time on hold', () => {
    const w = new World();
    const due = Date.parse(w.gate('quick-scan').dueAt as string);
    w.run({ type: 'hold', update: { actor: OWNER, reason: 'Pauze.' } });
    expect(w.code({ type: 'hold', update: { actor: OWNER, reason: 'Nog eens.' } })).toBe('project-on-hold');
    expect(w.code(quickScan(LOW_RISK))).toBe('project-on-hold');
    w.advance(3 * DAY);
    expect(w.actions()).not.toContain('reminder-sent');
    w.run({ type: 'resume', update: { actor: OWNER, reason: 'Verder.' } });
    expect(Date.parse(w.gate('quick-scan').dueAt as string)).toBe(due + 3 * DAY);
  });

  it('bounds holds by the policy', () => {
    const w = new World();
    w.policy = { ...policy, limits: { ...policy.limits, holds: 1 } };
    w.run({ type: 'hold', update: { actor: OWNER, reason: 'a' } });
    w.run({ type: 'resume', update: { actor: OWNER, reason: 'b' } });
    expect(w.code({ type: 'hold', update: { actor: OWNER, reason: 'c' } })).toBe('limit-reached');
  });

  it('withdraws and closes every open gate', () => {
    const w = new World();
    w.run({ type: 'withdraw', update: { actor: OWNER, reason: 'Niet meer nodig.' } });
    expect(w.s.status).toBe('withdrawn');
    expect(w.s.timers.filter((t) => !t.fired)).toEqual([]);
  });

  it('amends: a new quick-scan under the policy in force, beside the work in progress', () => {
    const w = new World();
    w.run(quickScan(HIGH_RISK));
    w.run({ type: 'amend', update: { actor: OWNER, reason: 'Scope.', changes: { title: 'Nieuw' } } });
    expect(w.s.registration.title).toBe('Nieuw');
    expect(w.s.cycle).toBe(1);
    expect(w.gate('quick-scan')).toMatchObject({ state: 'active', step: 'answer-quick-scan' });
    expect(w.gate('dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(w.s.reassessment).toMatchObject({ trigger: 'amendment', phase: 'quick-scan' });
  });

  it('amends as before the patch: a full restart from the quick-scan', () => {
    const w = new World();
    w.patched = (id) => id !== 'targeted-reassessment';
    w.run(quickScan(HIGH_RISK));
    w.run({ type: 'amend', update: { actor: OWNER, reason: 'Scope.', changes: { title: 'Nieuw' } } });
    expect(w.gate('quick-scan')).toMatchObject({ state: 'active', step: 'answer-quick-scan' });
    expect(w.gate('dpia').state).toBe('pending');
    expect(w.s.reassessment ?? null).toBeNull();
  });
});

describe('timers', () => {
  it('reminds, then escalates an open step', () => {
    const w = new World();
    w.advance(13 * DAY);
    expect(w.actions().filter((a) => a === 'reminder-sent' || a === 'escalated')).toEqual([
      'reminder-sent',
      'escalated',
    ]);
    expect(w.gate('quick-scan').escalationLevel).toBe(1);
  });

  it('the statutory term of a prior consultation expires to the CIO office', () => {
    const w = new World();
    w.run(quickScan(HIGH_RISK));
    w.run(dpia());
    w.run(dpoAdvice(true));
    w.advance(57 * DAY);
    expect(w.actions()).toContain('prior-consultation-term-expired');
  });
});

describe('attention', () => {
  it('tells the CIO office once, and records when it is resolved', () => {
    const w = new World();
    const need = {
      type: 'attention-needed' as const,
      activity: 'planTask' as const,
      reason: 'x',
      sqlstate: null,
      parkedEventIds: [],
    };
    w.run(need);
    w.run(need);
    expect(w.actions().filter((a) => a === 'needs-attention')).toHaveLength(1);
    expect(w.s.attention?.failures).toBe(2);
    w.run({ type: 'attention-resolved' });
    expect(w.s.attention).toBeNull();
    expect(w.actions().slice(-1)).toEqual(['attention-resolved']);
  });
});
