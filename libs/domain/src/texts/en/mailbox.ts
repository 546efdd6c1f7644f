import type { mailbox as dutch } from '../nl/mailbox';
import type { Translation } from '../types';

/** The texts of the dashboard's mailbox pages in English (../nl/mailbox.ts has the Dutch and the keys). */
export const mailbox: Translation<typeof dutch> = {};
