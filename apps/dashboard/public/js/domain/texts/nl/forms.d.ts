// Generated from libs/domain/src/texts/nl/forms.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's forms pages in Dutch. */
export declare const forms: {};
