/** The texts of the dashboard's sign-in pages in Dutch. */
export const signIn = {};
