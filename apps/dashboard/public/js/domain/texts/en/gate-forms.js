// Generated from libs/domain/src/texts/en/gate-forms.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's gate forms (views/forms) in English (../nl/gate-forms.ts has the Dutch and the keys). */
export const gateForms = {};
