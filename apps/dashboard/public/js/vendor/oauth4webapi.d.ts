// The API serves the installed oauth4webapi (node_modules/oauth4webapi/build/index.js) at /js/vendor/oauth4webapi.js;
// this gives the dashboard's type check the package's own types for that module.
export * from 'oauth4webapi';
