// Generated from libs/domain/src/roles.ts by `npm run generate:dashboard`; do not edit.
/** Role ids are English in code; labels are Dutch first, English second. */
export const ROLES = [
    'case-owner',
    'privacy-officer',
    'dpo',
    'ethics-secretary',
    'portfolio-holder',
    'council-liaison',
    'department-head',
    'cio-office',
    'auditor',
];
export function isRole(value) {
    return typeof value === 'string' && ROLES.includes(value);
}
/** The person whose person-bound checks (owner of the case, named assignee) an action is held to. */
export function personOf(a) {
    return a.actingFor?.sub ?? a.actor.sub;
}
