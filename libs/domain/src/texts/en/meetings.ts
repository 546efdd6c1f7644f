import type { meetings as dutch } from '../nl/meetings';
import type { Translation } from '../types';

/** The texts of the dashboard's meetings pages in English (../nl/meetings.ts has the Dutch and the keys). */
export const meetings: Translation<typeof dutch> = {};
