// Generated from libs/domain/src/texts/en/policy.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's policy pages in English (../nl/policy.ts has the Dutch and the keys). */
export const policy = {};
