// Generated from libs/domain/src/texts/en/projects.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's projects pages in English (../nl/projects.ts has the Dutch and the keys). */
export const projects = {};
