// JSON pointers, the source line a pointer points at, and ajv's schema errors made readable (policy-check.mjs).

const escapePointer = (s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');
export const ptr = (...parts) => parts.map((p) => `/${escapePointer(p)}`).join('');
const segments = (pointer) =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The line of the deepest node on the path that exists in the YAML source, so a report points at the text. */
export function lineOf(doc, counter, pointer) {
  const segs = segments(pointer);
  for (let n = segs.length; n >= 0; n -= 1) {
    const node = n === 0 ? doc.contents : doc.getIn(segs.slice(0, n), true);
    if (node && typeof node === 'object' && Array.isArray(node.range)) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Schema errors, made readable

/** The value at a JSON Pointer in the parsed document. */
function valueAt(data, pointer) {
  let v = data;
  for (const s of segments(pointer)) v = v !== null && typeof v === 'object' ? v[s] : undefined;
  return v;
}

/**
 * ajv reports every branch of a failed `oneOf`: a condition can take ten forms, so one typo gives twenty lines.
 * The author's intent is in the data: the operator key they wrote says which form they meant, and the dimension
 * they named says which outcome variant. Keep that branch's errors, drop the others; when no form fits at all,
 * say so in one line. Branch order is read from the schema, so this follows the schema when it changes.
 */
export function simplifyAjvErrors(errors, data, schema) {
  const forms = schema.$defs.condition.oneOf;
  const operators = forms.map((b) => b.required[0]);
  const outcomeForm = operators.indexOf('outcome');
  const dimensions = forms[outcomeForm].properties.outcome.oneOf.map((b) => b.properties.dimension.const);
  const branchAt = (e) => /^#\/oneOf\/(\d+)\//.exec(e.schemaPath)?.[1];
  const outcomeBranch = (e) =>
    new RegExp(`^#/oneOf/${outcomeForm}/properties/outcome/oneOf/(\\d+)/`).exec(e.schemaPath)?.[1];

  let list = errors.filter((e) => e.keyword !== 'if');
  const extra = [];
  // A recursive $ref makes every condition's schema path start again at "#/oneOf", whatever its depth.
  const conditionPaths = new Set(
    list.filter((e) => e.keyword === 'oneOf' && e.schemaPath === '#/oneOf').map((e) => e.instancePath),
  );
  for (const at of conditionPaths) {
    const value = valueAt(data, at);
    const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
    const meant = keys.length === 1 ? operators.indexOf(keys[0]) : -1;
    const here = (e) => e.instancePath === at && e.schemaPath.startsWith('#/oneOf');
    if (meant >= 0) {
      list = list.filter((e) => !here(e) || (e.keyword !== 'oneOf' && branchAt(e) === String(meant)));
    } else {
      list = list.filter((e) => !here(e));
      extra.push({
        path: at,
        message: `must be a condition: an object with exactly one of ${operators.join(', ')}${keys.length ? ` (has ${keys.join(', ')})` : ''}`,
      });
    }
  }
  const outcomePaths = new Set(
    list.filter((e) => outcomeBranch(e) !== undefined).map((e) => e.instancePath.replace(/\/(dimension|atLeast)$/, '')),
  );
  for (const at of outcomePaths) {
    const meant = dimensions.indexOf(valueAt(data, `${at}/dimension`));
    const mine = (e) =>
      e.instancePath.startsWith(at) &&
      (outcomeBranch(e) !== undefined || (e.keyword === 'oneOf' && e.instancePath === at));
    if (meant >= 0) list = list.filter((e) => !mine(e) || outcomeBranch(e) === String(meant));
    else {
      list = list.filter((e) => !mine(e));
      extra.push({ path: `${at}/dimension`, message: `must be one of: ${dimensions.join(', ')}` });
    }
  }
  const readable = list.map((e) => {
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      return {
        path: `${e.instancePath}/${escapePointer(e.params.additionalProperty)}`,
        message: 'is not a known field',
      };
    }
    if (e.keyword === 'unevaluatedProperties') {
      const field = escapePointer(e.params.unevaluatedProperty);
      return { path: `${e.instancePath}/${field}`, message: 'is not a known field for this question type' };
    }
    if (e.keyword === 'required') message = `must have "${e.params.missingProperty}"`;
    if (e.keyword === 'enum')
      message = `must be one of: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'const') message = `must be ${JSON.stringify(e.params.allowedValue)}`;
    return { path: e.instancePath, message };
  });
  const all = [...readable, ...extra];
  return all.filter((e, i) => all.findIndex((x) => x.path === e.path && x.message === e.message) === i);
}
