// Generated from libs/domain/src/texts/nl/settings.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's settings pages in Dutch. */
export declare const settings: {
    /** Away with a substitute (views/absences.js). */
    absences: {
        heading: string;
        intro: string;
        none: string;
        caption: string;
        absent: string;
        substitute: string;
        from: string;
        until: string;
        action: string;
        remove: string;
        removeLabel: string;
        substitutingNow: string;
        substituting: string;
        add: string;
        substituteHint: string;
        chooseColleague: string;
        absentFrom: string;
        backOn: string;
        save: string;
        saved: string;
        removed: string;
    };
    /** The personal calendar feed (views/calendar-feed.js). */
    calendarFeed: {
        heading: string;
        intro: string;
        none: string;
        since: string;
        sinceUnread: string;
        make: string;
        makeNew: string;
        revoke: string;
        revoked: string;
        replaceNote: string;
        mailNote: string;
        made: string;
        address: string;
        addressHint: string;
        copy: string;
        copied: string;
        copyFailed: string;
        subscribe: string;
        failed: string;
    };
};
