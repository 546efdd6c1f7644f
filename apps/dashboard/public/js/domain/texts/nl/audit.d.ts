// Generated from libs/domain/src/texts/nl/audit.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's audit pages in Dutch: a project's audit trail and the check of the whole chain. */
export declare const audit: {
    title: string;
    titleOf: string;
    heading: string;
    onlyAuditors: string;
    intro_one: string;
    intro_other: string;
    dossier: string;
    verify: {
        button: string;
        busy: string;
        failed: string;
        intact: string;
        events_one: string;
        events_other: string;
        projects_one: string;
        projects_other: string;
        broken: string;
        brokenAt: string;
        brokenAtWitness: string;
        brokenCheckpoint: string;
        unknown: string;
        /** `{workflows}` and `{checkpoints}` are the phrases below. */
        witnesses: string;
        workflowHeads_one: string;
        workflowHeads_other: string;
        /** `{heads}` is workflowHeads. */
        unanswered_one: string;
        unanswered_other: string;
        workflowsNotAsked: string;
        checkpoints_one: string;
        checkpoints_other: string;
        noCheckpoints: string;
    };
    events: string;
    refused: string;
    escalation: string;
    by: string;
    automatic: string;
    policyVersion: string;
    documents: string;
    details: string;
    /** One line per fact of an event. */
    facts: {
        step: string;
        for: string;
        to: string;
        level: string;
        reminder: string;
        due: string;
        advice: string;
        outcome: string;
        rationale: string;
        reason: string;
        summary: string;
        meeting: string;
        attempted: string;
    };
};
