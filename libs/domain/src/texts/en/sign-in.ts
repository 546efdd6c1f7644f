import type { signIn as dutch } from '../nl/sign-in';
import type { Translation } from '../types';

/** The texts of the dashboard's sign-in pages in English (../nl/sign-in.ts has the Dutch and the keys). */
export const signIn: Translation<typeof dutch> = {};
