/** The texts of the dashboard's audit pages in Dutch. */
export const audit = {};
