/** The texts of the dashboard's settings pages in Dutch. */
export const settings = {};
