// Generated from libs/domain/src/texts/en/policy.ts by `npm run generate:dashboard`; do not edit.
import type { policy as dutch } from '../nl/policy.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's policy pages in English (../nl/policy.ts has the Dutch and the keys). */
export declare const policy: Translation<typeof dutch>;
