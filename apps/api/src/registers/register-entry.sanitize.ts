import { REGISTER_HTML_TAGS, REGISTER_STANDARDS, type RegisterEntry, type RegisterKind } from '@waardenpoort/domain';
import sanitizeHtml from 'sanitize-html';

/**
 * The standard's HTML subset, enforced with a maintained sanitiser at the API edge before the entry is validated (so
 * the length limit counts what will be published): only div, br, p, ul, ol, li, and no attribute at all. A
 * `<script>` or `<style>` goes with its content; other tags are dropped and their text kept.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...REGISTER_HTML_TAGS],
  allowedAttributes: {},
  allowedSchemes: [],
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript'],
};

export function sanitizeRegisterHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

/** The entry with every long text (HTML) sanitised; other fields as they came. */
export function sanitizeEntry(kind: RegisterKind, entry: RegisterEntry): RegisterEntry {
  const out: RegisterEntry = { ...entry };
  for (const field of REGISTER_STANDARDS[kind].fields) {
    const value = out[field.name];
    if (field.kind === 'html' && typeof value === 'string') out[field.name] = sanitizeRegisterHtml(value);
  }
  return out;
}
