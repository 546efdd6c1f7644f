import {
  COUNCIL_LETTER_ABSENCES,
  COUNCIL_LETTER_PLACEHOLDERS,
  COUNCIL_LETTER_SECTIONS,
  COUNCIL_LETTER_TEXTS,
  type CouncilLetterPlaceholder,
} from './types';
import { hasOwn, pointer, type Checker } from './validate-checker';

/**
 * The council information letter (raadsinformatiebrief) as policy data: the CIO office words it, the API fills it from
 * the case. Texts are plain text (no markup); `{{name}}` placeholders take the case's facts. The letter's structure
 * (which facts, in which order) is the API's; the words around the facts are the template's.
 */

/** Longest template text in code points: a paragraph, not a document. */
export const COUNCIL_LETTER_TEXT_MAX = 2000;

/**
 * A text whose every `{{` opens a known placeholder. The same pattern is in policy/policy.schema.json
 * (`$defs/letterText`), so the schema and this validator refuse the same texts.
 */
export const COUNCIL_LETTER_TEXT_PATTERN = new RegExp(
  `^(?:[^{]|\\{(?!\\{)|\\{\\{(?:${COUNCIL_LETTER_PLACEHOLDERS.join('|')})\\}\\})*$`,
  'u',
);

function checkLetterText(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, ['nl', 'en']);
  if (!o) return;
  for (const lang of ['nl', 'en'] as const) {
    if (!hasOwn(o, lang)) continue;
    const at = pointer(path, lang);
    const text = o[lang];
    if (!c.string(text, at)) continue;
    // Counted in code points, as JSON Schema's maxLength counts.
    if ([...text].length > COUNCIL_LETTER_TEXT_MAX) {
      c.error(at, `must be at most ${COUNCIL_LETTER_TEXT_MAX} characters`);
    } else if (!COUNCIL_LETTER_TEXT_PATTERN.test(text)) {
      const unknown = [...text.matchAll(/\{\{([^}]*)\}?\}?/g)]
        .map((m) => m[1])
        .filter((name) => !(COUNCIL_LETTER_PLACEHOLDERS as readonly string[]).includes(name));
      c.error(
        at,
        `has a placeholder that is not one of ${COUNCIL_LETTER_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}` +
          (unknown.length ? ` (found {{${unknown[0]}}})` : ''),
      );
    }
  }
}

/** The `councilLetter` section of a policy document: every text present, in both languages, with known placeholders. */
export function checkCouncilLetterShape(c: Checker, value: unknown, path: string): void {
  const o = c.object(value, path, [...COUNCIL_LETTER_TEXTS, 'headings', 'absent']);
  if (!o) return;
  for (const key of COUNCIL_LETTER_TEXTS) if (hasOwn(o, key)) checkLetterText(c, o[key], pointer(path, key));
  const groups = [
    ['headings', COUNCIL_LETTER_SECTIONS],
    ['absent', COUNCIL_LETTER_ABSENCES],
  ] as const;
  for (const [group, keys] of groups) {
    if (!hasOwn(o, group)) continue;
    const at = pointer(path, group);
    const g = c.object(o[group], at, keys);
    if (g) for (const key of keys) if (hasOwn(g, key)) checkLetterText(c, g[key], pointer(at, key));
  }
}

/**
 * Fills a template text: each `{{name}}` by its fact, in one pass, so a fact that itself contains `{{...}}` (a
 * project titled "{{department}}") stays as it was written.
 */
export function fillLetterText(text: string, facts: Readonly<Record<CouncilLetterPlaceholder, string>>): string {
  return text.replace(/\{\{([A-Za-z]+)\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(facts, name) ? facts[name as CouncilLetterPlaceholder] : whole,
  );
}
