import type { gateForms as dutch } from '../nl/gate-forms';
import type { Translation } from '../types';

/** The texts of the dashboard's gate forms (views/forms) in English (../nl/gate-forms.ts has the Dutch and the keys). */
export const gateForms: Translation<typeof dutch> = {};
