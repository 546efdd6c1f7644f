import type { pipeline as dutch } from '../nl/pipeline';
import type { Translation } from '../types';

/** The texts of the dashboard's pipeline pages in English (../nl/pipeline.ts has the Dutch and the keys). */
export const pipeline: Translation<typeof dutch> = {};
