// Generated from libs/domain/src/texts/en/organisation.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's organisation pages in English (../nl/organisation.ts has the Dutch and the keys). */
export const organisation = {};
