// Generated from libs/domain/src/texts/en/preferences.ts by `npm run generate:dashboard`; do not edit.
import type { preferences as dutch } from '../nl/preferences.js';
import type { Translation } from '../types.js';
/** The settings page in English (../nl/preferences.ts has the Dutch and the keys). */
export declare const preferences: Translation<typeof dutch>;
