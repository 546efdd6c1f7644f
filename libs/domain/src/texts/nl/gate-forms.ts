/** The texts of the dashboard's gate forms (views/forms) in Dutch. */
export const gateForms = {};
