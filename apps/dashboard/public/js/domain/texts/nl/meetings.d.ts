// Generated from libs/domain/src/texts/nl/meetings.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's meetings pages in Dutch: the Ethics Commission's meetings and their agendas, and the
 * publication of the commission's reflection (a section of the project page).
 */
export declare const meetings: {
    statuses: {
        planned: string;
        held: string;
        cancelled: string;
    };
    /** How a case came on the agenda. */
    how: {
        auto: string;
        secretary: string;
        moved: string;
    };
    list: {
        title: string;
        intro: string;
        none: string;
        caption: string;
        date: string;
        place: string;
        status: string;
        deadline: string;
        agenda: string;
        filled: string;
    };
    plan: {
        heading: string;
        startsAt: string;
        location: string;
        locationHint: string;
        onlineUrl: string;
        onlineUrlHint: string;
        capacity: string;
        submit: string;
        startsAtMissing: string;
        capacityTooLow: string;
        placeMissing: string;
        planned: string;
    };
    meeting: {
        title: string;
        summary: string;
        agenda: string;
        empty: string;
        caption: string;
        project: string;
        department: string;
        caseOwner: string;
        onAgenda: string;
        /** A project the reader may not see, by the start of its id. */
        projectId: string;
        /** How and when the case came on the agenda. */
        assigned: string;
        exportCsv: string;
        exportIcs: string;
    };
    close: {
        heading: string;
        onCancel: string;
        onCancelText: string;
        reason: string;
        held: string;
        cancel: string;
        reasonMissing: string;
        cancelled: string;
        /** `{list}`: the projects with the workflow's refusal code. */
        cancelledNotMoved: string;
        wasHeld: string;
        unknown: string;
    };
    /** The ethics secretary makes the recorded reflection public, or withdraws it (on the project page). */
    publication: {
        heading: string;
        publicSince: string;
        toPublicPages: string;
        earlierPublic: string;
        withdrawnOn: string;
        notPublic: string;
        closed: string;
        notForPublication: string;
        closedRefused: string;
        failed: string;
        release: {
            title: string;
            what: string;
            question: string;
            questionHint: string;
            summary: string;
            summaryHint: string;
            questionMissing: string;
            questionTooLong: string;
            summaryTooLong: string;
            done: string;
        };
        withdraw: {
            title: string;
            what: string;
            reason: string;
            reasonHint: string;
            reasonMissing: string;
            reasonTooLong: string;
            done: string;
        };
    };
};
