// Generated from libs/domain/src/texts/nl/policy.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's policy pages in Dutch. */
export declare const policy: {};
