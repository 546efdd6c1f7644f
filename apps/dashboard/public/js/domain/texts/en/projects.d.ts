// Generated from libs/domain/src/texts/en/projects.ts by `npm run generate:dashboard`; do not edit.
import type { projects as dutch } from '../nl/projects.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's projects pages in English (../nl/projects.ts has the Dutch and the keys). */
export declare const projects: Translation<typeof dutch>;
