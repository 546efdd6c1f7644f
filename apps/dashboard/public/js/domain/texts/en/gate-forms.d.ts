// Generated from libs/domain/src/texts/en/gate-forms.ts by `npm run generate:dashboard`; do not edit.
import type { gateForms as dutch } from '../nl/gate-forms.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's gate forms (views/forms) in English (../nl/gate-forms.ts has the Dutch and the keys). */
export declare const gateForms: Translation<typeof dutch>;
