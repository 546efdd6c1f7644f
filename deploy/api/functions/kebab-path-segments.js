// /core/path-segments-kebab-case: every segment of a path is lowercase letters and digits, words joined by single
// hyphens, or a whole path parameter ({id}); the last segment may start with `_` (an operation such as `_zoek`).
// A dot is no part of a segment: a file extension is no part of a resource's name (the Accept header chooses the
// form). `exceptions` maps a path to the written reason it keeps its name.
const WORD = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PARAMETER = /^\{[^{}]+\}$/;

export default function kebabPathSegments(path, options) {
  const exceptions = (options && options.exceptions) || {};
  if (typeof path !== 'string' || path === '/' || Object.prototype.hasOwnProperty.call(exceptions, path)) return [];
  const segments = path.replace(/^\//, '').replace(/\/$/, '').split('/');
  const wrong = segments.filter((segment, i) => {
    if (PARAMETER.test(segment)) return false;
    const word = i === segments.length - 1 && segment.startsWith('_') ? segment.slice(1) : segment;
    return !WORD.test(word);
  });
  return wrong.map((segment) => ({ message: `${path}: segment "${segment}" is not kebab-case` }));
}
