// Generated from libs/domain/src/policy/council-information.ts by `npm run generate:dashboard`; do not edit.
import { hasOwn, pointer } from './validate-checker.js';
export function checkCouncilInformationShape(c, value, path) {
    const section = c.object(value, path, [], ['whenDecisionDeviatesFromAdvice']);
    if (!section || !hasOwn(section, 'whenDecisionDeviatesFromAdvice'))
        return;
    if (typeof section.whenDecisionDeviatesFromAdvice !== 'boolean') {
        c.error(pointer(path, 'whenDecisionDeviatesFromAdvice'), 'must be true or false');
    }
}
export function checkChangesShape(c, value, path) {
    c.array(value, path, 1)?.forEach((item, i) => {
        const at = pointer(path, i);
        const o = c.object(item, at, ['what', 'why'], ['rule']);
        if (!o)
            return;
        if (hasOwn(o, 'rule'))
            c.id(o.rule, pointer(at, 'rule'));
        if (hasOwn(o, 'what'))
            c.text(o.what, pointer(at, 'what'));
        if (hasOwn(o, 'why'))
            c.text(o.why, pointer(at, 'why'));
    });
}
/** Whether a decision with these responses to advice brings the council in, under this policy. */
export function councilAfterDeviation(policy, responses) {
    if (policy.councilInformation?.whenDecisionDeviatesFromAdvice !== true)
        return [];
    return responses.filter((r) => r.response === 'deviate').map((r) => r.adviceId);
}
