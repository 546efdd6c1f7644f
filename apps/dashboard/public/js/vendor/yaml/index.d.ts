// The API serves the installed yaml package's browser build (node_modules/yaml/browser) at /js/vendor/yaml/; this
// gives the dashboard's type check the one function it uses.
export function parse(src: string, options?: { strict?: boolean; uniqueKeys?: boolean }): unknown;
