/** The texts of the dashboard's meetings pages in Dutch. */
export const meetings = {};
