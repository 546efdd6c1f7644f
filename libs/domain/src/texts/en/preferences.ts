import type { preferences as dutch } from '../nl/preferences';
import type { Translation } from '../types';

/** The settings page in English (../nl/preferences.ts has the Dutch and the keys). */
export const preferences: Translation<typeof dutch> = {
  title: 'Settings',
  intro: 'This is how Waardenpoort knows you (from your sign-in).',
  name: 'Name',
  username: 'User name',
  email: 'Email',
  roles: 'Roles',
  unavailable: 'Mail preferences cannot be set on this server (yet).',
  heading: 'How would you like Waardenpoort and your mail?',
  language: 'Language of the pages and the mail',
  digest: 'Tasks and reminders',
  digestNow: 'Each message at once',
  digestDaily: 'One digest a day',
  digestDailyHint: 'Escalations and stopped projects always reach you at once.',
  save: 'Save',
  saved: 'Your preferences have been saved.',
};
