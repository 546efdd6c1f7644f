import type { charts as dutch } from '../nl/charts';
import type { Translation } from '../types';

/** The texts of the dashboard's charts pages in English (../nl/charts.ts has the Dutch and the keys). */
export const charts: Translation<typeof dutch> = {};
