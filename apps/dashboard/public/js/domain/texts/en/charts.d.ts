// Generated from libs/domain/src/texts/en/charts.ts by `npm run generate:dashboard`; do not edit.
import type { charts as dutch } from '../nl/charts.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's charts in English (../nl/charts.ts has the Dutch and the keys). */
export declare const charts: Translation<typeof dutch>;
