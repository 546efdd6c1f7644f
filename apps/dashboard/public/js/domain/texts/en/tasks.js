// Generated from libs/domain/src/texts/en/tasks.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's tasks pages in English (../nl/tasks.ts has the Dutch and the keys). */
export const tasks = {};
