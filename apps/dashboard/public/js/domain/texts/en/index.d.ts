// Generated from libs/domain/src/texts/en/index.ts by `npm run generate:dashboard`; do not edit.
import type { nl } from '../nl/index.js';
import type { Translation } from '../types.js';
/** Every text a person reads, in English (../nl has the Dutch and the keys). */
export declare const en: Translation<typeof nl>;
