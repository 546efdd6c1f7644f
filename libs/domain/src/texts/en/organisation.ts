import type { organisation as dutch } from '../nl/organisation';
import type { Translation } from '../types';

/** The texts of the dashboard's organisation pages in English (../nl/organisation.ts has the Dutch and the keys). */
export const organisation: Translation<typeof dutch> = {};
