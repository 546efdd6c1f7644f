// Generated from libs/domain/src/texts/en/forms.ts by `npm run generate:dashboard`; do not edit.
import type { forms as dutch } from '../nl/forms.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's form helpers in English (../nl/forms.ts has the Dutch and the keys). */
export declare const forms: Translation<typeof dutch>;
