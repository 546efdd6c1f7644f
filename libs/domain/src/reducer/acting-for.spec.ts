import type { ProjectCommand } from './commands';
import { HIGH_RISK, OWNER, who, World } from './world.spec';

/** Someone standing in for the case owner (an absence's substitute, a delegate): the API sets `actingFor`. */
const SASKIA = who('saskia', 'case-owner', 'dpo');
const FOR_OWNER = { sub: OWNER.sub, name: OWNER.name };
const DOC = { reference: 'dms://dpia/1', sha256: 'a'.repeat(64) };
const ELEMENTS = { description: 'd', necessity: 'n', risks: 'r', measures: 'm' };

const quickScan = (update: Record<string, unknown>): ProjectCommand => ({
  type: 'submit-quick-scan',
  update: { actor: SASKIA, answers: HIGH_RISK, ...update },
});

describe('acting for someone else', () => {
  it('accepts the case owner’s step from whoever acts for them, and records who acted for whom', () => {
    const w = new World();
    expect(w.code(quickScan({}))).toBe('missing-role');
    expect(w.code(quickScan({ actingFor: FOR_OWNER }))).toBeNull();
    const submitted = w.events.find((e) => e.action === 'quick-scan-submitted');
    expect(submitted?.actor?.sub).toBe(SASKIA.sub);
    expect(submitted?.payload.actingFor).toEqual(FOR_OWNER);
    // What the system did on its own (no actor) says nothing about anyone acting for anyone.
    expect(w.events.filter((e) => e.actor === null).every((e) => e.payload.actingFor === undefined)).toBe(true);
  });

  it('holds segregation of duties to the actor as a person: who submitted the DPIA for the owner may not advise', () => {
    const w = new World();
    w.run(quickScan({ actingFor: FOR_OWNER }));
    expect(
      w.code({
        type: 'submit-dpia',
        update: { actor: SASKIA, actingFor: FOR_OWNER, document: DOC, elements: ELEMENTS },
      }),
    ).toBeNull();
    expect(
      w.code({
        type: 'give-dpo-advice',
        update: { actor: SASKIA, advice: 'positive', summary: 'Goed.', priorConsultationRequired: false },
      }),
    ).toBe('segregation-of-duties');
  });

  it('refuses a malformed actingFor, or one naming the actor', () => {
    const w = new World();
    expect(w.code(quickScan({ actingFor: 'anna' }))).toBe('invalid-payload');
    expect(w.code(quickScan({ actingFor: { sub: 'anna' } }))).toBe('invalid-payload');
    expect(w.code(quickScan({ actingFor: { sub: SASKIA.sub, name: 'x' } }))).toBe('invalid-payload');
    expect(w.code(quickScan({ actingFor: { sub: 'anna', name: 'A\u0000' } }))).toBe('invalid-payload');
  });
});
