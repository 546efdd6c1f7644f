// Generated from libs/domain/src/texts/en/settings.ts by `npm run generate:dashboard`; do not edit.
import type { settings as dutch } from '../nl/settings.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's settings pages in English (../nl/settings.ts has the Dutch and the keys). */
export declare const settings: Translation<typeof dutch>;
