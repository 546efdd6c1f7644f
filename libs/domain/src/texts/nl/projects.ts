/** The texts of the dashboard's projects pages in Dutch. */
export const projects = {};
