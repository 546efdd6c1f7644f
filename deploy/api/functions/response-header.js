// A response names the header `name` (HTTP header names are case-insensitive).
export default function responseHeader(response, options) {
  const name = String(options && options.name).toLowerCase();
  const headers = (response && response.headers) || {};
  if (Object.keys(headers).some((h) => h.toLowerCase() === name)) return [];
  return [{ message: `the response does not name the ${options.name} header` }];
}
