// Generated from libs/domain/src/texts/en/labels.ts by `npm run generate:dashboard`; do not edit.
import type { labels as dutch } from '../nl/labels.js';
import type { Translation } from '../types.js';
/** The vocabularies in English (../nl/labels.ts has the Dutch and the keys). */
export declare const labels: Translation<typeof dutch>;
