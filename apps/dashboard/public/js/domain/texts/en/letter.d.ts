// Generated from libs/domain/src/texts/en/letter.ts by `npm run generate:dashboard`; do not edit.
import type { letter as dutch } from '../nl/letter.js';
import type { Translation } from '../types.js';
/** The council letter's labels in English (../nl/letter.ts has the Dutch and the keys). */
export declare const letter: Translation<typeof dutch>;
