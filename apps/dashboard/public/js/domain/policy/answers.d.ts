// Generated from libs/domain/src/policy/answers.ts by `npm run generate:dashboard`; do not edit.
import { type AnswerState, type Truth } from './conditions.js';
import type { Policy, Question, QuickScanAnswers } from './types.js';
export type AnswerIssueCode = 'missing' | 'unknown-question' | 'invalid-value' | 'malformed';
export interface AnswerIssue {
    /** `null` only for `malformed`: the answers as a whole are not an object. */
    questionId: string | null;
    code: AnswerIssueCode;
    message: string;
}
/**
 * Raised instead of guessing. `missing-answers` when the only problem is shown questions without an answer (the
 * form is incomplete); `invalid-answers` as soon as anything is wrong with what was sent (a client error).
 * `issues` always lists every problem found, so a form can mark them all at once.
 */
export declare class QuickScanAnswersError extends Error {
    readonly code: 'missing-answers' | 'invalid-answers';
    readonly issues: readonly AnswerIssue[];
    readonly missingQuestionIds: readonly string[];
    constructor(issues: readonly AnswerIssue[]);
}
/** Why a value is not an acceptable answer to the question, or null when it is. */
export declare function answerValueProblem(question: Question, value: unknown): string | null;
export interface ResolvedAnswers {
    /** Per question, in questionnaire order. */
    states: ReadonlyMap<string, AnswerState>;
    visibility: ReadonlyMap<string, Truth>;
    issues: AnswerIssue[];
    /** Questions that were answered but not shown. */
    ignored: string[];
}
/**
 * Walks the questionnaire in order, deciding for each question whether it is shown from the answers to the
 * questions before it (`showIf` may only look back, which `validatePolicy` enforces).
 *
 * A question whose visibility cannot be decided yet, because it depends on a shown question that has no valid
 * answer, is neither shown nor reported missing: the form asks for the earlier answer first. That is also why
 * removing one answer yields exactly one missing question.
 */
export declare function resolveAnswers(policy: Policy, answers: unknown): ResolvedAnswers;
/**
 * The questions to show for the answers given so far, in order. Never throws on bad answers: a question that
 * depends on an unanswered or wrongly answered one is left out until that is fixed.
 */
export declare function visibleQuestions(policy: Policy, answers: QuickScanAnswers): Question[];
