import { isRefusal, type ProjectCommand } from '../reducer/commands';
import { decide } from '../reducer/decide';
import { answer, DAY, OWNER, policy, T0, who, World } from '../reducer/world.spec';
import { validatePolicy } from '../policy/validate';
import { carriedForReevaluation } from '../reducer/system';
import { EXAMPLE_ALGORITHM_ENTRY, EXAMPLE_SENSOR_ENTRY } from './examples';
import { publicationTiming, type RegisterEntryRefused } from './lifecycle';

const PETRA = who('petra', 'portfolio-holder');
const CIO = who('cora', 'cio-office');
const RAAF = who('raaf', 'council-liaison');

/** A rule-based algorithm without effect on people: register category C, straight to the decision. */
const SIMPLE = answer({ 'algorithm-type': 'rule-based', 'algorithm-effect': [], 'algorithm-weight': 'supporting' });
/** One that categorises people, decisively: category B, the commission's reflection and the council's letter. */
const IMPACTFUL = answer({
  'algorithm-type': 'rule-based',
  'algorithm-effect': ['categorises-people'],
  'algorithm-weight': 'decisive',
});
const ELS = who('els', 'ethics-secretary');

const quickScan = (answers: Record<string, unknown>): ProjectCommand => ({
  type: 'submit-quick-scan',
  update: { actor: OWNER, answers },
});

function approved(answers = SIMPLE): World {
  const w = new World();
  w.run(quickScan(answers));
  const adviceResponses = w.s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' }));
  expect(w.gate('portfolio-decision').state).toBe('active');
  expect(
    w.run({ type: 'decide', update: { actor: PETRA, outcome: 'approved', rationale: 'Ok.', adviceResponses } }),
  ).toBeNull();
  return w;
}

const { source_id: _s, status: _st, publication_category: _p, ...OWNER_ENTRY } = EXAMPLE_ALGORITHM_ENTRY;
const submit = (entries: Record<string, unknown>, actor = OWNER): ProjectCommand => ({
  type: 'submit-register-entry',
  update: { actor, entries },
});
const review = (outcome: 'publish' | 'return', actor = CIO, remarks?: string): ProjectCommand => ({
  type: 'review-register-entry',
  update: { actor, outcome, ...(remarks ? { remarks } : {}) },
});

