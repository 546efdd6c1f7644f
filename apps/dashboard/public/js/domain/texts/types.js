// Generated from libs/domain/src/texts/types.ts by `npm run generate:dashboard`; do not edit.
/** The languages the users' texts come in: Dutch first, English second. */
export const LANGUAGES = ['nl', 'en'];
export function isLanguage(value) {
    return typeof value === 'string' && LANGUAGES.includes(value);
}
