/** The texts of the dashboard's charts pages in Dutch. */
export const charts = {};
