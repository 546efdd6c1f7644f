// Generated from libs/domain/src/texts/nl/settings.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's settings pages in Dutch. */
export declare const settings: {};
