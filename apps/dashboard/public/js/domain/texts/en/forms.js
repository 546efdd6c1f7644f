// Generated from libs/domain/src/texts/en/forms.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's forms pages in English (../nl/forms.ts has the Dutch and the keys). */
export const forms = {};
