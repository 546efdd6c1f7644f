// Generated from libs/domain/src/texts/nl/tasks.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's tasks pages in Dutch. */
export const tasks = {};
