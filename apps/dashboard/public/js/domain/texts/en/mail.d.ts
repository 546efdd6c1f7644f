// Generated from libs/domain/src/texts/en/mail.ts by `npm run generate:dashboard`; do not edit.
import type { mail as dutch } from '../nl/mail.js';
import type { Translation } from '../types.js';
/** The mails' texts in English (../nl/mail.ts has the Dutch and the keys). */
export declare const mail: Translation<typeof dutch>;
