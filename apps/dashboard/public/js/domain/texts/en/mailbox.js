// Generated from libs/domain/src/texts/en/mailbox.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's mailbox pages in English (../nl/mailbox.ts has the Dutch and the keys). */
export const mailbox = {
    title: 'Caught mail',
    unavailable: 'There is no caught mail to see here.',
    unavailableText: 'Only when run locally (npm start) does Waardenpoort catch all mail in a mail server of its own. On this server the mail really goes out.',
    intro: 'All the mail Waardenpoort sent: new tasks, reminders, escalations and decisions. Locally nothing goes out; newest first.',
    filter: 'Filter the mail',
    recipient: 'Recipient contains',
    recipientHint: 'An address or part of one.',
    filterButton: 'Filter',
    mine: 'Only my mail',
    count_one: '{n} message.',
    count_other: '{n} messages.',
    countTo_one: '{n} message to “{to}”.',
    countTo_other: '{n} messages to “{to}”.',
    messages: 'Messages',
    noSubject: '(no subject)',
    to: 'To {to} · {at}',
    from: 'From: {from}',
};
