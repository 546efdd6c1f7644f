import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse, stringify } from 'yaml';
import { evaluateQuickScan } from './evaluate';
import { compareDurations, validatePolicy } from './validate';
import { parseDeadlineSpec } from '../deadline';

const repoRoot = path.resolve(__dirname, '../../../..');
const productionText = fs.readFileSync(path.join(repoRoot, 'policy/waardenpoort-policy.v1.yaml'), 'utf8');

type Doc = Record<string, any>;

const production = parse(productionText) as Doc;
/** Parsing a thousand lines of YAML takes 0.1 s; cloning the parsed tree is nearly free. */
const fresh = (): Doc => structuredClone(production);
const questionIndex = (doc: Doc, id: string): number =>
  (doc.questionnaire.questions as { id: string }[]).findIndex((q) => q.id === id);
const ruleIndex = (doc: Doc, id: string): number => (doc.rules as { id: string }[]).findIndex((r) => r.id === id);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemaAccepts = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(repoRoot, 'policy/policy.schema.json'), 'utf8')) as object,
);

interface Broken {
  name: string;
  /** Where validatePolicy must report it (JSON Pointer). */
  path: string | ((doc: Doc) => string);
  mutate: (doc: Doc) => void;
}

/** Wrong shape: the JSON Schema, validatePolicy and the script all refuse these. */
const SHAPE: Broken[] = [
  { name: 'no version', path: '', mutate: (d) => delete d.version },
  { name: 'a version that is not a whole number', path: '/version', mutate: (d) => (d.version = '1.0.0') },
  { name: 'version zero', path: '/version', mutate: (d) => (d.version = 0) },
  { name: 'a date that does not exist', path: '/effectiveFrom', mutate: (d) => (d.effectiveFrom = '2026-02-30') },
  { name: 'a title without English', path: '/title', mutate: (d) => delete d.title.en },
  { name: 'an unknown top-level field', path: '/owner', mutate: (d) => (d.owner = 'CIO Office') },
  {
    name: 'a council letter placeholder that is not a fact of the case',
    path: '/councilLetter/subject/nl',
    mutate: (d) => (d.councilLetter.subject.nl = 'Brief over {{projectOwnerEmail}}'),
  },
  {
    name: 'a council letter without an absence text',
    path: '/councilLetter/absent',
    mutate: (d) => delete d.councilLetter.absent.noDpia,
  },
  {
    name: 'a council letter heading without English',
    path: '/councilLetter/headings/route',
    mutate: (d) => delete d.councilLetter.headings.route.en,
  },
  {
    name: 'a council letter text longer than 2,000 characters',
    path: '/councilLetter/introduction/nl',
    mutate: (d) => (d.councilLetter.introduction.nl = 'x'.repeat(2001)),
  },
  {
    name: 'an unknown council letter text',
    path: '/councilLetter/postscript',
    mutate: (d) => (d.councilLetter.postscript = { nl: 'PS', en: 'PS' }),
  },
  {
    name: 'a register section without the organisation',
    path: '/registers',
    mutate: (d) => delete d.registers.organization,
  },
  {
    name: 'a register organisation longer than the registers take',
    path: '/registers/organization',
    mutate: (d) => (d.registers.organization = 'G'.repeat(101)),
  },
  {
    name: 'a function address that is not an e-mail address',
    path: '/registers/functionAddresses/0',
    mutate: (d) => (d.registers.functionAddresses = ['privacy loket@enschede.nl']),
  },
  {
    name: 'an unknown register setting',
    path: '/registers/contact',
    mutate: (d) => (d.registers.contact = 'info@enschede.nl'),
  },
  {
    name: 'an id in capitals',
    path: '/questionnaire/questions/0/id',
    mutate: (d) => (d.questionnaire.questions[0].id = 'PersonalData'),
  },
  {
    name: 'a free-text question type',
    path: '/questionnaire/questions/0/type',
    mutate: (d) => (d.questionnaire.questions[0].type = 'text'),
  },
  {
    name: 'a one-of question with one option',
    path: (d) => `/questionnaire/questions/${questionIndex(d, 'cameras')}/options`,
    mutate: (d) => d.questionnaire.questions[questionIndex(d, 'cameras')].options.splice(1),
  },
  {
    name: 'options on a yes/no question',
    path: '/questionnaire/questions/0/options',
    mutate: (d) => (d.questionnaire.questions[0].options = [{ value: 'ja', label: { nl: 'Ja', en: 'Yes' } }]),
  },
  {
    name: 'a question without help',
    path: '/questionnaire/questions/0',
    mutate: (d) => delete d.questionnaire.questions[0].help,
  },
  {
    name: 'a condition with two operators',
    path: '/rules/0/when',
    mutate: (d) =>
      (d.rules[0].when = {
        equals: { question: 'profiling', value: true },
        includes: { question: 'data-categories', value: 'health' },
      }),
  },
  {
    name: 'an unknown operator',
    path: '/rules/0/when',
    mutate: (d) => (d.rules[0].when = { matches: { question: 'profiling' } }),
  },
  {
    name: 'a number comparison without a bound',
    path: '/conditions/large-scale/all/1/number',
    mutate: (d) => delete d.conditions['large-scale'].all[1].number.gte,
  },
  {
    name: 'atLeast zero',
    path: '/rules/0/when/atLeast/count',
    mutate: (d) => (d.rules[0].when = { atLeast: { count: 0, of: [{ ref: 'uses-ai' }] } }),
  },
  { name: 'a rule that does nothing', path: '/rules/0/then', mutate: (d) => (d.rules[0].then = {}) },
  {
    name: 'an outcome value that does not exist',
    path: '/rules/0/then/dpia',
    mutate: (d) => (d.rules[0].then = { dpia: 'maybe' }),
  },
  {
    name: 'sensorRegister: false as an effect',
    path: '/rules/0/then/sensorRegister',
    mutate: (d) => (d.rules[0].then = { sensorRegister: false }),
  },
  {
    name: 'an outcome condition with a value from another scale',
    path: (d) => `/rules/${ruleIndex(d, 'council-high-risk')}/when/outcome/atLeast`,
    mutate: (d) =>
      (d.rules[ruleIndex(d, 'council-high-risk')].when = { outcome: { dimension: 'riskLevel', atLeast: 'required' } }),
  },
  { name: 'a rule without a reason', path: '/rules/0', mutate: (d) => delete d.rules[0].reason },
  { name: 'a gate missing', path: '/gates', mutate: (d) => delete d.gates['council-information'] },
  { name: 'a gate that does not exist', path: '/gates/audit', mutate: (d) => (d.gates.audit = d.gates.dpia) },
  {
    name: 'an assignee that is not a role',
    path: '/gates/portfolio-decision/assignee',
    mutate: (d) => (d.gates['portfolio-decision'].assignee = 'mayor'),
  },
  {
    name: 'a deadline in plain days',
    path: '/gates/quick-scan/deadline',
    mutate: (d) => (d.gates['quick-scan'].deadline = '10 days'),
  },
  {
    name: 'a negative duration',
    path: '/gates/quick-scan/deadline',
    mutate: (d) => (d.gates['quick-scan'].deadline = 'PT-5S'),
  },
  {
    name: 'an escalation step without delay',
    path: '/gates/quick-scan/escalation/0',
    mutate: (d) => delete d.gates['quick-scan'].escalation[0].after,
  },
  {
    name: 'a task without deadline',
    path: '/gates/dpia/tasks/dpo-advice',
    mutate: (d) => delete d.gates.dpia.tasks['dpo-advice'].deadline,
  },
  {
    name: 'no extension of prior consultation',
    path: '/priorConsultation',
    mutate: (d) => delete d.priorConsultation.extension,
  },
  {
    name: 'no re-evaluation interval for medium risk',
    path: '/reevaluation',
    mutate: (d) => delete d.reevaluation.medium,
  },
  { name: 'a source of an unknown kind', path: '/sources/0/kind', mutate: (d) => (d.sources[0].kind = 'blog') },
  { name: 'a limit of zero holds', path: '/limits/holds', mutate: (d) => (d.limits = { holds: 0 }) },
  {
    name: 'a history limit beyond what Temporal allows',
    path: '/limits/historyEvents',
    mutate: (d) => (d.limits = { historyEvents: 60_000 }),
  },
  { name: 'an unknown limit', path: '/limits/signals', mutate: (d) => (d.limits = { signals: 5 }) },
  ...(
    [
      ['a rule dated on a day that does not exist', '2027-02-30'],
      ['a rule dated with an instant without offset', '2027-08-02T00:00:00'],
      ['a rule dated with a leap second', '2027-08-02T23:59:60Z'],
      ['a rule dated 25:00', '2027-08-02T25:00:00+02:00'],
      ['a rule dated in words', '2 augustus 2027'],
      ['a rule dated with a number', 20270802],
      ['a rule dated with a date and something after it', "2027-08-02' OR 1=1 --"],
      ['a rule dated with a control character', '2027-08-02\u0000'],
      ['a rule dated with a very long text', `2027-08-02T00:00:00${'0'.repeat(100_000)}Z`],
    ] as const
  ).map(([name, value]): Broken => ({
    name,
    path: '/rules/0/appliesFrom',
    mutate: (d) => (d.rules[0].appliesFrom = value),
  })),
];

