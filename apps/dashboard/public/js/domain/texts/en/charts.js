// Generated from libs/domain/src/texts/en/charts.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's charts in English (../nl/charts.ts has the Dutch and the keys). */
export const charts = {
    funnel: {
        title: 'Funnel: projects per gate',
        gate_one: '{gate}: {n} project, {overdue} overdue',
        gate_other: '{gate}: {n} projects, {overdue} overdue',
        openTasks_one: '{n} open task',
        openTasks_other: '{n} open tasks',
        overdue: '⚠ {n} overdue',
        nothingOverdue: 'nothing overdue',
        escalated: '{n} escalated',
    },
    leadTime: {
        title: 'Lead times per gate',
        endToEnd: 'From registration to decision',
        none: 'no completed run yet',
        rowNone: '{name}: no completed run yet',
        row: '{name}: median {median}, 90th percentile {p90}',
        bar: 'median {median} · 90%: {p90} · {n}×',
    },
    timeline: {
        title: 'Timeline of {title}',
        since: 'From registration ({moment}) to now.',
        open: 'Open: {gates}.',
        noneOpen: 'No open gate.',
        sent: 'Reminders sent: {reminders}; escalations sent: {escalations}.',
        now: 'now',
        notRequired: 'not required',
        notYet: 'not yet reached',
        events: {
            opened: 'Opened',
            due: 'Deadline',
            dueLate: 'Deadline passed',
            dueWas: 'Deadline (was)',
            completed: 'Completed',
            reminder: 'Reminder {level} to {role}',
            escalation: 'Escalation level {level} to {role}',
            planned: '{text} (scheduled)',
        },
    },
};
