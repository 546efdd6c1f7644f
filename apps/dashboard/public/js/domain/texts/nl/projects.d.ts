// Generated from libs/domain/src/texts/nl/projects.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's projects pages in Dutch: the list, registering, one project, and its route. */
export declare const projects: {
    /** A task, gate or deadline past its time. */
    late: string;
    risk: {
        unknown: string;
        /** `{level}`: the risk level's label in lower case. */
        level: string;
    };
    list: {
        title: string;
        register: string;
        filter: string;
        status: string;
        allStatuses: string;
        gate: string;
        allGates: string;
        department: string;
        departmentHelp: string;
        apply: string;
        count_one: string;
        count_other: string;
        countFiltered_one: string;
        countFiltered_other: string;
        none: string;
        caption: string;
        columns: {
            project: string;
            department: string;
            status: string;
            gate: string;
            risk: string;
            deadline: string;
            registered: string;
        };
        pagination: string;
        previous: string;
        next: string;
        page: string;
    };
    register: {
        title: string;
        onlyCaseOwner: string;
        intro: string;
        name: string;
        nameHelp: string;
        summary: string;
        summaryHelp: string;
        department: string;
        technologies: string;
        technologiesHelp: string;
        plannedStart: string;
        submit: string;
        problems: {
            name: string;
            summary: string;
            department: string;
            technologies: string;
            plannedStart: string;
        };
        registered: string;
    };
    project: {
        breadcrumb: string;
        facts: {
            department: string;
            caseOwner: string;
            technologies: string;
            plannedStart: string;
            registered: string;
            gate: string;
            deadline: string;
            none: string;
            heldSince: string;
            policy: string;
            policyVersion: string;
            policyNotYet: string;
            reevaluation: string;
            ruleInForce: string;
            ruleInForceText: string;
        };
        auditTrail: string;
        tasks: {
            heading: string;
            none: string;
            due: string;
            escalation: string;
            open: string;
        };
        timeline: {
            heading: string;
            intro: string;
            legend: string;
            legendItems: {
                barOpen: string;
                barDone: string;
                barLate: string;
                due: string;
                dueLate: string;
                reminder: string;
                escalation: string;
                term: string;
            };
            asTable: string;
            caption: string;
            columns: {
                moment: string;
                gate: string;
                event: string;
            };
        };
        gates: {
            heading: string;
            caption: string;
            columns: {
                gate: string;
                state: string;
                step: string;
                opened: string;
                due: string;
                completed: string;
                escalation: string;
            };
            level: string;
        };
        advice: {
            heading: string;
            conditions: string;
        };
        decision: {
            heading: string;
            outcome: string;
            by: string;
            rationale: string;
            conditions: string;
            returnTo: string;
            responses: string;
            followed: string;
            departed: string;
        };
        actions: {
            heading: string;
            summary: string;
            question: string;
            hold: string;
            resume: string;
            reflection: string;
            withdraw: string;
            reason: string;
            reasonHelp: string;
            submit: string;
            problems: {
                action: string;
                reason: string;
            };
            done: {
                hold: string;
                resume: string;
                reflection: string;
                withdraw: string;
            };
        };
        reassessment: {
            title: string;
            text: string;
        };
    };
    route: {
        heading: string;
        decided: string;
        decidedWithPolicy: string;
        reasons: string;
        noReasons: string;
        source: string;
    };
};
