// /core/naming-collections: the segment that names a collection is plural. A collection is recognised by what
// follows it: a path parameter that picks one member (/projects/{id}). Plural is read from the word's ending
// (`endings`: English -s, Dutch -en and -s), which is a heuristic: `exceptions` maps a segment to the written reason
// it keeps its name.
export default function pluralCollections(path, options) {
  const endings = (options && options.endings) || ['s'];
  const exceptions = (options && options.exceptions) || {};
  if (typeof path !== 'string') return [];
  const segments = path.split('/').filter(Boolean);
  const results = [];
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (next === undefined || !/^\{[^{}]+\}$/.test(next) || /^\{.*\}$/.test(segment)) return;
    if (Object.prototype.hasOwnProperty.call(exceptions, segment)) return;
    const last = segment.split('-').pop();
    if (!endings.some((e) => last.endsWith(e))) {
      results.push({ message: `${path}: collection "${segment}" is not a plural noun` });
    }
  });
  return results;
}
