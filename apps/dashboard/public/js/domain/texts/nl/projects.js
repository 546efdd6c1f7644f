// Generated from libs/domain/src/texts/nl/projects.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's projects pages in Dutch. */
export const projects = {};
