import type { tasks as dutch } from '../nl/tasks';
import type { Translation } from '../types';

/** The texts of the dashboard's tasks pages in English (../nl/tasks.ts has the Dutch and the keys). */
export const tasks: Translation<typeof dutch> = {};
