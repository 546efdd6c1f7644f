// /core/uri-version: the address of every operation (server URL and path together) holds the major version of
// info.version as a segment `v<major>`. `exceptions` maps a path outside the versioned API (a platform probe) to
// the written reason it has none.
export default function majorVersionInUri(document, options) {
  const exceptions = (options && options.exceptions) || {};
  const version = document && document.info && document.info.version;
  const major = typeof version === 'string' ? version.split('.')[0] : undefined;
  if (!major || !document.paths) return [];
  const servers = (document.servers || []).map((s) => s.url || '');
  const bases = servers.length > 0 ? servers : [''];
  const segment = new RegExp(`/v${major}(?:/|$)`);
  return Object.keys(document.paths)
    .filter((path) => !Object.prototype.hasOwnProperty.call(exceptions, path))
    .filter((path) => !bases.every((base) => segment.test(`${base.replace(/\/+$/, '')}${path}`)))
    .map((path) => ({
      message: `${path}: the address does not hold the major version v${major} of info.version ${version}`,
      path: ['paths', path],
    }));
}
