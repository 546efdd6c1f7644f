/** The texts of the dashboard's organisation pages in Dutch. */
export const organisation = {};
