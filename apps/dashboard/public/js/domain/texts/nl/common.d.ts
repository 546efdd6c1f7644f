// Generated from libs/domain/src/texts/nl/common.ts by `npm run generate:dashboard`; do not edit.
/**
 * The dashboard's shell in Dutch: the page frame, the menu, the session, errors, and the units that numbers and
 * durations are written with. `{name}` is filled in; `_one`/`_other` are the singular and plural of one text.
 */
export declare const common: {
    appName: string;
    documentTitle: string;
    description: string;
    tagline: string;
    skipLink: string;
    loading: string;
    noScript: string;
    footer: string;
    apiDocs: string;
    mainMenu: string;
    nav: {
        tasks: string;
        departmentTasks: string;
        projects: string;
        register: string;
        pipeline: string;
        organisation: string;
        whatIf: string;
        activations: string;
        meetings: string;
        mail: string;
        settings: string;
        public: string;
        signIn: string;
    };
    session: {
        signedInAs: string;
        noRole: string;
        signOut: string;
        signedOut: string;
        expired: string;
        invalid: string;
    };
    language: {
        /** The switch offers the other language, named in that language. */
        switchTo: string;
        switchLabel: string;
        name: string;
    };
    live: {
        changed: string;
        update: string;
        notNow: string;
    };
    errors: {
        notFoundPage: string;
        notFoundPageText: string;
        toStart: string;
        forbidden: string;
        forbiddenText: string;
        notFound: string;
        notFoundText: string;
        failed: string;
        serverError: string;
        offline: string;
        offlineText: string;
    };
    /** Placeholder for a value that is not there. */
    none: string;
    yes: string;
    no: string;
    units: {
        seconds: string;
        minutes: string;
        hours: string;
        days_one: string;
        days_other: string;
    };
};
