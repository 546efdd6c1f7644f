/**
 * The one rule for text that enters Waardenpoort: HTTP bodies, query strings, stored header values, Update payloads
 * and policy documents all pass through it (the API's input pipe, the lifecycle validators, the policy checker).
 *
 * - Accepted text is Unicode NFC, so equal words are equal bytes in the audit trail and in searches.
 * - Refused everywhere: C0 and C1 control characters (and DEL) other than TAB, LF and CR; unpaired surrogates (they
 *   are not text and cannot be encoded as UTF-8); Unicode non-characters (U+FDD0..U+FDEF and every U+xxFFFE/xxFFFF).
 *   PostgreSQL refuses NUL in text and jsonb; the others would reach it and every reader of the trail.
 * - One-line fields (identifiers, titles, references, names, departments, URLs, dates, enum values, object keys)
 *   also refuse TAB, LF, CR, the line and paragraph separators U+2028/U+2029, and the bidirectional embedding,
 *   override and isolate controls U+202A..U+202E and U+2066..U+2069: a line break or tab in a title forges lines in
 *   logs, mails and CSV exports; a bidi override makes a reference or name read differently from what it is
 *   ("Trojan Source"). Multi-line fields (summaries, rationales, descriptions, answers, questions, conditions,
 *   recommendations, reasons for deviating) keep line breaks, tabs and bidi controls, which right-to-left prose
 *   needs.
 *
 * Pure: no Node API, so the workflow sandbox and the browser can use it.
 */

/** `line`: one-line field; `text`: multi-line prose. */
export type TextKind = 'line' | 'text';

export interface TextIssue {
  /** Dotted path of the field, with array indices: `elements.risks`, `questions[2]` */
  field: string;
  message: string;
  /** What was wrong: a string, a number, a field name, or nesting past MAX_INPUT_DEPTH */
  problem: 'text' | 'number' | 'key' | 'depth';
}

const hex = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function isNonCharacter(code: number): boolean {
  return (code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe;
}

function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Why `value` may not enter as a field of this kind, or null when it may (before NFC normalisation). */
export function textProblem(value: string, kind: TextKind): string | null {
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit < 0x20 || (unit >= 0x7f && unit <= 0x9f)) {
      if (unit === 0x09 || unit === 0x0a || unit === 0x0d) {
        if (kind === 'line') return `must be a single line (contains ${hex(unit)})`;
        continue;
      }
      return `must not contain the control character ${hex(unit)}`;
    }
    if (unit < 0xd800) {
      if (kind === 'line' && (unit === 0x2028 || unit === 0x2029))
        return `must be a single line (contains ${hex(unit)})`;
      if (kind === 'line' && isBidiControl(unit)) {
        return `must not contain the bidirectional control ${hex(unit)} in a one-line field`;
      }
      continue;
    }
    if (unit <= 0xdbff) {
      const next = i + 1 < value.length ? value.charCodeAt(i + 1) : 0;
      if (next < 0xdc00 || next > 0xdfff) return `must not contain an unpaired surrogate (${hex(unit)})`;
      const code = 0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00);
      if (isNonCharacter(code)) return `must not contain the non-character ${hex(code)}`;
      i += 1;
      continue;
    }
    if (unit <= 0xdfff) return `must not contain an unpaired surrogate (${hex(unit)})`;
    if (isNonCharacter(unit)) return `must not contain the non-character ${hex(unit)}`;
  }
  return null;
}

/** Accepted text as it is stored: NFC. */
function normaliseText(value: string): string {
  return value.normalize('NFC');
}

/** The largest magnitude a number may have anywhere in a request: beyond it integers are no longer exact. */
const MAX_INPUT_NUMBER = Number.MAX_SAFE_INTEGER;

/** How deep an input may nest; deeper is refused rather than walked. */
const MAX_INPUT_DEPTH = 32;

export interface TextTreeOptions {
  /** The path of the value itself (`''` for a body: its fields are then named without a prefix). */
  root?: string;
  /** The kind of the value itself; also the default that fields inherit. Default: `line`. */
  rootKind?: TextKind;
  /**
   * The kind of the strings below `holder[key]`, given the kind they would inherit. Called for every property and
   * every array element; without it, everything inherits the root's kind.
   */
  kindOf?: (field: string, holder: object, key: string, inherited: TextKind) => TextKind;
  /** Replace every accepted string by its NFC form, in place (objects and arrays of the value are changed). */
  normalise?: boolean;
}

/**
 * Checks every string in a JSON-like value (object keys as one-line text), and every number (finite, within
 * ±MAX_INPUT_NUMBER); returns each problem with its field. With `normalise`, accepted strings are made NFC in place.
 */
export function checkTextTree(value: unknown, options: TextTreeOptions = {}): TextIssue[] {
  const issues: TextIssue[] = [];
  const kindOf = options.kindOf ?? ((_f: string, _h: object, _k: string, inherited: TextKind) => inherited);
  const join = (parent: string, key: string, index: boolean): string =>
    index ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;
  const stack: Array<{ value: unknown; field: string; kind: TextKind; depth: number }> = [
    { value, field: options.root ?? '', kind: options.rootKind ?? 'line', depth: 0 },
  ];
  while (stack.length > 0) {
    const item = stack.pop() as (typeof stack)[number];
    const v = item.value;
    if (typeof v === 'string') {
      const problem = textProblem(v, item.kind);
      if (problem) issues.push({ field: item.field, message: `${item.field || 'value'} ${problem}`, problem: 'text' });
      continue;
    }
    if (typeof v === 'number') {
      if (!Number.isFinite(v) || Math.abs(v) > MAX_INPUT_NUMBER) {
        issues.push({
          field: item.field,
          message: `${item.field || 'value'} must be a finite number between -${MAX_INPUT_NUMBER} and ${MAX_INPUT_NUMBER}`,
          problem: 'number',
        });
      }
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (item.depth >= MAX_INPUT_DEPTH) {
      issues.push({
        field: item.field,
        message: `${item.field || 'value'} is nested deeper than ${MAX_INPUT_DEPTH}`,
        problem: 'depth',
      });
      continue;
    }
    const holder = v as Record<string, unknown>;
    const isArray = Array.isArray(v);
    for (const key of Object.keys(holder)) {
      const field = join(item.field, key, isArray);
      if (!isArray) {
        const keyProblem = textProblem(key, 'line');
        if (keyProblem) {
          issues.push({ field: item.field || 'value', message: `the name of a field ${keyProblem}`, problem: 'key' });
          continue;
        }
      }
      const child = holder[key];
      const kind = kindOf(field, holder, key, item.kind);
      if (typeof child === 'string') {
        const problem = textProblem(child, kind);
        if (problem) issues.push({ field, message: `${field} ${problem}`, problem: 'text' });
        else if (options.normalise) holder[key] = normaliseText(child);
        continue;
      }
      stack.push({ value: child, field, kind, depth: item.depth + 1 });
    }
  }
  return issues.reverse();
}

/** `questions[3].text` → `questions[].text`: the shape of a field, for lists of multi-line fields. */
export function fieldPattern(field: string): string {
  return field.replace(/\[\d+\]/g, '[]');
}
