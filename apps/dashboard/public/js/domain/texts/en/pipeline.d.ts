// Generated from libs/domain/src/texts/en/pipeline.ts by `npm run generate:dashboard`; do not edit.
import type { pipeline as dutch } from '../nl/pipeline.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's pipeline page in English (../nl/pipeline.ts has the Dutch and the keys). */
export declare const pipeline: Translation<typeof dutch>;
