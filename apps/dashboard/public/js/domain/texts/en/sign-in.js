// Generated from libs/domain/src/texts/en/sign-in.ts by `npm run generate:dashboard`; do not edit.
/** The texts of the dashboard's sign-in pages in English (../nl/sign-in.ts has the Dutch and the keys). */
export const signIn = {};
