import type { publicPages as dutch } from '../nl/public-pages';
import type { Translation } from '../types';

/** The texts of the dashboard's public pages in English (../nl/public-pages.ts has the Dutch and the keys). */
export const publicPages: Translation<typeof dutch> = {};
