// Generated from libs/domain/src/texts/nl/meetings.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's meetings pages in Dutch. */
export declare const meetings: {};
