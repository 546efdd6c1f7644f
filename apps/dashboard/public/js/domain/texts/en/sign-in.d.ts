// Generated from libs/domain/src/texts/en/sign-in.ts by `npm run generate:dashboard`; do not edit.
import type { signIn as dutch } from '../nl/sign-in.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's sign-in pages in English (../nl/sign-in.ts has the Dutch and the keys). */
export declare const signIn: Translation<typeof dutch>;
