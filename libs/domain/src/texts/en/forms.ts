import type { forms as dutch } from '../nl/forms';
import type { Translation } from '../types';

/** The texts of the dashboard's forms pages in English (../nl/forms.ts has the Dutch and the keys). */
export const forms: Translation<typeof dutch> = {};
