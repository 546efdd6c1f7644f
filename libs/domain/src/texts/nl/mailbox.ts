/** The texts of the dashboard's mailbox pages in Dutch. */
export const mailbox = {};
