import type { audit as dutch } from '../nl/audit';
import type { Translation } from '../types';

/** The texts of the dashboard's audit pages in English (../nl/audit.ts has the Dutch and the keys). */
export const audit: Translation<typeof dutch> = {};
