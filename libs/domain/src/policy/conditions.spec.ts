import { resolveAnswers, visibleQuestions } from './answers';
import { evaluateCondition, PolicyEvaluationError, type AnswerState, type ConditionContext } from './conditions';
import { evaluateQuickScan } from './evaluate';
import type { Condition, Policy, Question, Rule, RuleEffects } from './types';
import { validatePolicy } from './validate';

const t = (s: string): { nl: string; en: string } => ({ nl: `${s} (nl)`, en: s });
const timing = { assignee: 'case-owner', deadline: 'PT3S', remindBefore: ['PT1S'], escalation: [] } as const;

/** A small policy, checked by validatePolicy like any other, so the tests cannot rely on something invalid. */
function miniPolicy(questions: Question[], rules: Rule[], conditions: Record<string, Condition> = {}): Policy {
  const result = validatePolicy({
    id: 'mini',
    version: 1,
    effectiveFrom: '2026-01-01',
    title: t('mini'),
    sources: [{ id: 'src', kind: 'local-policy', citation: 'test', title: t('test') }],
    questionnaire: { sections: [], questions },
    conditions,
    rules,
    gates: {
      'quick-scan': timing,
      dpia: timing,
      'commission-reflection': timing,
      'portfolio-decision': timing,
      'council-information': timing,
    },
    priorConsultation: { term: 'PT4S', extension: 'PT3S', source: 'src' },
    reevaluation: { low: 'PT30S', medium: 'PT20S', high: 'PT10S' },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.policy;
}

const yesNo = (id: string, showIf?: Condition): Question => ({
  id,
  type: 'boolean',
  text: t(id),
  help: t(id),
  ...(showIf ? { showIf } : {}),
});
const rule = (id: string, when: Condition, then: RuleEffects): Rule => ({
  id,
  when,
  then,
  reason: { id: `because-${id}`, text: t(id) },
  source: { id: 'src' },
});
const yes = (question: string): Condition => ({ equals: { question, value: true } });

function ctxOf(states: Record<string, AnswerState>, conditions: Record<string, Condition> = {}): ConditionContext {
  return { state: (id) => states[id] ?? { kind: 'hidden' }, conditions };
}
const T: AnswerState = { kind: 'answered', value: true };
const F: AnswerState = { kind: 'answered', value: false };
const P: AnswerState = { kind: 'pending' };
const H: AnswerState = { kind: 'hidden' };

describe('conditions', () => {
  it.each([
    ['all', { all: [yes('a'), yes('b')] }, { a: T, b: P }, null],
    ['all with a known false', { all: [yes('a'), yes('b')] }, { a: F, b: P }, false],
    ['any', { any: [yes('a'), yes('b')] }, { a: F, b: P }, null],
    ['any with a known true', { any: [yes('a'), yes('b')] }, { a: T, b: P }, true],
    ['not of unknown', { not: yes('a') }, { a: P }, null],
    ['not of a hidden question', { not: yes('a') }, { a: H }, true],
    ['a hidden question', yes('a'), { a: H }, false],
    ['atLeast reached despite unknowns', { atLeast: { count: 1, of: [yes('a'), yes('b')] } }, { a: T, b: P }, true],
    ['atLeast undecided', { atLeast: { count: 2, of: [yes('a'), yes('b')] } }, { a: T, b: P }, null],
    ['atLeast out of reach', { atLeast: { count: 2, of: [yes('a'), yes('b')] } }, { a: F, b: P }, false],
  ] as const)('%s', (_name, condition, states, expected) => {
    expect(evaluateCondition(condition as Condition, ctxOf(states as Record<string, AnswerState>))).toBe(expected);
  });

  it('compares numbers with every bound given', () => {
    const between: Condition = { number: { question: 'n', gte: 10, lt: 20 } };
    const at = (value: number): boolean | null => evaluateCondition(between, ctxOf({ n: { kind: 'answered', value } }));
    expect([9, 10, 19.5, 20].map(at)).toEqual([false, true, true, false]);
    expect(
      evaluateCondition({ number: { question: 'n', gt: 0, lte: 1 } }, ctxOf({ n: { kind: 'answered', value: 1 } })),
    ).toBe(true);
  });

  it('looks into many-of answers with includes and includesAny', () => {
    const s = ctxOf({ m: { kind: 'answered', value: ['x', 'y'] } });
    expect(evaluateCondition({ includes: { question: 'm', value: 'y' } }, s)).toBe(true);
    expect(evaluateCondition({ includes: { question: 'm', value: 'z' } }, s)).toBe(false);
    expect(evaluateCondition({ includesAny: { question: 'm', values: ['z', 'x'] } }, s)).toBe(true);
    expect(evaluateCondition({ includesAny: { question: 'm', values: ['z'] } }, s)).toBe(false);
  });

  it('refuses to loop on named conditions that refer to each other, or to decide visibility by outcome', () => {
    const loop = { a: { ref: 'b' }, b: { ref: 'a' } } as Record<string, Condition>;
    expect(() => evaluateCondition({ ref: 'a' }, ctxOf({}, loop))).toThrow(PolicyEvaluationError);
    expect(() => evaluateCondition({ ref: 'missing' }, ctxOf({}))).toThrow(PolicyEvaluationError);
    expect(() => evaluateCondition({ outcome: { dimension: 'dpia', atLeast: 'required' } }, ctxOf({}))).toThrow(
      PolicyEvaluationError,
    );
  });
});

describe('visibility', () => {
  const policy = miniPolicy(
    [
      yesNo('a'),
      yesNo('b', yes('a')),
      yesNo('c', yes('b')),
      yesNo('d', { not: yes('b') }),
      yesNo('e', { any: [yes('a'), yes('d')] }),
    ],
    [rule('r', yes('a'), { dpia: 'recommended' })],
  );
  const shown = (answers: Record<string, boolean>): string[] => visibleQuestions(policy, answers).map((q) => q.id);

  it('hides follow-ups of a hidden question, and shows the "not" branch of one', () => {
    expect(shown({ a: false })).toEqual(['a', 'd']); // e waits for d
    expect(shown({ a: false, d: true })).toEqual(['a', 'd', 'e']);
    expect(shown({ a: false, d: false })).toEqual(['a', 'd']);
    expect(shown({ a: true, b: true })).toEqual(['a', 'b', 'c', 'e']);
    expect(shown({ a: true, b: false })).toEqual(['a', 'b', 'd', 'e']);
  });

  it('holds back what depends on an unanswered question, but not what is settled already', () => {
    // b is shown but unanswered: c and d wait for it; e is shown because a alone settles it.
    expect(shown({ a: true })).toEqual(['a', 'b', 'e']);
    expect(resolveAnswers(policy, { a: true }).visibility.get('d')).toBeNull();
  });
});

describe('combination', () => {
  const questions = [yesNo('a'), yesNo('b'), yesNo('c')];
  const rules = [
    // Depends on an outcome that only a later rule produces: the fixed point must still find it.
    rule('council-when-high', { outcome: { dimension: 'riskLevel', atLeast: 'high' } }, { council: 'required' }),
    rule('weak', yes('a'), { dpia: 'recommended', aiActClass: 'minimal', algorithmRegister: 'C' }),
    rule('strong', yes('b'), { dpia: 'required', aiActClass: 'limited', algorithmRegister: 'B' }),
    rule('raise-risk', yes('c'), { riskLevel: 'medium', sensorRegister: true }),
  ];
  const policy = miniPolicy(questions, rules);
  const reversed = miniPolicy(questions, [...rules].reverse());

  it('takes the strongest value per dimension and lists every rule that fired', () => {
    const r = evaluateQuickScan(policy, { a: true, b: true, c: true });
    expect(r).toMatchObject({
      dpia: 'required',
      aiActClass: 'limited',
      algorithmRegister: 'B',
      riskLevel: 'high',
      council: 'required',
      sensorRegister: true,
    });
    expect(r.reasons.map((x) => x.ruleId)).toEqual(['council-when-high', 'weak', 'strong', 'raise-risk']);
  });

  it('derives the risk level from the other dimensions, which rules can only raise', () => {
    expect(evaluateQuickScan(policy, { a: true, b: false, c: false }).riskLevel).toBe('medium');
    expect(evaluateQuickScan(policy, { a: false, b: false, c: true }).riskLevel).toBe('medium');
    expect(evaluateQuickScan(policy, { a: false, b: false, c: false }).riskLevel).toBe('low');
    expect(evaluateQuickScan(policy, { a: false, b: true, c: false })).toMatchObject({
      riskLevel: 'high',
      council: 'required',
    });
  });

  it('gives the same outcome whatever the order of the rules', () => {
    for (const answers of [
      { a: true, b: true, c: true },
      { a: true, b: false, c: true },
      { a: false, b: true, c: false },
    ]) {
      const { reasons: r1, ...o1 } = evaluateQuickScan(policy, answers);
      const { reasons: r2, ...o2 } = evaluateQuickScan(reversed, answers);
      expect(o2).toEqual(o1);
      expect(r2.map((x) => x.ruleId).reverse()).toEqual(r1.map((x) => x.ruleId));
    }
  });
});
