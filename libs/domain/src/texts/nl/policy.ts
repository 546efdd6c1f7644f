/** The texts of the dashboard's policy pages in Dutch. */
export const policy = {};
