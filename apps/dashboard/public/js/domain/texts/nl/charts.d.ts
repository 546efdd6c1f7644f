// Generated from libs/domain/src/texts/nl/charts.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's charts pages in Dutch. */
export declare const charts: {};