/** Right shape, wrong meaning: only validatePolicy and the script's cross-checks can refuse these. */
const MEANING: Broken[] = [
  {
    name: 'a rule dated before 2000',
    path: '/rules/1/appliesFrom',
    mutate: (d) => (d.rules[1].appliesFrom = '1999-12-31'),
  },
  {
    name: 'a rule dated after 2100',
    path: '/rules/1/appliesFrom',
    mutate: (d) => (d.rules[1].appliesFrom = '2101-01-01T00:00:00Z'),
  },
  {
    name: 'two questions with one id',
    path: '/questionnaire/questions/1/id',
    mutate: (d) => (d.questionnaire.questions[1].id = 'personal-data'),
  },
  { name: 'two rules with one id', path: '/rules/1/id', mutate: (d) => (d.rules[1].id = d.rules[0].id) },
  {
    name: 'two rules with one reason id',
    path: '/rules/1/reason/id',
    mutate: (d) => (d.rules[1].reason.id = d.rules[0].reason.id),
  },
  {
    name: 'a rule about a question that does not exist',
    path: '/rules/0/when/all/1/equals/question',
    mutate: (d) => (d.rules[0].when.all[1].equals.question = 'uses-blockchain'),
  },
  {
    name: 'includes with a value that is not an option',
    path: (d) => `/rules/${ruleIndex(d, 'ap-07-health-data')}/when/includes/value`,
    mutate: (d) => (d.rules[ruleIndex(d, 'ap-07-health-data')].when.includes.value = 'medical'),
  },
  {
    name: 'includes on a yes/no question',
    path: (d) => `/rules/${ruleIndex(d, 'ap-07-health-data')}/when/includes/question`,
    mutate: (d) => (d.rules[ruleIndex(d, 'ap-07-health-data')].when.includes.question = 'profiling'),
  },
  {
    name: 'equals on a many-of question',
    path: (d) => `/rules/${ruleIndex(d, 'ap-15-profiling')}/when/equals`,
    mutate: (d) =>
      (d.rules[ruleIndex(d, 'ap-15-profiling')].when = { equals: { question: 'data-categories', value: 'health' } }),
  },
  {
    name: "a yes/no question compared with 'yes'",
    path: (d) => `/rules/${ruleIndex(d, 'ap-15-profiling')}/when/equals/value`,
    mutate: (d) => (d.rules[ruleIndex(d, 'ap-15-profiling')].when.equals.value = 'yes'),
  },
  {
    name: 'a one-of question compared with a value that is not an option',
    path: '/conditions/uses-ai/equals/value',
    mutate: (d) => (d.conditions['uses-ai'].equals.value = 'machine-learning'),
  },
  {
    name: 'a number comparison on a yes/no question',
    path: '/conditions/large-scale/all/1/number/question',
    mutate: (d) => (d.conditions['large-scale'].all[1].number.question = 'profiling'),
  },
  {
    name: 'showIf looking at a later question',
    path: '/questionnaire/questions/1/showIf/equals/question',
    mutate: (d) => (d.questionnaire.questions[1].showIf = { equals: { question: 'profiling', value: true } }),
  },
  {
    name: 'showIf looking at itself',
    path: '/questionnaire/questions/1/showIf/number/question',
    mutate: (d) => (d.questionnaire.questions[1].showIf = { number: { question: 'data-subjects', gte: 1 } }),
  },
  {
    name: 'showIf looking at a later question through a named condition',
    path: '/questionnaire/questions/1/showIf/ref',
    mutate: (d) => (d.questionnaire.questions[1].showIf = { ref: 'uses-ai' }),
  },
  {
    name: 'showIf looking at the outcome',
    path: '/questionnaire/questions/1/showIf/outcome',
    mutate: (d) => (d.questionnaire.questions[1].showIf = { outcome: { dimension: 'dpia', atLeast: 'required' } }),
  },
  {
    name: 'an outcome condition under not',
    path: (d) => `/rules/${ruleIndex(d, 'council-high-risk')}/when/not/outcome`,
    mutate: (d) =>
      (d.rules[ruleIndex(d, 'council-high-risk')].when = {
        not: { outcome: { dimension: 'dpia', atLeast: 'required' } },
      }),
  },
  {
    name: 'an outcome condition under not, hidden in a named condition',
    path: (d) => `/rules/${ruleIndex(d, 'council-high-risk')}/when/not/ref`,
    mutate: (d) => {
      d.conditions['risky'] = { outcome: { dimension: 'riskLevel', atLeast: 'high' } };
      d.rules[ruleIndex(d, 'council-high-risk')].when = { not: { ref: 'risky' } };
    },
  },
  {
    name: 'a reference to a named condition that does not exist',
    path: '/rules/0/when/all/0/ref',
    mutate: (d) => (d.rules[0].when.all[0].ref = 'personal-data-processed'),
  },
  {
    name: 'named conditions referring to each other',
    path: '/conditions/uses-ai',
    mutate: (d) => (d.conditions['uses-ai'] = { all: [{ ref: 'high-risk-ai-system' }] }),
  },
  {
    name: 'atLeast more than there are',
    path: '/rules/0/when/atLeast/count',
    mutate: (d) => (d.rules[0].when = { atLeast: { count: 3, of: [{ ref: 'uses-ai' }, { ref: 'large-scale' }] } }),
  },
  {
    name: 'a rule citing an unknown source',
    path: '/rules/0/source/id',
    mutate: (d) => (d.rules[0].source.id = 'avg-99'),
  },
  {
    name: 'a question in an unknown section',
    path: '/questionnaire/questions/0/section',
    mutate: (d) => (d.questionnaire.questions[0].section = 'overig'),
  },
  {
    name: 'an option listed twice',
    path: (d) => `/questionnaire/questions/${questionIndex(d, 'cameras')}/options/2/value`,
    mutate: (d) => (d.questionnaire.questions[questionIndex(d, 'cameras')].options[2].value = 'fixed'),
  },
  {
    name: 'a number question with min above max',
    path: '/questionnaire/questions/1/max',
    mutate: (d) => (d.questionnaire.questions[1].max = -1),
  },
  {
    name: 'a deadline of zero',
    path: '/gates/quick-scan/deadline',
    mutate: (d) => (d.gates['quick-scan'].deadline = 'P0D'),
  },
  {
    name: 'a reminder before the task even starts',
    path: '/gates/quick-scan/remindBefore/0',
    mutate: (d) => (d.gates['quick-scan'].remindBefore = ['10wd']),
  },
  {
    name: 'a zero escalation delay',
    path: '/gates/dpia/escalation/1/after',
    mutate: (d) => (d.gates.dpia.escalation[1].after = 'PT0S'),
  },
  {
    name: 'prior consultation citing an unknown source',
    path: '/priorConsultation/source',
    mutate: (d) => (d.priorConsultation.source = 'avg-37'),
  },
];

