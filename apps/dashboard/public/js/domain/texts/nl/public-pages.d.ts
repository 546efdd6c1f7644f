// Generated from libs/domain/src/texts/nl/public-pages.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's public pages in Dutch. */
export declare const publicPages: {};
