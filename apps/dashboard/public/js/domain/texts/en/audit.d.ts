// Generated from libs/domain/src/texts/en/audit.ts by `npm run generate:dashboard`; do not edit.
import type { audit as dutch } from '../nl/audit.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's audit pages in English (../nl/audit.ts has the Dutch and the keys). */
export declare const audit: Translation<typeof dutch>;
