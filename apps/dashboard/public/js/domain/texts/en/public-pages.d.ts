// Generated from libs/domain/src/texts/en/public-pages.ts by `npm run generate:dashboard`; do not edit.
import type { publicPages as dutch } from '../nl/public-pages.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's public pages in English (../nl/public-pages.ts has the Dutch and the keys). */
export declare const publicPages: Translation<typeof dutch>;
