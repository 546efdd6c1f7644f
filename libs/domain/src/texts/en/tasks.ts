import type { tasks as dutch } from '../nl/tasks';
import type { Translation } from '../types';

/** The texts of the dashboard's tasks pages in English (../nl/tasks.ts has the Dutch and the keys). */
export const tasks: Translation<typeof dutch> = {
  overdue: 'overdue',
  escalationLevel: 'level {level}',
  columns: {
    task: 'Task',
    project: 'Project',
    department: 'Department',
    role: 'For',
    holder: 'Who',
    due: 'Deadline',
    escalation: 'Escalation',
  },
  inbox: {
    title: 'My tasks',
    none: 'There are no tasks waiting for you.',
    summary_one: 'There is {n} task waiting for you. The most urgent is at the top.',
    summary_other: 'There are {n} tasks waiting for you. The most urgent is at the top.',
    summaryOverdue_one: 'There is {n} task waiting for you ({overdue} overdue). The most urgent is at the top.',
    summaryOverdue_other: 'There are {n} tasks waiting for you ({overdue} overdue). The most urgent is at the top.',
    caption: 'Open tasks for your roles',
  },
  department: {
    title: "My department's open tasks",
    noDepartment: 'Your sign-in does not name a department.',
    noDepartmentText:
      'Waardenpoort therefore does not know which projects belong to your department. Please ask your administrator to look into this.',
    none: 'There are no open tasks on projects of {department}.',
    summary: {
      plain_one: 'There is {n} open task on projects of {department}. The most urgent is at the top.',
      plain_other: 'There are {n} open tasks on projects of {department}. The most urgent is at the top.',
      overdue_one:
        'There is {n} open task on projects of {department} ({overdue} overdue). The most urgent is at the top.',
      overdue_other:
        'There are {n} open tasks on projects of {department} ({overdue} overdue). The most urgent is at the top.',
      escalated_one:
        'There is {n} open task on projects of {department} ({escalated} escalated). The most urgent is at the top.',
      escalated_other:
        'There are {n} open tasks on projects of {department} ({escalated} escalated). The most urgent is at the top.',
      overdueEscalated_one:
        'There is {n} open task on projects of {department} ({overdue} overdue, {escalated} escalated). The most urgent is at the top.',
      overdueEscalated_other:
        'There are {n} open tasks on projects of {department} ({overdue} overdue, {escalated} escalated). The most urgent is at the top.',
    },
    caption: 'Open tasks on projects of {department}',
    csvNl: 'Download als CSV (Nederlands)',
    csvEn: 'Download as CSV',
  },
  task: {
    project: 'Project: {project} ({department}).',
    due: 'Due by {moment} ({relative}).',
    notOpen: 'This task is not open (any more).',
    notOpenText: 'See the project for where it stands now.',
    toProject: 'Go to the project',
    onlyHolder: 'Only they can carry out this task now.',
    cannotAct: 'You cannot carry out this task.',
    whoActs: 'This is done by: {roles}.',
    whoActsCaseOwner: "This is done by: {roles} (this project's case owner).",
    or: ' or ',
    recorded: 'Recorded. {next}',
    nextStep: 'Next step: {step} ({role}).',
    stopped: 'The project has been stopped.',
    inUse: 'The project is in use.',
    status: 'Status: {status}.',
    scheduledFor: 'On the agenda for {moment}.',
    notScheduled: 'The project is not yet on the agenda of the Ethics Commission.',
    noForm: 'There is no form for this step.',
  },
  holder: {
    title: 'Who has this task',
    you: '{name} (you)',
    claimed: 'Being handled by {who}',
    delegated: 'Delegated to {who} by {by}',
    since: '{holder}, since {since}.',
    nobody: 'Nobody has claimed this task.',
    reason: 'Reason: {reason}',
    claim: 'Claim task',
    release: 'Release task',
    undelegate: 'Withdraw delegation',
    delegateTitle: 'Hand over to a colleague',
    colleague: 'Colleague ({role})',
    chooseColleague: 'Choose a colleague',
    why: 'Why',
    delegate: 'Hand over',
  },
};