describe('the publication gate', () => {
  it('opens after an approved decision when the route names a register, with the policy deadline', () => {
    const w = approved();
    expect(w.s.route?.outcome.algorithmRegister).toBe('C');
    expect(w.gate('publication')).toMatchObject({
      state: 'active',
      step: 'prepare-register-entry',
      assigneeRole: 'case-owner',
      assigneeSub: OWNER.sub,
    });
    expect(w.gate('publication').dueAt).not.toBeNull();
    expect(w.s.timers.some((t) => t.gate === 'publication' && t.kind === 'reminder')).toBe(true);
    expect(w.s.registers?.kinds).toEqual(['algorithm']);
  });

  it('stays closed when the route names no register, and on the old path (patch not applied)', () => {
    const none = approved(answer({}));
    expect(none.gate('publication').state).toBe('not-required');
    const w = new World();
    w.run(quickScan(SIMPLE));
    const out = decide(
      w.s,
      { type: 'decide', update: { actor: PETRA, outcome: 'approved', rationale: 'Ok.', adviceResponses: [] } },
      { now: w.iso, policy, patched: (id) => id !== 'publication-gate' },
    );
    if (isRefusal(out)) throw new Error(out.refusal.message);
    expect(out.snapshot.gates.find((g) => g.gate === 'publication')?.state).toBe('not-required');
    expect(out.events.map((e) => e.action)).not.toContain('register-entry-submitted');
  });

  it('refuses a bad entry field by field, and sets the facts the case knows itself', () => {
    const w = approved();
    const bad = {
      ...OWNER_ENTRY,
      name: 'x'.repeat(101),
      website: 'http://www.enschede.nl',
      goal: '<script>x</script>',
    };
    const refusal = w.run(submit({ algorithm: bad }));
    expect(refusal?.refusal.code).toBe('invalid-payload');
    const fields = (refusal?.refusal.details as RegisterEntryRefused['issues']).map((i) => i.field);
    expect(fields).toEqual(['name', 'website', 'goal']);
    expect(w.code(submit({ algorithm: { ...OWNER_ENTRY, contact_email: OWNER.email } }))).toBe('invalid-payload');
    expect(w.code(submit({ algorithm: OWNER_ENTRY, sensor: EXAMPLE_SENSOR_ENTRY }))).toBe('invalid-payload');
    expect(w.code(submit({}))).toBe('invalid-payload');
    expect(w.code(submit({ algorithm: OWNER_ENTRY }, who('bob', 'case-owner')))).toBe('missing-role');
    expect(w.code(submit({ algorithm: OWNER_ENTRY }))).toBeNull();
    expect(w.s.registers?.submitted.algorithm).toMatchObject({
      status: 'In gebruik',
      publication_category: 'Overige algoritmes',
      source_id: 'p1',
    });
    expect(w.gate('publication')).toMatchObject({ step: 'publish-register-entry', assigneeRole: 'cio-office' });
  });

  it("takes the organisation and the allowed function addresses from the project's policy version", () => {
    const listed = { ...OWNER_ENTRY, organization: 'Een andere naam', contact_email: 'Privacy.Loket@enschede.example' };
    const w = approved();
    expect(w.policy.registers?.functionAddresses).toEqual(['privacy.loket@enschede.example']);
    expect(w.code(submit({ algorithm: { ...listed, contact_email: 'piet.pieters@enschede.example' } }))).toBe(
      'invalid-payload',
    );
    expect(w.code(submit({ algorithm: listed }))).toBeNull();
    expect(w.s.registers?.submitted.algorithm).toMatchObject({
      organization: 'Gemeente Enschede',
      contact_email: 'Privacy.Loket@enschede.example',
    });

    // A version from before the section: no address of that shape passes, and the owner's organisation stays.
    const old = approved();
    const { registers: _r, ...withoutSection } = old.policy;
    old.policy = withoutSection;
    expect(old.code(submit({ algorithm: listed }))).toBe('invalid-payload');
    expect(old.code(submit({ algorithm: { ...listed, contact_email: 'algoritmes@enschede.example' } }))).toBeNull();
    expect(old.s.registers?.submitted.algorithm).toMatchObject({ organization: 'Een andere naam' });
  });

  it('is published by the CIO office, never by the case owner as a person; a return goes back with remarks', () => {
    const w = approved();
    w.run(submit({ algorithm: OWNER_ENTRY }));
    expect(w.code(review('publish', who('anna', 'case-owner', 'cio-office')))).toBe('segregation-of-duties');
    expect(w.code(review('publish', RAAF))).toBe('missing-role');
    expect(w.code(review('return'))).toBe('invalid-payload');
    expect(w.code(review('return', CIO, 'Het doel is te vaag.'))).toBeNull();
    expect(w.gate('publication').step).toBe('prepare-register-entry');
    expect(w.s.registers?.remarks).toBe('Het doel is te vaag.');
    expect(w.gate('publication').outcome).toMatchObject({ returned: true, remarks: 'Het doel is te vaag.' });
    expect(w.code(review('publish'))).toBe('wrong-step');
    w.run(submit({ algorithm: OWNER_ENTRY }));
    expect(w.code(review('publish'))).toBeNull();
    expect(w.gate('publication').state).toBe('completed');
    expect(w.s.registers?.published.algorithm).toMatchObject({ version: 1, entry: { name: OWNER_ENTRY.name } });
    expect(w.actions().filter((a) => a.startsWith('register-entry'))).toEqual([
      'register-entry-submitted',
      'register-entry-returned',
      'register-entry-submitted',
      'register-entry-published',
    ]);
  });

  it('comes before the council letter when the route needs both', () => {
    const w = new World();
    w.run(quickScan(IMPACTFUL));
    w.run({ type: 'schedule-commission', update: { actor: ELS, meetingDate: new Date(T0 + DAY).toISOString() } });
    w.advance(2 * DAY);
    w.run({ type: 'record-reflection', update: { actor: ELS, summary: 's', recommendations: [], publish: true } });
    const adviceResponses = w.s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' }));
    w.run({ type: 'decide', update: { actor: PETRA, outcome: 'approved', rationale: 'Ok.', adviceResponses } });
    expect(w.gate('publication').state).toBe('active');
    expect(w.gate('council-information').state).toBe('pending');
    w.run(submit({ algorithm: OWNER_ENTRY }));
    w.run(review('publish'));
    expect(w.s.registers?.published.algorithm?.entry.publication_category).toBe('Impactvolle algoritmes');
    expect(w.gate('council-information')).toMatchObject({ state: 'active', step: 'inform-council' });
  });

  it('follows the case: withdrawn after publication is a new version "Buiten gebruik" with the end month', () => {
    const w = approved();
    w.run(submit({ algorithm: OWNER_ENTRY }));
    w.run(review('publish'));
    w.now = T0 + 40 * DAY;
    w.run({ type: 'withdraw', update: { actor: OWNER, reason: 'Gestopt.' } });
    const last = w.events[w.events.length - 1];
    expect(last).toMatchObject({ action: 'register-entry-published', actor: null });
    expect(last.payload).toMatchObject({ register: 'algorithm', version: 2, reason: 'withdrawn' });
    expect(w.s.registers?.published.algorithm?.entry).toMatchObject({ status: 'Buiten gebruik', end_date: '2027-04' });
  });

  it('a re-evaluation that changes the register category reopens the register task; the entry gets a new version', () => {
    const w = approved();
    w.run(submit({ algorithm: OWNER_ENTRY }));
    w.run(review('publish'));
    const timer = w.s.timers.find((t) => t.kind === 'reevaluation' && !t.fired);
    if (!timer) throw new Error('no re-evaluation planned');
    w.s = carriedForReevaluation(w.s, timer.id);
    w.run({ type: 'start', mode: 'reevaluation' });
    w.run(quickScan(IMPACTFUL));
    expect(w.s.route?.outcome.algorithmRegister).toBe('B');
    w.run({ type: 'schedule-commission', update: { actor: ELS, meetingDate: new Date(w.now + DAY).toISOString() } });
    w.advance(2 * DAY);
    w.run({ type: 'record-reflection', update: { actor: ELS, summary: 's', recommendations: [], publish: true } });
    const adviceResponses = w.s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' }));
    w.run({ type: 'decide', update: { actor: PETRA, outcome: 'approved', rationale: 'Ok.', adviceResponses } });
    expect(w.gate('publication')).toMatchObject({ state: 'active', step: 'prepare-register-entry' });
    w.run(submit({ algorithm: OWNER_ENTRY }));
    w.run(review('publish'));
    expect(w.s.registers?.published.algorithm).toMatchObject({
      version: 2,
      entry: { publication_category: 'Impactvolle algoritmes' },
    });
  });

  it('an old policy version without the gate gets the default timing', () => {
    const { publication: _p, ...gates } = policy.gates;
    const old = validatePolicy({ ...policy, gates });
    expect(old.ok).toBe(true);
    expect(publicationTiming({ gates }, 'prepare-register-entry')).toMatchObject({
      assignee: 'case-owner',
      deadline: '20wd',
    });
    expect(publicationTiming({ gates }, 'publish-register-entry')).toMatchObject({ assignee: 'cio-office' });
    expect(publicationTiming(policy, 'prepare-register-entry').deadline).toBe('PT3S');
  });
});
