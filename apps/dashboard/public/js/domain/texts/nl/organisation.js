// Generated from libs/domain/src/texts/nl/organisation.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's organisation pages in Dutch. */
export const organisation = {};
