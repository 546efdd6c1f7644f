// Generated from libs/domain/src/texts/nl/audit.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's audit pages in Dutch. */
export declare const audit: {};
