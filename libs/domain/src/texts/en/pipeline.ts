import type { pipeline as dutch } from '../nl/pipeline';
import type { Translation } from '../types';

/** The texts of the dashboard's pipeline page in English (../nl/pipeline.ts has the Dutch and the keys). */
export const pipeline: Translation<typeof dutch> = {
  title: 'Pipeline',
  titleDepartment: 'Pipeline – {department}',
  filter: {
    label: 'Filter the pipeline',
    department: 'Department',
    departmentHelp: 'Empty: all departments.',
    from: 'Lead times from',
    fromHelp: 'Default: a year ago.',
    to: 'up to and including',
    toHelp: 'Default: today.',
    apply: 'Filter',
  },
  badPeriod: 'This period is not possible.',
  unavailable: 'The pipeline overview is not (yet) available on this server.',
  unavailableText: 'GET /api/v1/monitoring/pipeline does not exist here. The project list does work.',
  toProjects: 'Go to the projects',
  downloadCsv: 'Download the table as CSV',
  asOf: 'As of {moment}. Lead times from {from} to {to}.',
  totals: {
    label: 'Totals',
    projects: 'projects',
    active: 'in progress',
    openTasks: 'open tasks',
    overdue: 'overdue',
    escalated: 'escalated',
  },
  overdue: '{n} overdue',
  gates: {
    heading: 'Projects per gate',
    intro:
      'The wider the bar, the more projects are at that gate. The red part is the share of the open tasks at that gate whose deadline has passed.',
    noGate_one: '{n} project is at no gate (in use, approved, rejected, stopped or withdrawn).',
    noGate_other: '{n} projects are at no gate (in use, approved, rejected, stopped or withdrawn).',
    caption: 'Projects and tasks per gate',
    columns: {
      gate: 'Gate',
      projects: 'Projects',
      openTasks: 'Open tasks',
      overdue: 'Overdue',
      escalated: 'Escalated',
      byStatus: 'By status',
    },
  },
  leadTimes: {
    heading: 'Lead times',
    intro:
      'Dark: the median (half were faster). Light: the 90th percentile (9 in 10 were faster). Per gate from the first task to completion; from registration to decision for the whole process.',
    caption: 'Lead times per gate',
    columns: { gate: 'Gate', completed: 'Completed', median: 'Median', p90: '90th percentile' },
    endToEnd: 'From registration to decision',
  },
  escalations: {
    heading: 'Open escalations',
    none: 'There are no open escalations.',
    caption: 'Open escalations, highest level first',
    columns: {
      project: 'Project',
      department: 'Department',
      task: 'Task',
      assignee: 'With',
      level: 'Level',
      due: 'Was due',
    },
  },
  departments: {
    heading: 'Per department',
    none: 'No projects yet.',
    caption: 'Projects and tasks per department',
    columns: {
      department: 'Department',
      projects: 'Projects',
      active: 'In progress',
      openTasks: 'Open tasks',
      overdue: 'Overdue',
      escalated: 'Escalated',
    },
  },
};
