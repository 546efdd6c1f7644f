import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { QuickScanAnswersError, visibleQuestions } from './answers';
import { rank } from './conditions';
import { evaluateQuickScan, riskFloor } from './evaluate';
import {
  OUTCOME_DIMENSIONS,
  OUTCOME_SCALES,
  type AnswerValue,
  type Condition,
  type OutcomeDimension,
  type Policy,
  type Question,
  type QuickScanOutcome,
} from './types';
import { validatePolicy } from './validate';

function loadPolicy(file: string): Policy {
  const result = validatePolicy(parse(fs.readFileSync(path.resolve(__dirname, '../../../../policy', file), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.policy;
}

const policy = loadPolicy('waardenpoort-policy.v1.yaml');
const fixture = loadPolicy('fixtures/test-policy.v1.yaml');

const RUNS = { totality: 1000, missing: 1000, hidden: 500, order: 300, fixture: 300, garbage: 1000 };

/** The bounds a policy compares a number question with, so generated numbers land on both sides of each. */
function pivots(p: Policy, questionId: string): number[] {
  const found: number[] = [];
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('atLeast' in c) c.atLeast.of.forEach(walk);
    else if ('number' in c && c.number.question === questionId) {
      for (const b of [c.number.gt, c.number.gte, c.number.lt, c.number.lte])
        if (b !== undefined) found.push(b - 1, b, b + 1);
    }
  };
  [...Object.values(p.conditions), ...p.rules.map((r) => r.when)].forEach(walk);
  return found;
}

function answerArbitrary(p: Policy, q: Question): fc.Arbitrary<AnswerValue> {
  switch (q.type) {
    case 'boolean':
      return fc.boolean();
    case 'one-of':
      return fc.constantFrom(...q.options.map((o) => o.value));
    case 'many-of':
      return fc.subarray(q.options.map((o) => o.value));
    case 'number': {
      const min = q.min ?? -1_000_000;
      const max = q.max ?? 10_000_000;
      const inRange = pivots(p, q.id).filter((n) => n >= min && n <= max && (!q.integer || Number.isInteger(n)));
      const any = q.integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
      return inRange.length > 0 ? fc.oneof(any, fc.constantFrom(...inRange)) : any;
    }
  }
}

/** A value for every question, shown or not: the schema's whole answer space. */
const everyQuestion = (p: Policy): fc.Arbitrary<Record<string, AnswerValue>> =>
  fc.record(Object.fromEntries(p.questionnaire.questions.map((q) => [q.id, answerArbitrary(p, q)])));

/** What a form would send: the answers to the questions shown, in order. */
function shownOnly(p: Policy, all: Record<string, AnswerValue>): Record<string, AnswerValue> {
  return Object.fromEntries(visibleQuestions(p, all).map((q) => [q.id, all[q.id]]));
}

/** The same, filled in the slow way a person does it: one question at a time, looking only at what came before. */
function shownStepByStep(p: Policy, all: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const q of p.questionnaire.questions) {
    if (visibleQuestions(p, out).some((v) => v.id === q.id)) out[q.id] = all[q.id];
  }
  return out;
}

const strongestEffect = (o: QuickScanOutcome, d: OutcomeDimension): number =>
  Math.max(0, ...o.reasons.map((r) => (r.effects[d] === undefined ? 0 : rank(d, r.effects[d] as never))));

describe('evaluateQuickScan, for every answer combination the questionnaire allows', () => {
  it('always returns a well-formed outcome, the same one every time', () => {
    const order = policy.rules.map((r) => r.id);
    fc.assert(
      fc.property(everyQuestion(policy), (all) => {
        const answers = shownOnly(policy, all);
        const outcome = evaluateQuickScan(policy, answers);
        // Plain JSON text, key order included: stricter than deep equality, and quick.
        const text = JSON.stringify(outcome);
        // Violations are collected and compared once: a thousand runs of many small expects are slow in jest.
        const broken: string[] = [];
        const check = (ok: boolean, what: string): void => {
          if (!ok) broken.push(what);
        };
        check(JSON.stringify(evaluateQuickScan(policy, answers)) === text, 'same answers, same outcome');
        check(JSON.stringify(evaluateQuickScan(policy, structuredClone(answers))) === text, 'a copy of the answers');

        for (const d of OUTCOME_DIMENSIONS) {
          check((OUTCOME_SCALES[d] as readonly unknown[]).includes(outcome[d]), `${d} is on its scale`);
          // The outcome is exactly the join of what the fired rules say; only the risk level may also come from
          // the floor derived from the other dimensions.
          if (d !== 'riskLevel')
            check(rank(d, outcome[d] as never) === strongestEffect(outcome, d), `${d} is the join`);
        }
        check(
          rank('riskLevel', outcome.riskLevel) ===
            Math.max(strongestEffect(outcome, 'riskLevel'), rank('riskLevel', riskFloor(outcome))),
          'riskLevel is the join of the rules and the floor',
        );

        const fired = outcome.reasons.map((r) => order.indexOf(r.ruleId));
        check(
          fired.every((i, k) => i >= 0 && (k === 0 || i > fired[k - 1])),
          'reasons in policy order, once',
        );
        check(outcome.ignoredAnswers.length === 0, 'nothing ignored');

        // What this policy promises on top of the generic semantics.
        const high = outcome.dpia === 'required' || outcome.aiActClass === 'high-risk';
        check(!high || outcome.riskLevel === 'high', 'a required DPIA or high-risk AI means high risk');
        const inform = outcome.riskLevel === 'high' || outcome.commission === 'required';
        check(!inform || outcome.council === 'required', 'high risk or a reflection informs the council');
        check(
          (outcome.aiActClass === 'prohibited') === outcome.reasons.some((r) => r.source.id === 'ai-act-art-5'),
          'prohibited exactly when an art. 5 rule fired',
        );
        check(answers['personal-data'] !== false || outcome.dpia === 'not-required', 'no personal data, no DPIA');
        check(answers['algorithm-type'] === 'ai' || outcome.aiActClass === 'not-applicable', 'no AI, no AI Act class');
        expect(broken).toEqual([]);
      }),
      { numRuns: RUNS.totality },
    );
  });

  it('names exactly the question whose answer was removed', () => {
    fc.assert(
      fc.property(everyQuestion(policy), fc.nat(), (all, pick) => {
        const answers = shownOnly(policy, all);
        const shown = Object.keys(answers);
        const removed = shown[pick % shown.length];
        const { [removed]: _gone, ...rest } = answers;
        let error: unknown;
        try {
          evaluateQuickScan(policy, rest);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(QuickScanAnswersError);
        expect((error as QuickScanAnswersError).code).toBe('missing-answers');
        expect((error as QuickScanAnswersError).missingQuestionIds).toEqual([removed]);
      }),
      { numRuns: RUNS.missing },
    );
  });

  it('ignores answers to questions that were not shown, whatever they are', () => {
    fc.assert(
      fc.property(everyQuestion(policy), (all) => {
        const answers = shownStepByStep(policy, all);
        expect(shownOnly(policy, all)).toEqual(answers);
        const withHidden = evaluateQuickScan(policy, all);
        const { ignoredAnswers, ...rest } = withHidden;
        const { ignoredAnswers: none, ...expected } = evaluateQuickScan(policy, answers);
        expect(rest).toEqual(expected);
        expect(none).toEqual([]);
        expect(ignoredAnswers).toEqual(Object.keys(all).filter((id) => !(id in answers)));
      }),
      { numRuns: RUNS.hidden },
    );
  });

  it('does not depend on the order of the rules or of the answer keys', () => {
    const reversed: Policy = { ...policy, rules: [...policy.rules].reverse() };
    fc.assert(
      fc.property(everyQuestion(policy), fc.nat(), (all, seed) => {
        const answers = shownOnly(policy, all);
        const keys = Object.keys(answers);
        const rotated = Object.fromEntries(
          keys.map((_, i) => keys[(i + seed) % keys.length]).map((k) => [k, answers[k]]),
        );
        const a = evaluateQuickScan(policy, answers);
        const b = evaluateQuickScan(reversed, rotated);
        const { reasons: ra, ...oa } = a;
        const { reasons: rb, ...ob } = b;
        expect(ob).toEqual(oa);
        expect(rb.map((r) => r.ruleId).sort()).toEqual(ra.map((r) => r.ruleId).sort());
      }),
      { numRuns: RUNS.order },
    );
  });

  it('decides every route in the timer-test fixture exactly as in production', () => {
    fc.assert(
      fc.property(everyQuestion(policy), (all) => {
        const answers = shownOnly(policy, all);
        const { policy: p1, ...production } = evaluateQuickScan(policy, answers);
        const { policy: p2, ...test } = evaluateQuickScan(fixture, answers);
        expect(test).toEqual(production);
        expect([p1.id, p2.id]).toEqual(['waardenpoort', 'waardenpoort-test']);
      }),
      { numRuns: RUNS.fixture },
    );
  });

  it('either evaluates or throws its own typed error, for any input at all', () => {
    const ids = policy.questionnaire.questions.map((q) => q.id);
    const options = policy.questionnaire.questions.flatMap((q) =>
      q.type === 'one-of' || q.type === 'many-of' ? q.options.map((o) => o.value) : [],
    );
    const value = fc.oneof(
      fc.anything(),
      fc.boolean(),
      fc.constantFrom(...options),
      fc.array(fc.constantFrom(...options)),
      fc.integer(),
      fc.constant(null),
    );
    const garbage = fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom(...ids), fc.string()), value), fc.anything());
    fc.assert(
      fc.property(garbage, (answers) => {
        try {
          const outcome = evaluateQuickScan(policy, answers as Record<string, AnswerValue>);
          expect(outcome.policy.version).toBe(1);
        } catch (e) {
          expect(e).toBeInstanceOf(QuickScanAnswersError);
          expect((e as QuickScanAnswersError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS.garbage },
    );
  });
});
