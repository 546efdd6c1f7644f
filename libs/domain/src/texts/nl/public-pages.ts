/** The texts of the dashboard's public pages in Dutch. */
export const publicPages = {};
