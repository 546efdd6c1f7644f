// Generated from libs/domain/src/texts/nl/organisation.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's organisation pages in Dutch: departments with their head and deputies. */
export declare const organisation: {
    title: string;
    intro: string;
    /** Where a department's version came from. */
    sources: {
        claims: string;
        file: string;
        api: string;
    };
    noHead: string;
    fields: {
        nameNl: string;
        nameEn: string;
        head: string;
        headHint: string;
        deputies: string;
        deputiesHint: string;
        reason: string;
        reasonHint: string;
    };
    list: {
        none: string;
        caption: string;
        department: string;
        head: string;
        deputies: string;
        version: string;
        source: string;
        status: string;
        active: string;
        inactive: string;
    };
    add: {
        heading: string;
        id: string;
        idHint: string;
        submit: string;
    };
    department: {
        title: string;
        back: string;
        people: string;
        versionActive: string;
        versionInactive: string;
        edit: string;
        save: string;
        deactivate: string;
        saved: string;
        deactivated: string;
        history: string;
        version: string;
        when: string;
        by: string;
        source: string;
        head: string;
        deputies: string;
        reason: string;
    };
};
