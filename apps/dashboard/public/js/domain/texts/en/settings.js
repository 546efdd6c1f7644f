// Generated from libs/domain/src/texts/en/settings.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's settings pages in English (../nl/settings.ts has the Dutch and the keys). */
export const settings = {};
