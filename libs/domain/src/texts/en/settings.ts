import type { settings as dutch } from '../nl/settings';
import type { Translation } from '../types';

/** The texts of the dashboard's settings pages in English (../nl/settings.ts has the Dutch and the keys). */
export const settings: Translation<typeof dutch> = {
  absences: {
    heading: 'Absence and substitution',
    intro:
      'While you are away, your substitute sees your tasks, receives your mail and can act on your behalf. The audit trail records who acted for whom.',
    none: 'You have not set an absence, and you are not substituting for anyone.',
    caption: 'Absence and substitution',
    absent: 'Absent',
    substitute: 'Substitute',
    from: 'From',
    until: 'Until',
    action: 'Action',
    remove: 'Remove',
    removeLabel: 'Remove the absence from {date}',
    substitutingNow: 'you are substituting now',
    substituting: 'you are substituting',
    add: 'Add an absence',
    substituteHint: 'A colleague with the same role(s) as you.',
    chooseColleague: 'Choose a colleague',
    absentFrom: 'Absent from',
    backOn: 'Back on',
    save: 'Save the absence',
    saved: 'Your absence has been saved.',
    removed: 'The absence has been removed.',
  },
  calendarFeed: {
    heading: 'Deadlines in your own calendar',
    intro:
      "With a personal calendar address you see the deadlines of your open tasks and the Ethics Commission's meetings on your projects in your own calendar (Outlook, Google Calendar, Apple Calendar). The address works without signing in; that is why it is secret, and why you can revoke it at any time.",
    none: 'You do not have a calendar address at the moment.',
    since: 'You have had a calendar address since {since}; your calendar last read it on {read}.',
    sinceUnread: 'You have had a calendar address since {since}; it has not been read yet.',
    make: 'Create a calendar address',
    makeNew: 'Create a new calendar address',
    revoke: 'Revoke the calendar address',
    revoked: 'Your calendar address has been revoked: it no longer works.',
    replaceNote: 'A new address replaces the old one: the old one then no longer works.',
    mailNote:
      'The mail about a task with a deadline also carries the deadline as a calendar item (an .ics attachment).',
    made: 'Your calendar address has been created.',
    address: 'Your calendar address',
    addressHint:
      'You see this address only now. Add it to your calendar as a subscription (Outlook: Add calendar, From internet). Anyone who has the address can see your deadlines: create a new address or revoke it if it leaks.',
    copy: 'Copy the address',
    copied: 'The address is on the clipboard.',
    copyFailed: 'Copying did not work; the address is selected, copy it with Ctrl+C.',
    subscribe: 'Subscribe in your calendar program',
    failed: 'That did not work.',
  },
};
