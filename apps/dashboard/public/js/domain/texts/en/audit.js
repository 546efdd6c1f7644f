// Generated from libs/domain/src/texts/en/audit.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's audit pages in English (../nl/audit.ts has the Dutch and the keys). */
export const audit = {};
