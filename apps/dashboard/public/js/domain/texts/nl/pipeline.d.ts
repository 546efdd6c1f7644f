// Generated from libs/domain/src/texts/nl/pipeline.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's pipeline pages in Dutch. */
export declare const pipeline: {};
