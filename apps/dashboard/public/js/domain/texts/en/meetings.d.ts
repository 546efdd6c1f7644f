// Generated from libs/domain/src/texts/en/meetings.ts by `npm run generate:dashboard`; do not edit.
import type { meetings as dutch } from '../nl/meetings.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's meetings pages in English (../nl/meetings.ts has the Dutch and the keys). */
export declare const meetings: Translation<typeof dutch>;