const where = (b: Broken, doc: Doc): string => (typeof b.path === 'function' ? b.path(doc) : b.path);

function broken(b: Broken): { doc: Doc; at: string } {
  const doc = fresh();
  const at = where(b, doc);
  b.mutate(doc);
  return { doc, at };
}

describe('validatePolicy', () => {
  it('accepts the production policy and returns a copy that shares nothing with the input', () => {
    const doc = fresh();
    const result = validatePolicy(doc);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.policy).toEqual(doc);
    doc.rules[0].then.dpia = 'not-required';
    expect(result.policy.rules[0]?.then.dpia).toBe('required');
  });

  it.each(['2027-08-02', '2000-01-01', '2100-12-31', '2027-08-02T00:00:00+02:00', '2027-08-01T22:00:00.5Z'])(
    'accepts a rule dated %s (and so does the schema)',
    (appliesFrom) => {
      const doc = fresh();
      doc.rules[0].appliesFrom = appliesFrom;
      const result = validatePolicy(doc);
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(result.ok && result.policy.rules[0]?.appliesFrom).toBe(appliesFrom);
      expect(schemaAccepts(doc) ? [] : schemaAccepts.errors).toEqual([]);
    },
  );

  it('fills in an empty set of named conditions when there are none', () => {
    const doc = fresh();
    const result = validatePolicy({ ...doc, conditions: undefined });
    expect(result.ok).toBe(false); // the production rules use them
    const minimal = { ...doc, conditions: undefined, rules: [doc.rules[ruleIndex(doc, 'ap-15-profiling')]] };
    const ok = validatePolicy(minimal);
    expect(ok.ok && ok.policy.conditions).toEqual({});
  });

  it.each(['not a policy', 42, null, [], undefined])('refuses %p as a whole', (value) => {
    expect(validatePolicy(value)).toEqual({ ok: false, errors: [{ path: '', message: 'must be an object' }] });
  });

  it.each(SHAPE.map((b) => [b.name, b] as const))('refuses %s (and so does the schema)', (_name, b) => {
    const { doc, at } = broken(b);
    const result = validatePolicy(doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(at);
    expect(schemaAccepts(doc)).toBe(false);
  });

  it.each(MEANING.map((b) => [b.name, b] as const))('refuses %s (which the schema cannot see)', (_name, b) => {
    const { doc, at } = broken(b);
    const result = validatePolicy(doc);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toContain(at);
    expect(schemaAccepts(doc) ? [] : schemaAccepts.errors).toEqual([]);
  });

  it('reports every problem at once, not only the first', () => {
    const doc = fresh();
    doc.version = 0;
    doc.gates['quick-scan'].assignee = 'mayor';
    doc.rules[0].then = {};
    const result = validatePolicy(doc);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([
      '/version',
      '/rules/0/then',
      '/gates/quick-scan/assignee',
    ]);
  });

  it('produces a policy the evaluator can run', () => {
    const result = validatePolicy(fresh());
    if (!result.ok) throw new Error('invalid');
    expect(() => evaluateQuickScan(result.policy, {})).toThrow(expect.objectContaining({ code: 'missing-answers' }));
  });
});

