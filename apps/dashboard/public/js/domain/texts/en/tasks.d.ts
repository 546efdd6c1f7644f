// Generated from libs/domain/src/texts/en/tasks.ts by `npm run generate:dashboard`; do not edit.
import type { tasks as dutch } from '../nl/tasks.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's tasks pages in English (../nl/tasks.ts has the Dutch and the keys). */
export declare const tasks: Translation<typeof dutch>;
