import type { settings as dutch } from '../nl/settings';
import type { Translation } from '../types';

/** The texts of the dashboard's settings pages in English (../nl/settings.ts has the Dutch and the keys). */
export const settings: Translation<typeof dutch> = {};
