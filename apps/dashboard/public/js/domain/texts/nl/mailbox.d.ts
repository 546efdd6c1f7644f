// Generated from libs/domain/src/texts/nl/mailbox.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's mailbox pages in Dutch. */
export declare const mailbox: {};
