import type { projects as dutch } from '../nl/projects';
import type { Translation } from '../types';

/** The texts of the dashboard's projects pages in English (../nl/projects.ts has the Dutch and the keys). */
export const projects: Translation<typeof dutch> = {};
