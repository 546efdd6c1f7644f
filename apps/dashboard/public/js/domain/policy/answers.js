// Generated from libs/domain/src/policy/answers.ts by `npm run generate:dashboard`; do not edit.
import { evaluateCondition } from './conditions.js';
/**
 * Raised instead of guessing. `missing-answers` when the only problem is shown questions without an answer (the
 * form is incomplete); `invalid-answers` as soon as anything is wrong with what was sent (a client error).
 * `issues` always lists every problem found, so a form can mark them all at once.
 */
export class QuickScanAnswersError extends Error {
    code;
    issues;
    missingQuestionIds;
    constructor(issues) {
        const missing = issues.filter((i) => i.code === 'missing').map((i) => i.questionId);
        const invalid = issues.filter((i) => i.code !== 'missing');
        const code = invalid.length > 0 ? 'invalid-answers' : 'missing-answers';
        super(code === 'missing-answers'
            ? `quick-scan answers missing for: ${missing.join(', ')}`
            : `quick-scan answers are invalid: ${invalid.map((i) => i.message).join('; ')}`);
        this.name = 'QuickScanAnswersError';
        this.code = code;
        this.issues = issues;
        this.missingQuestionIds = missing;
    }
}
/** Why a value is not an acceptable answer to the question, or null when it is. */
export function answerValueProblem(question, value) {
    const id = question.id;
    switch (question.type) {
        case 'boolean':
            return typeof value === 'boolean' ? null : `"${id}" takes true or false`;
        case 'one-of': {
            const allowed = question.options.map((o) => o.value);
            return typeof value === 'string' && allowed.includes(value)
                ? null
                : `"${id}" takes one of: ${allowed.join(', ')}`;
        }
        case 'many-of': {
            const allowed = question.options.map((o) => o.value);
            if (!Array.isArray(value))
                return `"${id}" takes a list of: ${allowed.join(', ')}`;
            const unknown = value.filter((v) => typeof v !== 'string' || !allowed.includes(v));
            if (unknown.length > 0)
                return `"${id}" has unknown options ${JSON.stringify(unknown)}`;
            if (new Set(value).size !== value.length)
                return `"${id}" lists an option twice`;
            return null;
        }
        case 'number': {
            if (typeof value !== 'number' || !Number.isFinite(value))
                return `"${id}" takes a finite number`;
            if (question.integer && !Number.isInteger(value))
                return `"${id}" takes a whole number`;
            if (question.min !== undefined && value < question.min)
                return `"${id}" must be at least ${question.min}`;
            if (question.max !== undefined && value > question.max)
                return `"${id}" must be at most ${question.max}`;
            return null;
        }
    }
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Walks the questionnaire in order, deciding for each question whether it is shown from the answers to the
 * questions before it (`showIf` may only look back, which `validatePolicy` enforces).
 *
 * A question whose visibility cannot be decided yet, because it depends on a shown question that has no valid
 * answer, is neither shown nor reported missing: the form asks for the earlier answer first. That is also why
 * removing one answer yields exactly one missing question.
 */
export function resolveAnswers(policy, answers) {
    const issues = [];
    if (!isPlainObject(answers)) {
        issues.push({ questionId: null, code: 'malformed', message: 'the answers must be an object keyed by question id' });
    }
    const given = isPlainObject(answers) ? answers : {};
    const has = (id) => Object.prototype.hasOwnProperty.call(given, id) && given[id] !== undefined && given[id] !== null;
    const states = new Map();
    const visibility = new Map();
    const ignored = [];
    const ctx = {
        state: (id) => states.get(id) ?? { kind: 'pending' },
        conditions: policy.conditions,
    };
    for (const question of policy.questionnaire.questions) {
        const shown = question.showIf === undefined ? true : evaluateCondition(question.showIf, ctx);
        visibility.set(question.id, shown);
        const answered = has(question.id);
        const problem = answered ? answerValueProblem(question, given[question.id]) : null;
        if (problem !== null)
            issues.push({ questionId: question.id, code: 'invalid-value', message: problem });
        if (shown === false) {
            states.set(question.id, { kind: 'hidden' });
            if (answered)
                ignored.push(question.id);
        }
        else if (shown === true && answered && problem === null) {
            states.set(question.id, { kind: 'answered', value: copyAnswer(given[question.id]) });
        }
        else {
            states.set(question.id, { kind: 'pending' });
            if (shown === true && !answered) {
                issues.push({ questionId: question.id, code: 'missing', message: `"${question.id}" has no answer` });
            }
        }
    }
    const known = new Set(policy.questionnaire.questions.map((q) => q.id));
    // Sorted, so the error does not depend on the order in which a client happened to put its keys.
    for (const id of Object.keys(given).sort()) {
        if (!known.has(id))
            issues.push({ questionId: id, code: 'unknown-question', message: `"${id}" is not a question` });
    }
    return { states, visibility, issues, ignored };
}
/** Arrays are copied so a caller mutating its answers afterwards cannot change an outcome already computed. */
function copyAnswer(value) {
    return Array.isArray(value) ? [...value] : value;
}
/**
 * The questions to show for the answers given so far, in order. Never throws on bad answers: a question that
 * depends on an unanswered or wrongly answered one is left out until that is fixed.
 */
export function visibleQuestions(policy, answers) {
    const { visibility } = resolveAnswers(policy, answers);
    return policy.questionnaire.questions.filter((q) => visibility.get(q.id) === true);
}
