import { QuickScanAnswersError, resolveAnswers } from './answers';
import { evaluateCondition, rank, type AnswerState, type ConditionContext } from './conditions';
import { ruleInForce } from './in-force';
import {
  OUTCOME_DIMENSIONS,
  type OutcomeDimension,
  type OutcomeValues,
  type Policy,
  type QuickScanAnswers,
  type QuickScanOutcome,
  type QuickScanReason,
  type RiskLevel,
  type Rule,
} from './types';

/**
 * Evaluates the quick-scan: which route a project must take, and why.
 *
 * Answers:
 * - every shown question needs a valid answer; otherwise `QuickScanAnswersError` (`missing-answers` naming the
 *   questions, or `invalid-answers`). The evaluator never assumes a default: a missing "no" is not a "no";
 * - answers to unknown question ids, and answers of the wrong type, are errors, also for questions not shown;
 * - well-formed answers to questions that are not shown are ignored (and listed in `ignoredAnswers`): a form that
 *   keeps what was typed before a parent answer changed is not an error, but what was not asked never counts.
 *
 * Combination (the same for every dimension, so no rule order or "last one wins" can change a route):
 * - each scale is ordered weakest to strongest (see OUTCOME_SCALES); a rule raises each dimension it names to at
 *   least its value, and the outcome is the strongest value any fired rule gives (a join). So DPIA required beats
 *   recommended beats not-required; AI Act prohibited > high-risk > limited > minimal > not-applicable; register
 *   A > B > C > none; commission/council required > optional; a sensor register entry once any rule asks for it;
 * - the risk level is at least the floor `riskFloor` derives from the other dimensions, and rules may raise it;
 * - rules may also look at the outcome (`{ outcome: { dimension, atLeast } }`, e.g. "inform the council when the
 *   risk is high"). Those atoms only ask "at least" and never sit under `not`, so firing is monotone: the rules
 *   are applied until nothing new fires (a least fixed point, reached in at most rules + 1 rounds), and the
 *   result does not depend on rule order;
 * - `reasons` lists every rule that fired, in policy order, with its source, including rules whose effect was
 *   overruled by a stronger one: the auditor sees all grounds, not only the winning one.
 *
 * Pure and deterministic: workflow code calls it, so no clock, no randomness, no I/O.
 */
export function evaluateQuickScan(
  policy: Policy,
  answers: QuickScanAnswers,
  options: EvaluationOptions = {},
): QuickScanOutcome {
  const resolved = resolveAnswers(policy, answers);
  if (resolved.issues.length > 0) throw new QuickScanAnswersError(resolved.issues);

  // A rule not yet in force on the evaluation date is treated as if it were not there: it never fires.
  const onMs = options.on === undefined ? null : Date.parse(options.on);
  const inForce = policy.rules.map((rule) => onMs === null || ruleInForce(rule, onMs));
  const fired = policy.rules.map(() => false);
  let outcome = combine(policy.rules, fired);
  const ctx: ConditionContext = {
    state: (id: string): AnswerState => resolved.states.get(id) ?? { kind: 'hidden' },
    conditions: policy.conditions,
    outcome,
  };
  for (let round = 0; round <= policy.rules.length; round += 1) {
    ctx.outcome = outcome;
    ctx.memo = new Map();
    // Decided against the outcome at the start of the round, so within a round rule order cannot matter either.
    const newly = policy.rules
      .map((rule, i) => (inForce[i] && !fired[i] && evaluateCondition(rule.when, ctx) === true ? i : -1))
      .filter((i) => i >= 0);
    if (newly.length === 0) break;
    for (const i of newly) fired[i] = true;
    outcome = combine(policy.rules, fired);
  }

  const sources = new Map(policy.sources.map((s) => [s.id, s]));
  const reasons: QuickScanReason[] = policy.rules
    .filter((_, i) => fired[i])
    .map((rule) => {
      const source = sources.get(rule.source.id);
      return {
        ruleId: rule.id,
        reasonId: rule.reason.id,
        text: { ...rule.reason.text },
        source: {
          id: rule.source.id,
          kind: source?.kind ?? 'local-policy',
          citation: source?.citation ?? rule.source.id,
          title: source ? { ...source.title } : { nl: rule.source.id, en: rule.source.id },
          ...(source?.url !== undefined ? { url: source.url } : {}),
          ...(rule.source.pinpoint !== undefined ? { pinpoint: rule.source.pinpoint } : {}),
        },
        effects: { ...rule.then },
      };
    });

  return {
    policy: { id: policy.id, version: policy.version },
    ...outcome,
    reasons,
    ignoredAnswers: resolved.ignored,
  };
}

export interface EvaluationOptions {
  /**
   * ISO instant of the evaluation: rules whose `appliesFrom` lies after it do not fire. Absent: every rule counts
   * (a policy without dated rules evaluates the same either way). The workflow passes the quick-scan's time, the
   * route proof the recorded time, the what-if the day it looks at.
   */
  on?: string;
}

/** Nothing needed, nothing triggered: the bottom of every scale. */
export function baselineOutcome(): OutcomeValues {
  return {
    dpia: 'not-required',
    iama: 'not-recommended',
    aiActClass: 'not-applicable',
    commission: 'optional',
    council: 'optional',
    riskLevel: 'low',
    algorithmRegister: 'none',
    sensorRegister: false,
  };
}

/**
 * The least risk level the rest of the outcome implies. High: GDPR art. 35 itself equates a required DPIA with
 * "likely to result in a high risk", and the AI Act's high-risk and prohibited classes speak for themselves.
 * Medium: anything that calls for a second look (a recommended DPIA or IAMA, transparency duties, a reflection).
 */
export function riskFloor(o: Omit<OutcomeValues, 'riskLevel'>): RiskLevel {
  if (o.dpia === 'required' || o.aiActClass === 'high-risk' || o.aiActClass === 'prohibited') return 'high';
  if (o.dpia === 'recommended' || o.iama === 'recommended' || o.aiActClass === 'limited') return 'medium';
  if (o.commission === 'required') return 'medium';
  return 'low';
}

function combine(rules: readonly Rule[], fired: readonly boolean[]): OutcomeValues {
  const o: Record<OutcomeDimension, unknown> = baselineOutcome();
  rules.forEach((rule, i) => {
    if (!fired[i]) return;
    for (const dimension of OUTCOME_DIMENSIONS) {
      const value = rule.then[dimension];
      if (value === undefined) continue;
      if (rank(dimension, value as never) > rank(dimension, o[dimension] as never)) o[dimension] = value;
    }
  });
  const result = o as unknown as OutcomeValues;
  const floor = riskFloor(result);
  if (rank('riskLevel', floor) > rank('riskLevel', result.riskLevel)) result.riskLevel = floor;
  return result;
}

/** How long until the quick-scan is done again, for a project in use at this risk level. */
export function reevaluationInterval(policy: Policy, riskLevel: RiskLevel): string {
  return policy.reevaluation[riskLevel];
}
