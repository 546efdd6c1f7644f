// Generated from libs/domain/src/texts/en/organisation.ts by `npm run generate:dashboard`; do not edit.
import type { organisation as dutch } from '../nl/organisation.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's organisation pages in English (../nl/organisation.ts has the Dutch and the keys). */
export declare const organisation: Translation<typeof dutch>;
