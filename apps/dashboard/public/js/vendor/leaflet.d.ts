// The API serves the installed leaflet (node_modules/leaflet/dist/leaflet-src.esm.js) at /js/vendor/leaflet.js and
// its style sheet at /assets/leaflet/leaflet.css; this gives the dashboard's type check @types/leaflet for that module.
export * from 'leaflet';
