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
export const ROLE_LABELS = {
    'case-owner': { nl: 'Projectleider / opdrachtgever', en: 'Case owner' },
    'privacy-officer': { nl: 'Privacy officer', en: 'Privacy officer' },
    dpo: { nl: 'Functionaris gegevensbescherming (FG)', en: 'Data protection officer' },
    'ethics-secretary': { nl: 'Secretaris Ethische Commissie', en: 'Ethics Commission secretary' },
    'portfolio-holder': { nl: 'Portefeuillehouder', en: 'Portfolio holder' },
    'council-liaison': { nl: 'Bestuursadviseur / griffie', en: 'Council liaison' },
    'department-head': { nl: 'Afdelingshoofd', en: 'Department head' },
    'cio-office': { nl: 'CIO Office', en: 'CIO office' },
    auditor: { nl: 'Auditor / rekenkamer', en: 'Auditor' },
};
export function isRole(value) {
    return typeof value === 'string' && ROLES.includes(value);
}
/** The person whose person-bound checks (owner of the case, named assignee) an action is held to. */
export function personOf(a) {
    return a.actingFor?.sub ?? a.actor.sub;
}
