// Generated from libs/domain/src/texts/en/charts.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's charts pages in English (../nl/charts.ts has the Dutch and the keys). */
export const charts = {};
