// Generated from libs/domain/src/texts/nl/gate-forms.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's gate forms (views/forms) in Dutch. */
export declare const gateForms: {};
