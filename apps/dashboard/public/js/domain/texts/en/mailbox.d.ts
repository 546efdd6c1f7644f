// Generated from libs/domain/src/texts/en/mailbox.ts by `npm run generate:dashboard`; do not edit.
import type { mailbox as dutch } from '../nl/mailbox.js';
import type { Translation } from '../types.js';
/** The texts of the dashboard's mailbox pages in English (../nl/mailbox.ts has the Dutch and the keys). */
export declare const mailbox: Translation<typeof dutch>;
