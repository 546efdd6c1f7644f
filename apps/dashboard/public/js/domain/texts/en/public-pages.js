// Generated from libs/domain/src/texts/en/public-pages.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's public pages in English (../nl/public-pages.ts has the Dutch and the keys). */
export const publicPages = {};
