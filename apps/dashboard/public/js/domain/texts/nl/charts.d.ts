// Generated from libs/domain/src/texts/nl/charts.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's charts in Dutch: the pipeline's funnel and lead times, and a project's timeline. */
export declare const charts: {
    funnel: {
        title: string;
        /** The chart's description, one part per gate. */
        gate_one: string;
        gate_other: string;
        openTasks_one: string;
        openTasks_other: string;
        overdue: string;
        nothingOverdue: string;
        escalated: string;
    };
    leadTime: {
        title: string;
        endToEnd: string;
        none: string;
        /** The chart's description, one part per row. */
        rowNone: string;
        row: string;
        bar: string;
    };
    timeline: {
        title: string;
        since: string;
        open: string;
        noneOpen: string;
        sent: string;
        now: string;
        notRequired: string;
        notYet: string;
        events: {
            opened: string;
            due: string;
            dueLate: string;
            dueWas: string;
            completed: string;
            reminder: string;
            escalation: string;
            planned: string;
        };
    };
};
