import type { policy as dutch } from '../nl/policy';
import type { Translation } from '../types';

/** The texts of the dashboard's policy pages in English (../nl/policy.ts has the Dutch and the keys). */
export const policy: Translation<typeof dutch> = {};
