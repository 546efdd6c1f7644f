// Generated from libs/domain/src/texts/nl/pipeline.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's pipeline page (the CIO office's overview) in Dutch. */
export declare const pipeline: {
    title: string;
    titleDepartment: string;
    filter: {
        label: string;
        department: string;
        departmentHelp: string;
        from: string;
        fromHelp: string;
        to: string;
        toHelp: string;
        apply: string;
    };
    badPeriod: string;
    unavailable: string;
    unavailableText: string;
    toProjects: string;
    downloadCsv: string;
    asOf: string;
    totals: {
        label: string;
        projects: string;
        active: string;
        openTasks: string;
        overdue: string;
        escalated: string;
    };
    /** `{n}` tasks past their deadline. */
    overdue: string;
    gates: {
        heading: string;
        intro: string;
        noGate_one: string;
        noGate_other: string;
        caption: string;
        columns: {
            gate: string;
            projects: string;
            openTasks: string;
            overdue: string;
            escalated: string;
            byStatus: string;
        };
    };
    leadTimes: {
        heading: string;
        intro: string;
        caption: string;
        columns: {
            gate: string;
            completed: string;
            median: string;
            p90: string;
        };
        endToEnd: string;
    };
    escalations: {
        heading: string;
        none: string;
        caption: string;
        columns: {
            project: string;
            department: string;
            task: string;
            assignee: string;
            level: string;
            due: string;
        };
    };
    departments: {
        heading: string;
        none: string;
        caption: string;
        columns: {
            department: string;
            projects: string;
            active: string;
            openTasks: string;
            overdue: string;
            escalated: string;
        };
    };
};
