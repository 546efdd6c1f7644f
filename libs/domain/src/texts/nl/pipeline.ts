/** The texts of the dashboard's pipeline pages in Dutch. */
export const pipeline = {};
