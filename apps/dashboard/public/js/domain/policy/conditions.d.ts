// Generated from libs/domain/src/policy/conditions.ts by `npm run generate:dashboard`; do not edit.
import { type AnswerValue, type Condition, type OutcomeDimension, type OutcomeValues } from './types.js';
/**
 * Three-valued truth. `null` means "cannot tell yet": the condition looks at a question that is shown but has no
 * valid answer. It only matters while a questionnaire is being filled in (which follow-up questions to show);
 * rules are evaluated only once every shown question has an answer, so they only ever see `true` or `false`.
 */
export type Truth = boolean | null;
/**
 * What a condition may know about one question:
 * - `answered`: shown and validly answered;
 * - `hidden`: not shown, so never asked. Every atom over it is false (and `not` of that is true): a question that
 *   was not asked matches no value. This is what lets "no personal data" switch off a whole group of follow-ups
 *   without the policy having to guard each atom;
 * - `pending`: shown (or possibly shown) but without a valid answer. Atoms over it are `null`.
 */
export type AnswerState = {
    kind: 'answered';
    value: AnswerValue;
} | {
    kind: 'hidden';
} | {
    kind: 'pending';
};
export interface ConditionContext {
    state(questionId: string): AnswerState;
    conditions: Readonly<Record<string, Condition>>;
    /** The outcome so far; absent while deciding which questions to show, where outcome atoms are not allowed. */
    outcome?: OutcomeValues;
    /**
     * Results of named conditions, valid only while answers and outcome stay as they are (one fixpoint round). The
     * nine EDPB criteria are referred to by two rules, each counting them twice; without this they would be
     * worked out again and again.
     */
    memo?: Map<string, Truth>;
}
export declare class PolicyEvaluationError extends Error {
    readonly code = "policy-evaluation";
}
export declare function rank<D extends OutcomeDimension>(dimension: D, value: OutcomeValues[D]): number;
/** Kleene's strong three-valued logic: a known `false` settles `all`, a known `true` settles `any`. */
export declare function evaluateCondition(condition: Condition, ctx: ConditionContext): Truth;
/** Every question a condition looks at, following named conditions; unknown names are skipped. */
export declare function questionsReferenced(condition: Condition, conditions: Readonly<Record<string, Condition>>): string[];
