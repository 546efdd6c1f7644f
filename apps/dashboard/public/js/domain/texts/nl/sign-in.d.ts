// Generated from libs/domain/src/texts/nl/sign-in.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's sign-in pages in Dutch. */
export declare const signIn: {};
