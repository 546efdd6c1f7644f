// Generated from libs/domain/src/texts/nl/preferences.ts by `npm run generate:dashboard`; do not edit.
/** The settings page in Dutch: who you are, and the language and rhythm of your pages and mail. */
export declare const preferences: {
    title: string;
    intro: string;
    name: string;
    username: string;
    email: string;
    roles: string;
    unavailable: string;
    heading: string;
    language: string;
    digest: string;
    digestNow: string;
    digestDaily: string;
    digestDailyHint: string;
    save: string;
    saved: string;
};
