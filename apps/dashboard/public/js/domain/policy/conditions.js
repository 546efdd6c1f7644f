// Generated from libs/domain/src/policy/conditions.ts by `npm run generate:dashboard`; do not edit.
import { OUTCOME_SCALES } from './types.js';
export class PolicyEvaluationError extends Error {
    code = 'policy-evaluation';
}
export function rank(dimension, value) {
    return OUTCOME_SCALES[dimension].indexOf(value);
}
/** Kleene's strong three-valued logic: a known `false` settles `all`, a known `true` settles `any`. */
export function evaluateCondition(condition, ctx) {
    return evaluate(condition, ctx, []);
}
function evaluate(c, ctx, refStack) {
    if ('all' in c) {
        let unknown = false;
        for (const part of c.all) {
            const t = evaluate(part, ctx, refStack);
            if (t === false)
                return false;
            if (t === null)
                unknown = true;
        }
        return unknown ? null : true;
    }
    if ('any' in c) {
        let unknown = false;
        for (const part of c.any) {
            const t = evaluate(part, ctx, refStack);
            if (t === true)
                return true;
            if (t === null)
                unknown = true;
        }
        return unknown ? null : false;
    }
    if ('not' in c) {
        const t = evaluate(c.not, ctx, refStack);
        return t === null ? null : !t;
    }
    if ('atLeast' in c) {
        let yes = 0;
        let unknown = 0;
        for (const part of c.atLeast.of) {
            const t = evaluate(part, ctx, refStack);
            if (t === true)
                yes += 1;
            else if (t === null)
                unknown += 1;
        }
        if (yes >= c.atLeast.count)
            return true;
        return yes + unknown < c.atLeast.count ? false : null;
    }
    if ('ref' in c) {
        const named = ctx.conditions[c.ref];
        if (named === undefined || !Object.prototype.hasOwnProperty.call(ctx.conditions, c.ref)) {
            throw new PolicyEvaluationError(`condition "${c.ref}" is not defined`);
        }
        if (refStack.includes(c.ref)) {
            throw new PolicyEvaluationError(`condition "${c.ref}" refers to itself: ${[...refStack, c.ref].join(' > ')}`);
        }
        const known = ctx.memo?.get(c.ref);
        if (known !== undefined)
            return known;
        const result = evaluate(named, ctx, [...refStack, c.ref]);
        ctx.memo?.set(c.ref, result);
        return result;
    }
    if ('outcome' in c) {
        if (!ctx.outcome)
            throw new PolicyEvaluationError('an outcome condition cannot decide whether a question is shown');
        const { dimension, atLeast } = c.outcome;
        return rank(dimension, ctx.outcome[dimension]) >= rank(dimension, atLeast);
    }
    if ('equals' in c)
        return atom(ctx, c.equals.question, (v) => v === c.equals.value);
    if ('includes' in c)
        return atom(ctx, c.includes.question, (v) => Array.isArray(v) && v.includes(c.includes.value));
    if ('includesAny' in c) {
        const wanted = c.includesAny.values;
        return atom(ctx, c.includesAny.question, (v) => Array.isArray(v) && v.some((x) => wanted.includes(x)));
    }
    if ('number' in c) {
        const { gt, gte, lt, lte } = c.number;
        return atom(ctx, c.number.question, (v) => typeof v === 'number' &&
            (gt === undefined || v > gt) &&
            (gte === undefined || v >= gte) &&
            (lt === undefined || v < lt) &&
            (lte === undefined || v <= lte));
    }
    throw new PolicyEvaluationError(`unknown condition: ${JSON.stringify(c)}`);
}
function atom(ctx, questionId, test) {
    const s = ctx.state(questionId);
    if (s.kind === 'hidden')
        return false;
    if (s.kind === 'pending')
        return null;
    return test(s.value);
}
/** Every question a condition looks at, following named conditions; unknown names are skipped. */
export function questionsReferenced(condition, conditions) {
    const found = new Set();
    const seen = new Set();
    const walk = (c) => {
        if ('all' in c)
            c.all.forEach(walk);
        else if ('any' in c)
            c.any.forEach(walk);
        else if ('not' in c)
            walk(c.not);
        else if ('atLeast' in c)
            c.atLeast.of.forEach(walk);
        else if ('ref' in c) {
            if (seen.has(c.ref) || !Object.prototype.hasOwnProperty.call(conditions, c.ref))
                return;
            seen.add(c.ref);
            walk(conditions[c.ref]);
        }
        else if ('equals' in c)
            found.add(c.equals.question);
        else if ('includes' in c)
            found.add(c.includes.question);
        else if ('includesAny' in c)
            found.add(c.includesAny.question);
        else if ('number' in c)
            found.add(c.number.question);
    };
    walk(condition);
    return [...found];
}
