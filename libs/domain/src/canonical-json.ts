/** A string JSON.stringify would change (quotes, backslashes, control characters, lone surrogates). */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/**
 * Canonical JSON: object keys sorted, no insignificant white space, `undefined` members dropped. Two equal values
 * always give the same text, so their hashes can be compared (idempotency keys, the audit chain).
 *
 * The text must never change for a value (every stored hash depends on it); this is written for speed (audit
 * verification runs it for every event) and gives exactly what the straightforward version gave: keys in code
 * unit order (the default sort), strings as JSON.stringify writes them, `undefined` as null in arrays, holes of
 * sparse arrays as nothing.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('non-finite number');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        const items: unknown[] = value;
        let out = '[';
        for (let i = 0; i < items.length; i++) {
          if (i > 0) out += ',';
          if (!(i in items)) continue;
          const item = items[i];
          out += item === undefined ? 'null' : canonicalJson(item);
        }
        return `${out}]`;
      }
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const record = value as Record<string, unknown>;
      let out = '{';
      let first = true;
      for (const key of Object.keys(record).sort()) {
        const member = record[key];
        if (member === undefined) continue;
        out += `${first ? '' : ','}${quote(key)}:${canonicalJson(member)}`;
        first = false;
      }
      return `${out}}`;
    }
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      break;
  }
  throw new TypeError(`cannot serialise a ${typeof value}`);
}
