// Generated from libs/domain/src/texts/en/common.ts by `npm run generate:dashboard`; do not edit.
import type { common as dutch } from '../nl/common.js';
import type { Translation } from '../types.js';
/** The dashboard's shell in English (../nl/common.ts has the Dutch and the keys). */
export declare const common: Translation<typeof dutch>;
