import { checkTextTree, type TextIssue, type TextKind } from '@waardenpoort/domain';

/** DTO classes → their multi-line properties. */
const MULTI_LINE = new WeakMap<object, Set<string>>();

/**
 * Marks a DTO property as multi-line prose: line breaks, tabs and bidirectional controls are allowed in it (for a
 * list, in each element). Every other string that enters is one line. The rule itself is `textProblem` in
 * libs/domain/src/text.ts; the input pipe applies it to every field of every request.
 */
export function MultiLine(): PropertyDecorator {
  return (target, key) => {
    const ctor = target.constructor;
    const marked = MULTI_LINE.get(ctor) ?? new Set<string>();
    marked.add(String(key));
    MULTI_LINE.set(ctor, marked);
  };
}

function isMultiLine(holder: object, key: string): boolean {
  for (let proto: unknown = Object.getPrototypeOf(holder); proto && proto !== Object.prototype;) {
    const ctor = (proto as { constructor?: unknown }).constructor;
    if (typeof ctor === 'function' && MULTI_LINE.get(ctor)?.has(key)) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

/**
 * Checks every string (and number, and object key) of one request parameter under the text rule, and makes the
 * accepted strings NFC in place. A DTO instance's strings are one line unless their property is @MultiLine(); an
 * untyped value's strings have the kind given.
 */
export function inputTextIssues(value: unknown, root: string, rootKind: TextKind): TextIssue[] {
  return checkTextTree(value, {
    root,
    rootKind,
    normalise: true,
    kindOf: (_field, holder, key, inherited) => (inherited === 'text' || isMultiLine(holder, key) ? 'text' : 'line'),
  });
}
