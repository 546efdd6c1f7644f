// Generated from libs/domain/src/texts/en/mailbox.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's mailbox pages in English (../nl/mailbox.ts has the Dutch and the keys). */
export const mailbox = {};
