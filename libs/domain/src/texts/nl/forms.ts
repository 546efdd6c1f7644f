/** The texts of the dashboard's forms pages in Dutch. */
export const forms = {};
