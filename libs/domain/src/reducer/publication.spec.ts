import { publicDecisionOf } from '../reflection-publication';
import { EXAMPLE_ALGORITHM_ENTRY, EXAMPLE_SENSOR_ENTRY } from '../registers/examples';
import type { ProjectCommand } from './commands';
import { DAY, HIGH_RISK, OWNER, T0, who, World } from './world.spec';

const PIM = who('pim', 'privacy-officer');
const DORA = who('dora', 'dpo');
const ELS = who('els', 'ethics-secretary');
const PETRA = who('petra', 'portfolio-holder');
const RAAF = who('raaf', 'council-liaison');

const publish = (actor = ELS, question = 'Mag dit?'): ProjectCommand => ({
  type: 'publish-reflection',
  update: { actor, question },
});

/** A high-risk project with its reflection recorded (publish as given). */
function reflected(publishFlag = true): World {
  const w = new World();
  w.run({ type: 'submit-quick-scan', update: { actor: OWNER, answers: HIGH_RISK } });
  w.run({
    type: 'submit-dpia',
    update: {
      actor: PIM,
      document: { reference: 'dms://1', sha256: 'a'.repeat(64) },
      elements: { description: 'd', necessity: 'n', risks: 'r', measures: 'm' },
    },
  });
  w.run({
    type: 'give-dpo-advice',
    update: { actor: DORA, advice: 'positive', summary: 'Geheim FG-advies.', priorConsultationRequired: false },
  });
  w.run({ type: 'schedule-commission', update: { actor: ELS, meetingDate: new Date(T0 + DAY).toISOString() } });
  w.advance(2 * DAY);
  w.run({
    type: 'record-reflection',
    update: { actor: ELS, summary: 'Observaties.', recommendations: ['Evalueer.'], publish: publishFlag },
  });
  return w;
}

describe('publishing the commission reflection', () => {
  it('is refused before a reflection is recorded, to other roles, to contributors, and when not for publication', () => {
    const w = new World();
    w.run({ type: 'submit-quick-scan', update: { actor: OWNER, answers: HIGH_RISK } });
    expect(w.code(publish())).toBe('gate-not-active');
    const r = reflected();
    expect(r.code(publish(PETRA))).toBe('missing-role');
    expect(r.code(publish({ ...OWNER, roles: ['case-owner', 'ethics-secretary'] }))).toBe('segregation-of-duties');
    expect(r.code(publish(ELS, ' '))).toBe('invalid-payload');
    expect(reflected(false).code(publish())).toBe('gate-not-active');
  });

  it('records exactly the released content, once, and a withdrawal', () => {
    const w = reflected();
    expect(w.code(publish())).toBeNull();
    const event = w.events.find((e) => e.action === 'reflection-published');
    expect(Object.keys(event?.payload ?? {}).sort()).toEqual(
      [
        'adviceId',
        'department',
        'observations',
        'publicSummary',
        'question',
        'recommendations',
        'reflectedAt',
        'title',
      ].sort(),
    );
    expect(JSON.stringify(event?.payload)).not.toContain('Geheim FG-advies.');
    expect(w.code(publish())).toBe('gate-not-active');
    expect(w.code({ type: 'withdraw-reflection-publication', update: { actor: ELS, reason: 'Herzien.' } })).toBeNull();
    expect(w.s.reflectionPublication?.withdrawnAt).not.toBeNull();
    expect(w.code({ type: 'withdraw-reflection-publication', update: { actor: ELS, reason: 'Nog eens.' } })).toBe(
      'gate-not-active',
    );
    expect(w.code(publish())).toBeNull();
  });

  it('makes the decision public only once the council is informed when the route requires it', () => {
    const w = reflected();
    w.run(publish());
    const at = w.s.advices.find((a) => a.kind === 'commission-reflection')?.at as string;
    w.run({
      type: 'decide',
      update: {
        actor: PETRA,
        outcome: 'approved',
        rationale: 'Geheim.',
        adviceResponses: w.s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' })),
      },
    });
    expect(publicDecisionOf(w.s, at)).toBeNull();
    // Later gates do not stop a release: the decision gate is done and the project is in use.
    expect(w.s.status).toBe('in-use');
    // Approved with a register on its route: the entries are published before the council is informed.
    const outcome = w.s.route?.outcome;
    const own = ({ source_id: _i, status: _s, publication_category: _c, ...rest }: Record<string, unknown>) => rest;
    const entries = {
      ...(outcome?.algorithmRegister !== 'none' ? { algorithm: own(EXAMPLE_ALGORITHM_ENTRY) } : {}),
      ...(outcome?.sensorRegister ? { sensor: own(EXAMPLE_SENSOR_ENTRY) } : {}),
    };
    expect(w.run({ type: 'submit-register-entry', update: { actor: OWNER, entries } })).toBeNull();
    expect(
      w.run({ type: 'review-register-entry', update: { actor: who('cora', 'cio-office'), outcome: 'publish' } }),
    ).toBeNull();
    expect(publicDecisionOf(w.s, at)).toBeNull();
    w.run({
      type: 'record-council-information',
      update: { actor: RAAF, reference: 'RIB-1', date: '2027-04-01', channel: 'raadsinformatiebrief' },
    });
    expect(publicDecisionOf(w.s, at)).toEqual({ outcome: 'approved', decidedAt: expect.any(String) });
  });
});
