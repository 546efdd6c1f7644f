// Generated from libs/domain/src/texts/en/meetings.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's meetings pages in English (../nl/meetings.ts has the Dutch and the keys). */
export const meetings = {};
