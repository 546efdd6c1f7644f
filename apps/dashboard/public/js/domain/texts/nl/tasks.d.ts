// Generated from libs/domain/src/texts/nl/tasks.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's tasks pages in Dutch: the inbox, a department's open tasks, the page of one task and
 * who holds it. `{name}` is filled in; `_one`/`_other` are the singular and plural of one text (`{n}`: the number).
 */
export declare const tasks: {
    /** The badge of a task past its deadline. */
    overdue: string;
    /** The badge of an escalated task. */
    escalationLevel: string;
    /** The columns of the task tables. */
    columns: {
        task: string;
        project: string;
        department: string;
        role: string;
        holder: string;
        due: string;
        escalation: string;
    };
    inbox: {
        title: string;
        none: string;
        summary_one: string;
        summary_other: string;
        summaryOverdue_one: string;
        summaryOverdue_other: string;
        caption: string;
    };
    department: {
        title: string;
        noDepartment: string;
        noDepartmentText: string;
        none: string;
        /** The summary, by whether some tasks are overdue, escalated or both. */
        summary: {
            plain_one: string;
            plain_other: string;
            overdue_one: string;
            overdue_other: string;
            escalated_one: string;
            escalated_other: string;
            overdueEscalated_one: string;
            overdueEscalated_other: string;
        };
        caption: string;
        /**
         * The download buttons, one per language of the file, each labelled in the language of its file (the page marks
         * the one that is not in its own language with `lang`).
         */
        csvNl: string;
        csvEn: string;
    };
    task: {
        project: string;
        due: string;
        notOpen: string;
        notOpenText: string;
        toProject: string;
        onlyHolder: string;
        cannotAct: string;
        /** Who does the step: its roles, joined by `or`. */
        whoActs: string;
        whoActsCaseOwner: string;
        or: string;
        /** The flash message after an action, with where the project stands now. */
        recorded: string;
        nextStep: string;
        stopped: string;
        inUse: string;
        status: string;
        scheduledFor: string;
        notScheduled: string;
        noForm: string;
    };
    holder: {
        title: string;
        /** The signed-in person themselves. */
        you: string;
        claimed: string;
        delegated: string;
        since: string;
        nobody: string;
        reason: string;
        claim: string;
        release: string;
        undelegate: string;
        delegateTitle: string;
        colleague: string;
        chooseColleague: string;
        why: string;
        delegate: string;
    };
};