describe('compareDurations', () => {
  const cmp = (a: string, b: string): number | null => compareDurations(parseDeadlineSpec(a), parseDeadlineSpec(b));
  it('compares like with like, and refuses to guess otherwise', () => {
    expect(cmp('5wd', '10wd')).toBeLessThan(0);
    expect(cmp('PT3S', 'PT2S')).toBeGreaterThan(0);
    expect(cmp('P2W', 'P14D')).toBe(0);
    expect(cmp('P2W', '10wd')).toBeNull();
    expect(cmp('P1M', 'P4W')).toBeNull();
  });
});

describe('scripts/policy-check.mjs', () => {
  const script = path.join(repoRoot, 'scripts/policy-check.mjs');
  const run = (args: string[]): { code: number; out: string } => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [script, ...args], {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1' },
        }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('passes the policy files in the repository', () => {
    const { code, out } = run([]);
    expect(out).toContain('waardenpoort-policy.v1.yaml');
    expect(out).toContain('waardenpoort-policy.v2.yaml');
    expect(out).toContain('test-policy.v1.yaml');
    expect(out).toMatch(/3 files checked: 3 ok, 0 with errors/);
    expect(code).toBe(0);
  });

  it('finds the same problems as validatePolicy, at the same paths, and fails', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-check-'));
    try {
      const expected = new Map<string, string>();
      [...SHAPE, ...MEANING].forEach((b, i) => {
        const { doc, at } = broken(b);
        const file = `broken-${String(i).padStart(2, '0')}.yaml`;
        // JSON is YAML too, and parses twice as fast: this test writes some sixty policies.
        fs.writeFileSync(path.join(dir, file), JSON.stringify(doc));
        expected.set(file, at);
      });
      fs.writeFileSync(path.join(dir, 'not-yaml.yaml'), 'id: [unclosed\n');
      fs.writeFileSync(path.join(dir, 'duplicate-key.yaml'), 'id: a\nid: b\n');
      fs.writeFileSync(path.join(dir, 'named.v2.yaml'), productionText.replace(/^id: waardenpoort$/m, 'id: named'));

      const { code, out } = run(['--json', dir]);
      expect(code).toBe(1);
      const report = JSON.parse(out) as { ok: boolean; files: { file: string; errors: { path: string }[] }[] };
      expect(report.ok).toBe(false);
      const byFile = new Map(report.files.map((f) => [path.basename(f.file), f.errors.map((e) => e.path)]));
      for (const [file, at] of expected) expect([file, byFile.get(file)]).toEqual([file, expect.arrayContaining([at])]);
      expect(byFile.get('not-yaml.yaml')?.length).toBeGreaterThan(0);
      expect(byFile.get('duplicate-key.yaml')?.length).toBeGreaterThan(0);
      expect(byFile.get('named.v2.yaml')).toEqual(['/version']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints a readable report with line numbers', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-check-'));
    try {
      const doc = fresh();
      doc.rules[ruleIndex(doc, 'ap-07-health-data')].when.includes.value = 'medical';
      fs.writeFileSync(path.join(dir, 'policy.v1.yaml'), stringify(doc));
      const { code, out } = run([dir]);
      expect(code).toBe(1);
      expect(out).toMatch(/FAIL .*policy\.v1\.yaml\s+\(1 error\)/);
      expect(out).toMatch(
        /error\s+line \d+, \/rules\/\d+\/when\/includes\/value: "medical" is not an option of "data-categories"/,
      );
      expect(out).toMatch(/1 file checked: 0 ok, 1 with errors/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explains a malformed condition in one line rather than ten', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-check-'));
    try {
      const doc = fresh();
      doc.rules[0].when = { matches: { question: 'profiling' } };
      doc.rules[1].when = { equals: { question: 'profiling', value: true, extra: 1 } };
      fs.writeFileSync(path.join(dir, 'policy.v1.yaml'), stringify(doc));
      const { out } = run(['--json', dir]);
      const [file] = (JSON.parse(out) as { files: { errors: { path: string; message: string }[] }[] }).files;
      expect(file?.errors).toEqual([
        expect.objectContaining({ path: '/rules/0/when', message: expect.stringContaining('exactly one of all, any') }),
        expect.objectContaining({ path: '/rules/1/when/equals/extra', message: 'is not a known field' }),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
