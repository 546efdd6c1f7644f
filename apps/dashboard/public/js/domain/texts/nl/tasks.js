// Generated from libs/domain/src/texts/nl/tasks.ts by `npm run generate:dashboard`; do not edit.
/**
 * The texts of the dashboard's tasks pages in Dutch: the inbox, a department's open tasks, the page of one task and
 * who holds it. `{name}` is filled in; `_one`/`_other` are the singular and plural of one text (`{n}`: the number).
 */
export const tasks = {
    /** The badge of a task past its deadline. */
    overdue: 'te laat',
    /** The badge of an escalated task. */
    escalationLevel: 'niveau {level}',
    /** The columns of the task tables. */
    columns: {
        task: 'Taak',
        project: 'Project',
        department: 'Afdeling',
        role: 'Voor',
        holder: 'Wie',
        due: 'Termijn',
        escalation: 'Escalatie',
    },
    inbox: {
        title: 'Mijn taken',
        none: 'Er staan geen taken voor u klaar.',
        summary_one: 'Er staat {n} taak voor u klaar. De meest dringende staat bovenaan.',
        summary_other: 'Er staan {n} taken voor u klaar. De meest dringende staat bovenaan.',
        summaryOverdue_one: 'Er staat {n} taak voor u klaar, waarvan {overdue} te laat. De meest dringende staat bovenaan.',
        summaryOverdue_other: 'Er staan {n} taken voor u klaar, waarvan {overdue} te laat. De meest dringende staat bovenaan.',
        caption: 'Open taken voor uw rollen',
    },
    department: {
        title: 'Open taken van mijn afdeling',
        noDepartment: 'Uw aanmelding noemt geen afdeling.',
        noDepartmentText: 'Waardenpoort weet daarom niet welke projecten van uw afdeling zijn. Vraag uw beheerder om dit na te gaan.',
        none: 'Er staan geen open taken bij projecten van {department}.',
        /** The summary, by whether some tasks are overdue, escalated or both. */
        summary: {
            plain_one: 'Er staat {n} open taak bij projecten van {department}. De meest dringende staat bovenaan.',
            plain_other: 'Er staan {n} open taken bij projecten van {department}. De meest dringende staat bovenaan.',
            overdue_one: 'Er staat {n} open taak bij projecten van {department}, waarvan {overdue} te laat. De meest dringende staat bovenaan.',
            overdue_other: 'Er staan {n} open taken bij projecten van {department}, waarvan {overdue} te laat. De meest dringende staat bovenaan.',
            escalated_one: 'Er staat {n} open taak bij projecten van {department} en {escalated} geëscaleerd. De meest dringende staat bovenaan.',
            escalated_other: 'Er staan {n} open taken bij projecten van {department} en {escalated} geëscaleerd. De meest dringende staat bovenaan.',
            overdueEscalated_one: 'Er staat {n} open taak bij projecten van {department}, waarvan {overdue} te laat en {escalated} geëscaleerd. De meest dringende staat bovenaan.',
            overdueEscalated_other: 'Er staan {n} open taken bij projecten van {department}, waarvan {overdue} te laat en {escalated} geëscaleerd. De meest dringende staat bovenaan.',
        },
        caption: 'Open taken bij projecten van {department}',
        /**
         * The download buttons, one per language of the file, each labelled in the language of its file (the page marks
         * the one that is not in its own language with `lang`).
         */
        csvNl: 'Download als CSV',
        csvEn: 'Download as CSV (English)',
    },
    task: {
        project: 'Project: {project} ({department}).',
        due: 'Uiterlijk {moment} ({relative}).',
        notOpen: 'Deze taak staat niet (meer) open.',
        notOpenText: 'Bekijk het project voor de actuele stand.',
        toProject: 'Naar het project',
        onlyHolder: 'Alleen zij kunnen deze taak nu uitvoeren.',
        cannotAct: 'U kunt deze taak niet uitvoeren.',
        /** Who does the step: its roles, joined by `or`. */
        whoActs: 'Dit doet: {roles}.',
        whoActsCaseOwner: 'Dit doet: {roles} (de projectleider van dit project).',
        or: ' of ',
        /** The flash message after an action, with where the project stands now. */
        recorded: 'Vastgelegd. {next}',
        nextStep: 'Volgende stap: {step} ({role}).',
        stopped: 'Het project is gestopt.',
        inUse: 'Het project is in gebruik.',
        status: 'Status: {status}.',
        scheduledFor: 'Geagendeerd voor {moment}.',
        notScheduled: 'Het project staat nog niet op de agenda van de Ethische Commissie.',
        noForm: 'Voor deze stap is er geen formulier.',
    },
    holder: {
        title: 'Wie heeft deze taak',
        /** The signed-in person themselves. */
        you: '{name} (u)',
        claimed: 'In behandeling bij {who}',
        delegated: 'Gedelegeerd aan {who} door {by}',
        since: '{holder}, sinds {since}.',
        nobody: 'Niemand heeft deze taak opgepakt.',
        reason: 'Reden: {reason}',
        claim: 'Taak oppakken',
        release: 'Taak vrijgeven',
        undelegate: 'Delegatie intrekken',
        delegateTitle: 'Aan een collega overdragen',
        colleague: 'Collega ({role})',
        chooseColleague: 'Kies een collega',
        why: 'Waarom',
        delegate: 'Overdragen',
    },
};
