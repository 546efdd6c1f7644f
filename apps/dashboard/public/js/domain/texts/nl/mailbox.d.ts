// Generated from libs/domain/src/texts/nl/mailbox.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's mailbox pages in Dutch: the mail the local SMTP sink caught. */
export declare const mailbox: {
    title: string;
    unavailable: string;
    unavailableText: string;
    intro: string;
    filter: string;
    recipient: string;
    recipientHint: string;
    filterButton: string;
    mine: string;
    count_one: string;
    count_other: string;
    countTo_one: string;
    countTo_other: string;
    messages: string;
    noSubject: string;
    to: string;
    from: string;
};
