// The API serves the installed i18next (node_modules/i18next/dist/esm/i18next.js) at /js/vendor/i18next.js; this gives
// the dashboard's type check the package's own types for that module.
export { default } from 'i18next';
export * from 'i18next';
