import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { parseDeadlineSpec } from '../deadline';
import { GATE_IDS } from '../gates';
import type { GateId } from '../gates';
import type { GatePolicy, Policy } from './types';
import { validatePolicy } from './validate';

const repoRoot = path.resolve(__dirname, '../../../..');
const policyDir = path.join(repoRoot, 'policy');

function readYaml(file: string): unknown {
  return parse(fs.readFileSync(path.join(policyDir, file), 'utf8'));
}

const loaded = new Map<string, Policy>();
function load(file: string): Policy {
  const cached = loaded.get(file);
  if (cached) return cached;
  const result = validatePolicy(readYaml(file));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors, null, 2)}`);
  loaded.set(file, result.policy);
  return result.policy;
}

const schema = JSON.parse(fs.readFileSync(path.join(policyDir, 'policy.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemaAccepts = ajv.compile(schema);

const policyFiles = [
  ...fs.readdirSync(policyDir).filter((f) => f.endsWith('.yaml')),
  ...fs
    .readdirSync(path.join(policyDir, 'fixtures'))
    .map((f) => `fixtures/${f}`)
    .filter((f) => f.endsWith('.yaml')),
];

describe('policy files', () => {
  it('finds the production policy and the timer-test fixture', () => {
    expect(policyFiles).toEqual(
      expect.arrayContaining(['waardenpoort-policy.v1.yaml', 'fixtures/test-policy.v1.yaml']),
    );
  });

  it.each(policyFiles)('%s passes validatePolicy and the JSON Schema', (file) => {
    const doc = readYaml(file);
    const result = validatePolicy(doc);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(schemaAccepts(doc) ? [] : schemaAccepts.errors).toEqual([]);
  });

  it('has version 1 in a file named v1', () => {
    expect(load('waardenpoort-policy.v1.yaml').version).toBe(1);
    expect(load('fixtures/test-policy.v1.yaml').version).toBe(1);
  });

  it('gives every gate a parseable deadline, reminders and escalation ladder', () => {
    const policy = load('waardenpoort-policy.v1.yaml');
    for (const gate of GATE_IDS) {
      // Optional in a policy document (the publication gate), but the seed policy sets every gate.
      const g = policy.gates[gate] as GatePolicy;
      expect(g).toBeDefined();
      expect(() => parseDeadlineSpec(g.deadline)).not.toThrow();
      g.remindBefore.forEach((r) => expect(() => parseDeadlineSpec(r)).not.toThrow());
      expect(g.escalation.length).toBeGreaterThan(0);
    }
    expect(policy.gates['quick-scan'].escalation).toEqual([
      { role: 'department-head', after: '2wd' },
      { role: 'cio-office', after: '5wd' },
    ]);
    expect(policy.priorConsultation).toMatchObject({ term: 'P8W', extension: 'P6W' });
    expect(policy.reevaluation).toEqual({ high: 'P1Y', medium: 'P2Y', low: 'P3Y' });
  });

  it('keeps the test fixture on the same questionnaire and rules, with deadlines of seconds', () => {
    const production = load('waardenpoort-policy.v1.yaml');
    const fixture = load('fixtures/test-policy.v1.yaml');
    expect(fixture.id).not.toBe(production.id);
    expect(fixture.questionnaire).toEqual(production.questionnaire);
    expect(fixture.conditions).toEqual(production.conditions);
    expect(fixture.rules).toEqual(production.rules);
    expect(fixture.sources).toEqual(production.sources);

    const seconds = (text: string): number => {
      const m = /^PT(\d+)S$/.exec(text);
      if (!m) throw new Error(`${text} is not a duration in seconds`);
      return Number(m[1]);
    };
    const gates = (p: Policy): Record<GateId, GatePolicy> => p.gates as Record<GateId, GatePolicy>;
    for (const gate of GATE_IDS) {
      const timings = [gates(fixture)[gate], ...Object.values(gates(fixture)[gate].tasks ?? {})];
      for (const t of timings) {
        expect(seconds(t.deadline)).toBeLessThanOrEqual(10);
        t.remindBefore.forEach((r) => expect(seconds(r)).toBeLessThan(seconds(t.deadline)));
        t.escalation.forEach((e) => expect(seconds(e.after)).toBeLessThanOrEqual(10));
      }
      // Same people, same ladders; only the clock differs.
      expect(gates(fixture)[gate].assignee).toBe(gates(production)[gate].assignee);
      expect(gates(fixture)[gate].escalation.map((e) => e.role)).toEqual(
        gates(production)[gate].escalation.map((e) => e.role),
      );
    }
    [fixture.priorConsultation.term, fixture.priorConsultation.extension].forEach((d) => seconds(d));
    Object.values(fixture.reevaluation).forEach((d) => seconds(d));
  });

  it('writes every text in Dutch and English', () => {
    const policy = load('waardenpoort-policy.v1.yaml');
    const texts = [
      ...policy.questionnaire.questions.flatMap((q) => [
        q.text,
        q.help,
        ...(q.type === 'one-of' || q.type === 'many-of' ? q.options.map((o) => o.label) : []),
      ]),
      ...policy.rules.map((r) => r.reason.text),
    ];
    for (const t of texts) {
      expect(t.nl.trim().length).toBeGreaterThan(0);
      expect(t.en.trim().length).toBeGreaterThan(0);
      expect(t.nl).not.toEqual(t.en);
    }
  });

  it('uses every question somewhere, so none is asked for nothing', () => {
    const policy = load('waardenpoort-policy.v1.yaml');
    const text = JSON.stringify(policy.rules) + JSON.stringify(policy.conditions);
    const showIfs = JSON.stringify(policy.questionnaire.questions.map((q) => q.showIf ?? null));
    for (const q of policy.questionnaire.questions) {
      expect([q.id, text.includes(`"question":"${q.id}"`) || showIfs.includes(`"question":"${q.id}"`)]).toEqual([
        q.id,
        true,
      ]);
    }
  });
});

describe('version 2 of the production policy', () => {
  const v1 = load('waardenpoort-policy.v1.yaml');
  const v2 = load('waardenpoort-policy.v2.yaml');
  const sourceKind = (p: Policy, id: string) => p.sources.find((s) => s.id === id)?.kind;

  it('keeps every legal criterion as it is: each rule from a law, regulator or guidance unchanged', () => {
    const legal = v1.rules.filter((r) => sourceKind(v1, r.source.id) !== 'local-policy');
    expect(legal.length).toBeGreaterThan(40);
    for (const rule of legal) expect(v2.rules.find((r) => r.id === rule.id)).toEqual(rule);
    expect(v2.questionnaire).toEqual(v1.questionnaire);
    expect(v2.sources).toEqual(v1.sources);
  });

  it('changes only the local rules it names under `changes`, each with its reason in both languages', () => {
    const named = new Set((v2.changes ?? []).map((c) => c.rule));
    const changed = v1.rules
      .filter((r) => JSON.stringify(v2.rules.find((x) => x.id === r.id)) !== JSON.stringify(r))
      .map((r) => r.id);
    const added = v2.rules.filter((r) => !v1.rules.some((x) => x.id === r.id)).map((r) => r.id);
    for (const id of [...changed, ...added]) expect({ id, named: named.has(id) }).toEqual({ id, named: true });
    for (const c of v2.changes ?? []) {
      expect(c.why.nl.length).toBeGreaterThan(100);
      expect(c.why.en.length).toBeGreaterThan(100);
    }
    expect(v2.councilInformation).toEqual({ whenDecisionDeviatesFromAdvice: true });
  });
});
