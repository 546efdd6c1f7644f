import type { organisation as dutch } from '../nl/organisation';
import type { Translation } from '../types';

/** The texts of the dashboard's organisation pages in English (../nl/organisation.ts has the Dutch and the keys). */
export const organisation: Translation<typeof dutch> = {
  title: 'Organisation',
  intro:
    "Escalations and mail for the head of department go to the head and the deputies of the project's own department. If the department is not known here or has no head, the escalation goes to the CIO office.",
  sources: {
    claims: 'Identity provider (sign-in)',
    file: 'Organisation file',
    api: 'Administration (CIO office)',
  },
  noHead: 'No head',
  fields: {
    nameNl: 'Name (Dutch)',
    nameEn: 'Name (English)',
    head: 'Head of department (user name)',
    headHint: 'Someone who has signed in to Waardenpoort before. Empty: no head.',
    deputies: 'Deputies (user names)',
    deputiesHint: 'One per line. The head cannot also be a deputy.',
    reason: 'Reason for the change',
    reasonHint: 'Goes into the history and the audit trail.',
  },
  list: {
    none: 'There are no departments yet.',
    caption: 'Departments with their head and deputies',
    department: 'Department',
    head: 'Head',
    deputies: 'Deputies',
    version: 'Version',
    source: 'Source',
    status: 'Status',
    active: 'Active',
    inactive: 'Dissolved',
  },
  add: {
    heading: 'Add a department',
    id: 'Department as projects name it',
    idHint: "Exactly as in a project's Department field.",
    submit: 'Add',
  },
  department: {
    title: 'Department {id}',
    back: 'Back to the organisation',
    people: 'Head: {head}. Deputies: {deputies}.',
    versionActive: 'Version {version}, active.',
    versionInactive: 'Version {version}, dissolved.',
    edit: 'Edit',
    save: 'Save',
    deactivate: 'Dissolve the department',
    saved: 'Department {id} has been saved.',
    deactivated: 'Department {id} has been dissolved.',
    history: 'History (newest first)',
    version: 'Version',
    when: 'When',
    by: 'By',
    source: 'Source',
    head: 'Head',
    deputies: 'Deputies',
    reason: 'Reason',
  },
};
