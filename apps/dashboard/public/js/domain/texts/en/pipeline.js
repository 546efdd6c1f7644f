// Generated from libs/domain/src/texts/en/pipeline.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's pipeline pages in English (../nl/pipeline.ts has the Dutch and the keys). */
export const pipeline = {};
