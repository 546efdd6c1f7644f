import { answer, OWNER, policy, who, World } from '../reducer/world.spec';
import { assembleAlgorithmEntry, assembleSensorEntry, clip, registersOf, registerStatusOf } from './assemble';
import { validateRegisterEntry } from './validate';

const NOW = '2027-05-10T10:00:00.000Z';

function decided(answers: Record<string, unknown>, title = 'Slimme camera'): World {
  const w = new World();
  w.s = { ...w.s, registration: { ...w.s.registration, title } };
  w.run({ type: 'submit-quick-scan', update: { actor: OWNER, answers } });
  const adviceResponses = w.s.advices.map((a) => ({ adviceId: a.id, response: 'follow' as const, explanation: '' }));
  w.run({
    type: 'decide',
    update: { actor: who('petra', 'portfolio-holder'), outcome: 'approved', rationale: 'Ok.', adviceResponses },
  });
  return w;
}

describe('assembling a draft entry from the case', () => {
  const SIMPLE = answer({ 'algorithm-type': 'rule-based', 'algorithm-effect': [], 'algorithm-weight': 'supporting' });

  it('takes name, description, organisation, status, category, begin month, source id and the legal sources', () => {
    const w = decided(SIMPLE, 'x'.repeat(150));
    const entry = assembleAlgorithmEntry(w.s, { now: NOW });
    expect(entry).toMatchObject({
      name: `${'x'.repeat(99)}…`,
      organization: 'Gemeente Enschede',
      description_short: 'Telt mensen.',
      status: 'In gebruik',
      publication_category: 'Overige algoritmes',
      begin_date: '2027-03',
      source_id: 'p1',
    });
    expect([...(entry.name as string)]).toHaveLength(100);
    const cited = w.s.route?.outcome.reasons.map((r) => r.source.citation) ?? [];
    expect((entry.lawful_basis_grouping as Array<{ title: string }>).map((l) => l.title)).toEqual([
      ...new Set(cited.map((c) => clip(c, 100))),
    ]);
    // What the case knows is valid as far as it goes; the owner adds the contact.
    const issues = validateRegisterEntry('algorithm', entry).map((i) => i.field);
    expect(issues).toEqual(['contact_email']);
    expect(assembleAlgorithmEntry(w.s, { now: NOW, organization: 'Gemeente Hengelo' }).organization).toBe(
      'Gemeente Hengelo',
    );
  });

  it('names the DPIA as impact assessment when the case has one, with its link when public', () => {
    const w = decided(SIMPLE);
    const dpia = w.s.gates.find((g) => g.gate === 'dpia');
    if (dpia) dpia.state = 'completed';
    const entry = assembleAlgorithmEntry(w.s, { now: NOW, assessments: { dpia: 'https://www.enschede.nl/dpia.pdf' } });
    expect(entry.impacttoetsen_grouping).toEqual([
      { title: 'Data Protection Impact Assessment (DPIA)', link: 'https://www.enschede.nl/dpia.pdf' },
    ]);
    const internal = assembleAlgorithmEntry(w.s, { now: NOW, assessments: { dpia: 'dms://dpia/1' } });
    expect(internal.impacttoetsen_grouping).toEqual([{ title: 'Data Protection Impact Assessment (DPIA)' }]);
  });

  it('maps the project status to the register status, with an end month once out of use', () => {
    expect(registerStatusOf('active')).toBe('In ontwikkeling');
    expect(registerStatusOf('approved')).toBe('In ontwikkeling');
    expect(registerStatusOf('in-use')).toBe('In gebruik');
    for (const s of ['withdrawn', 'stopped', 'rejected'] as const) expect(registerStatusOf(s)).toBe('Buiten gebruik');
    const w = decided(SIMPLE);
    const out = assembleAlgorithmEntry({ ...w.s, status: 'withdrawn' }, { now: NOW });
    expect(out).toMatchObject({ status: 'Buiten gebruik', end_date: '2027-05' });
  });

  it('knows which registers the route names, and drafts a sensor entry', () => {
    const w = decided(answer({ 'public-space-sensors': true }));
    expect(registersOf(w.s)).toContain('sensor');
    expect(assembleSensorEntry(w.s, { now: NOW })).toMatchObject({ sensor_type: 'Camera', status: 'In gebruik' });
    expect(registersOf({ route: null })).toEqual([]);
    expect(policy.id).toBe('waardenpoort-test');
  });
});
