// Generated from libs/domain/src/texts/nl/mail.ts by `npm run generate:dashboard`; do not edit.
/**
 * The mails' texts in Dutch (rendered by apps/worker/src/notifications/render.ts). `decisions` is lower case: it goes
 * inside a sentence. `{name}` is filled in; `_one`/`_other` are the singular and plural of one text.
 */
export declare const mail: {
    decisions: {
        approved: string;
        'approved-with-conditions': string;
        rejected: string;
        returned: string;
    };
    kinds: {
        'task-opened': string;
        reminder: string;
        escalation: string;
        decision: string;
        'reflection-published': string;
        'project-stopped': string;
        'commission-meeting': string;
    };
    labels: {
        asked: string;
        project: string;
        department: string;
        gate: string;
        dueBy: string;
        wasDue: string;
        decision: string;
        open: string;
        level: string;
    };
    phrases: {
        greetPerson: string;
        greetMailbox: string;
        taskOpened: string;
        reminder: string;
        escalation: string;
        escalationProhibited: string;
        escalationStatutory: string;
        escalationAttention: string;
        decision: string;
        reflection: string;
        meetingAssigned: string;
        meetingMoved: string;
        meetingPlaced: string;
        meetingWaiting: string;
        submitForMeeting: string;
        reflectionSummary: string;
        stopped: string;
        stoppedProhibited: string;
        subjectDue: string;
        subjectDeadlinePassed: string;
        subjectAttention: string;
        subjectProhibited: string;
        subjectStatutory: string;
        subjectDecision: string;
        openTask: string;
        openProject: string;
        timeZone: string;
        closing: string;
        footerPerson: string;
        footerMailbox: string;
        digestSubject: string;
        digestCount_one: string;
        digestCount_other: string;
        digestIntro: string;
        digestFooter: string;
    };
    calendar: {
        escalated: string;
        project: string;
        department: string;
        gate: string;
        open: string;
    };
};
