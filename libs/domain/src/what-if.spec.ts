import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { evaluateQuickScan, fillQuickScan, validatePolicy, type AnswerValue, type Policy } from './policy';
import { whatIfMoment, whatIfProject, WhatIfTally, type WhatIfProject } from './what-if';

const v1 = ((): Policy => {
  const file = path.resolve(__dirname, '../../../policy/waardenpoort-policy.v1.yaml');
  const result = validatePolicy(parse(fs.readFileSync(file, 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
})();

/** A draft: v1 changed by `edit`, validated like any version. */
function draft(edit: (p: Policy) => void): Policy {
  const copy = structuredClone<Policy>(v1);
  copy.version = v1.version + 1;
  edit(copy);
  const result = validatePolicy(copy);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

function project(given: Record<string, AnswerValue>, extra: Partial<WhatIfProject> = {}): WhatIfProject {
  const answers = fillQuickScan(v1, given);
  const { ignoredAnswers: _ignored, ...outcome } = evaluateQuickScan(v1, answers);
  return {
    id: 'p1',
    title: 'Drones boven het Volkspark',
    department: 'Openbare Ruimte',
    status: 'active',
    route: { outcome, answers, dpiaOptIn: false },
    reflectionRequested: false,
    ...extra,
  };
}

const withoutRule = (id: string) => (p: Policy) => {
  p.rules = p.rules.filter((r) => r.id !== id);
};

describe('what-if of a draft policy', () => {
  it('leaves a project unchanged under the policy it was routed with', () => {
    const r = whatIfProject(
      draft(() => undefined),
      project({ 'new-technology': true }),
    );
    expect(r).toMatchObject({ verdict: 'unchanged', changes: [], gatesOpened: [], gatesClosed: [] });
    expect(r.pinned).toEqual({ id: v1.id, version: v1.version });
  });

  it('names each dimension, rule and gate that a removed rule changes', () => {
    const r = whatIfProject(draft(withoutRule('ec-new-technology')), project({ 'new-technology': true }));
    expect(r.verdict).toBe('changed');
    expect(r.changes).toEqual(
      expect.arrayContaining([
        { dimension: 'commission', from: 'required', to: 'optional' },
        { dimension: 'council', from: 'required', to: 'optional' },
      ]),
    );
    expect(r.rulesNoLongerFiring).toEqual(
      expect.arrayContaining(['ec-new-technology', 'council-commission-reflection']),
    );
    expect(r.rulesNewlyFiring).toEqual([]);
    expect(r.gatesClosed).toEqual(['commission-reflection', 'council-information']);
    expect(r.gatesOpened).toEqual([]);
  });

  it('keeps the commission gate of a project whose reflection was asked for, whatever the draft says', () => {
    const p = project({ 'new-technology': true }, { reflectionRequested: true });
    const r = whatIfProject(draft(withoutRule('ec-new-technology')), p);
    expect(r.gatesClosed).toEqual(['council-information']);
  });

  it('reports a question the draft asks and the project never answered, and does not guess', () => {
    const d = draft((p) => {
      p.questionnaire.questions.push({
        id: 'drone-flights',
        section: 'context',
        type: 'boolean',
        text: { nl: 'Vliegen er drones?', en: 'Are drones flown?' },
        help: { nl: 'Ook als een leverancier ze vliegt.', en: 'Also when a supplier flies them.' },
      });
    });
    const r = whatIfProject(d, project({}));
    expect(r).toMatchObject({ verdict: 'needs-new-quick-scan', missingAnswers: ['drone-flights'], changes: [] });
  });

  it('drops answers to questions the draft no longer has, and names them', () => {
    const d = draft((p) => {
      p.questionnaire.questions = p.questionnaire.questions.filter((q) => q.id !== 'political-sensitivity');
      p.rules = p.rules.filter((r) => !JSON.stringify(r.when).includes('political-sensitivity'));
    });
    const r = whatIfProject(d, project({ 'political-sensitivity': true }));
    expect(r.droppedAnswers).toEqual(['political-sensitivity']);
    expect(r.verdict).toBe('changed');
    expect(r.rulesNoLongerFiring).toEqual(expect.arrayContaining(['ec-political-sensitivity']));
  });

  it('reports an answer the draft no longer accepts as needing a new quick-scan', () => {
    const d = draft((p) => {
      const q = p.questionnaire.questions.find((x) => x.id === 'data-subjects');
      if (!q || q.type !== 'number') throw new Error('fixture: data-subjects');
      q.max = 1_000_000;
    });
    const r = whatIfProject(d, project({ 'personal-data': true, 'data-subjects': 2_000_000 }));
    expect(r.verdict).toBe('needs-new-quick-scan');
    expect(r.invalidAnswers.map((i) => i.questionId)).toEqual(['data-subjects']);
  });

  it('says when a project has no quick-scan yet', () => {
    expect(whatIfProject(v1, { ...project({}), route: null }).verdict).toBe('no-quick-scan');
  });

  it('adds up per dimension, gate, rule and department', () => {
    const d = draft(withoutRule('ec-new-technology'));
    const tally = new WhatIfTally();
    const projects = [
      project({ 'new-technology': true }),
      project({ 'new-technology': true }, { department: 'Sociaal Domein' }),
      project({}),
      { ...project({}), route: null },
    ];
    for (const p of projects) tally.add(whatIfProject(d, p), p.route?.outcome ?? null);
    const t = tally.totals();
    expect(t.projects).toBe(4);
    expect(t.verdicts).toEqual({
      unchanged: 1,
      'reasons-changed': 0,
      changed: 2,
      'needs-new-quick-scan': 0,
      'no-quick-scan': 1,
    });
    expect(t.transitions).toContainEqual({ dimension: 'commission', from: 'required', to: 'optional', projects: 2 });
    expect(t.distribution.commission).toEqual({ before: { required: 2, optional: 1 }, after: { optional: 3 } });
    expect(t.gates['commission-reflection']).toEqual({ opened: 0, closed: 2 });
    expect(t.rules).toContainEqual({ ruleId: 'ec-new-technology', newlyFiring: 0, noLongerFiring: 2 });
    expect(t.departments).toEqual([
      { department: 'Openbare Ruimte', projects: 3, changed: 1, needsNewQuickScan: 0, gatesOpened: 0, gatesClosed: 2 },
      { department: 'Sociaal Domein', projects: 1, changed: 1, needsNewQuickScan: 0, gatesOpened: 0, gatesClosed: 2 },
    ]);
  });
});

describe('what-if on a date', () => {
  /** The rule removed from the draft and added back with a date: before it, as if it were not there. */
  const dated = draft((p) => {
    const rule = p.rules.find((r) => r.id === 'ec-new-technology');
    if (rule) rule.appliesFrom = '2027-08-02';
  });
  const newTech = project({ 'new-technology': true });

  it('reads the day as the start of that day in Amsterdam, an instant as it is, and nothing else', () => {
    expect(whatIfMoment('2027-08-02')).toBe('2027-08-01T22:00:00.000Z');
    expect(whatIfMoment('2027-01-15')).toBe('2027-01-14T23:00:00.000Z');
    expect(whatIfMoment('2027-08-02T09:00:00+02:00')).toBe('2027-08-02T07:00:00.000Z');
    for (const bad of ['2027-02-30', '2027-08-02T09:00:00', 'morgen', '']) expect(whatIfMoment(bad)).toBeNull();
  });

  it('does not fire a rule before its date, and does from that day on', () => {
    const before = whatIfProject(dated, newTech, { on: '2027-08-01T21:59:59.999Z' });
    expect(before.verdict).toBe('changed');
    expect(before.rulesNoLongerFiring).toContain('ec-new-technology');
    expect(whatIfProject(dated, newTech, { on: '2027-08-01T22:00:00.000Z' }).verdict).toBe('unchanged');
    expect(whatIfProject(dated, newTech).verdict).toBe('unchanged');
  });

  it('lists in the totals the rules that come into force later', () => {
    const tally = new WhatIfTally([
      { ruleId: 'ec-new-technology', appliesFrom: '2027-08-02', at: '2027-08-01T22:00:00.000Z' },
    ]);
    tally.add(whatIfProject(dated, newTech, { on: '2027-06-01T00:00:00Z' }), newTech.route?.outcome ?? null);
    expect(tally.totals().rulesComingIntoForce).toEqual([
      { ruleId: 'ec-new-technology', appliesFrom: '2027-08-02', at: '2027-08-01T22:00:00.000Z' },
    ]);
    expect(new WhatIfTally().totals().rulesComingIntoForce).toEqual([]);
  });
});
