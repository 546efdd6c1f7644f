/** The texts of the dashboard's tasks pages in Dutch. */
export const tasks = {};
