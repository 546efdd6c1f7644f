import type { LocalizedText } from '../policy/types';
import { textProblem } from '../text';
import {
  REGISTER_HTML_TAGS,
  REGISTER_STANDARDS,
  type RegisterEntry,
  type RegisterField,
  type RegisterKind,
} from './definition';

/** One field that breaks the standard, said in Dutch first (`goal: maximaal 2500 tekens`). */
export interface RegisterIssue {
  field: string;
  code: string;
  message: LocalizedText;
}

export interface ContactRule {
  /** E-mail addresses of people (the case owner, the person directory): never a register contact. */
  personalEmails?: readonly string[];
  /**
   * Function addresses that are allowed even when they look like a person's (`voornaam.achternaam@…`), e.g.
   * `privacy.office@enschede.nl`: the policy's `registers.functionAddresses`. Compared case-insensitively.
   */
  functionAddresses?: readonly string[];
}

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** A conservative e-mail address: one @, a dotted domain, no spaces. */
export const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** `jan.jansen`, `j.de-vries`, `anne.van.dijk`: the shape of a person's address at a municipality. */
export const PERSONAL_LOCAL_PART = /^[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)+$/i;
/** Only the allowed tags, without attributes (what the API's sanitiser leaves). */
export const HTML_SUBSET = new RegExp(`^(?:[^<]|</?(?:${REGISTER_HTML_TAGS.join('|')})\\s*/?>)*$`);

const length = (s: string): number => [...s].length;

const issue = (field: string, code: string, nl: string, en: string): RegisterIssue => ({
  field,
  code,
  message: { nl: `${field}: ${nl}`, en: `${field}: ${en}` },
});

/** Whether `value` is an absolute https URL with a host. */
export function isHttpsUrl(value: string): boolean {
  return HTTPS_URL.test(value);
}

/** https, a dotted host name (no user info), an optional port, then anything but spaces, quotes and angle brackets. */
export const HTTPS_URL =
  /^https:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?::\d{1,5})?(?:[/?#][^\s"<>]*)?$/;

/** The contact rule's verdict on an address: null when it is a function address (or an https link). */
export function contactProblem(value: string, rule: ContactRule = {}): RegisterIssue | null {
  const field = 'contact_email';
  if (/^https:/i.test(value)) {
    return isHttpsUrl(value) ? null : issue(field, 'https-only', 'moet een https-link zijn', 'must be an https link');
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.includes('@')) {
    return issue(field, 'https-only', 'links alleen via https', 'links must use https');
  }
  if (!EMAIL.test(value)) {
    return issue(field, 'contact', 'geen geldig e-mailadres of https-link', 'not a valid e-mail address or https link');
  }
  const lower = value.toLowerCase();
  if ((rule.personalEmails ?? []).some((p) => p.toLowerCase() === lower)) {
    return issue(
      field,
      'personal-contact',
      'het adres van een persoon; gebruik een functioneel adres',
      "a person's address; use a function address",
    );
  }
  const local = lower.slice(0, lower.lastIndexOf('@'));
  const allowed = (rule.functionAddresses ?? []).some((p) => p.toLowerCase() === lower);
  if (!allowed && PERSONAL_LOCAL_PART.test(local)) {
    return issue(
      field,
      'personal-contact',
      'lijkt op het adres van een persoon (voornaam.achternaam); gebruik een functioneel adres',
      "looks like a person's address (firstname.lastname); use a function address",
    );
  }
  return null;
}

function textIssues(field: RegisterField, value: unknown, kind: 'line' | 'text'): RegisterIssue[] {
  const name = field.name;
  if (typeof value !== 'string') return [issue(name, 'type', 'moet tekst zijn', 'must be text')];
  const out: RegisterIssue[] = [];
  if (field.required && value.trim() === '') out.push(issue(name, 'required', 'is verplicht', 'is required'));
  const problem = textProblem(value, kind);
  if (problem) out.push(issue(name, 'text', 'bevat tekens die niet zijn toegestaan', problem));
  if (field.maxLength !== undefined && length(value) > field.maxLength) {
    out.push(issue(name, 'max-length', `maximaal ${field.maxLength} tekens`, `at most ${field.maxLength} characters`));
  }
  return out;
}

function isPosition(p: unknown): p is [number, number] {
  return (
    Array.isArray(p) &&
    p.length === 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

/** A GeoJSON Point, or a Polygon whose rings are closed and have at least four positions. */
export function isGeometry(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const g = value as { type?: unknown; coordinates?: unknown };
  if (Object.keys(g).some((k) => k !== 'type' && k !== 'coordinates')) return false;
  if (g.type === 'Point') return isPosition(g.coordinates);
  if (g.type !== 'Polygon' || !Array.isArray(g.coordinates) || g.coordinates.length === 0) return false;
  if (g.coordinates.length > 10) return false;
  return g.coordinates.every((ring: unknown) => {
    if (!Array.isArray(ring) || ring.length < 4 || ring.length > 1000 || !ring.every(isPosition)) return false;
    const [a, z] = [ring[0] as number[], ring[ring.length - 1] as number[]];
    return a[0] === z[0] && a[1] === z[1];
  });
}

function linkListIssues(field: RegisterField, value: unknown): RegisterIssue[] {
  const name = field.name;
  if (!Array.isArray(value)) return [issue(name, 'type', 'moet een lijst zijn', 'must be a list')];
  if (field.maxItems !== undefined && value.length > field.maxItems) {
    return [issue(name, 'max-items', `maximaal ${field.maxItems} items`, `at most ${field.maxItems} items`)];
  }
  const out: RegisterIssue[] = [];
  value.forEach((item: unknown, i) => {
    const at = `${name}[${i}]`;
    const o = item as { title?: unknown; link?: unknown } | null;
    if (
      typeof o !== 'object' ||
      o === null ||
      Array.isArray(o) ||
      Object.keys(o).some((k) => k !== 'title' && k !== 'link')
    ) {
      out.push(issue(at, 'type', 'moet { title, link } zijn', 'must be { title, link }'));
      return;
    }
    const titleField = { ...field, name: `${at}.title`, required: true, maxLength: field.titleMaxLength };
    out.push(...textIssues(titleField, o.title, 'line'));
    if (o.link !== undefined && o.link !== null && o.link !== '') {
      out.push(...urlIssues({ ...field, name: `${at}.link`, maxLength: field.linkMaxLength }, o.link));
    }
  });
  return out;
}

function urlIssues(field: RegisterField, value: unknown): RegisterIssue[] {
  const out = textIssues(field, value, 'line');
  if (out.length === 0 && !isHttpsUrl(value as string)) {
    out.push(issue(field.name, 'https-only', 'moet een https-link zijn', 'must be an https link'));
  }
  return out;
}

function fieldIssues(field: RegisterField, value: unknown, rule: ContactRule): RegisterIssue[] {
  const name = field.name;
  switch (field.kind) {
    case 'text':
      return textIssues(field, value, 'line');
    case 'html': {
      const out = textIssues(field, value, 'text');
      if (out.length === 0 && !HTML_SUBSET.test(value as string)) {
        out.push(
          issue(
            name,
            'html',
            `alleen de HTML-tags ${REGISTER_HTML_TAGS.join(', ')} zonder attributen`,
            `only the HTML tags ${REGISTER_HTML_TAGS.join(', ')} without attributes`,
          ),
        );
      }
      return out;
    }
    case 'enum':
      return (field.values ?? []).includes(value as string)
        ? []
        : [
            issue(
              name,
              'enum',
              `moet een van deze zijn: ${(field.values ?? []).join('; ')}`,
              `must be one of: ${(field.values ?? []).join('; ')}`,
            ),
          ];
    case 'enum-list': {
      if (!Array.isArray(value) || value.some((v) => !(field.values ?? []).includes(v as string))) {
        return [issue(name, 'enum', 'bevat een waarde die niet in de lijst staat', 'holds a value not in the list')];
      }
      if (new Set(value).size !== value.length) return [issue(name, 'unique', 'dubbele waarde', 'duplicate value')];
      if (field.maxItems !== undefined && value.length > field.maxItems) {
        return [issue(name, 'max-items', `maximaal ${field.maxItems} items`, `at most ${field.maxItems} items`)];
      }
      return [];
    }
    case 'month':
      return typeof value === 'string' && MONTH.test(value)
        ? []
        : [issue(name, 'month', 'moet de vorm jjjj-mm hebben', 'must be yyyy-mm')];
    case 'date':
      return typeof value === 'string' && DAY.test(value)
        ? []
        : [issue(name, 'date', 'moet de vorm jjjj-mm-dd hebben', 'must be yyyy-mm-dd')];
    case 'https-url':
      return urlIssues(field, value);
    case 'contact': {
      const out = textIssues(field, value, 'line');
      if (out.length > 0) return out;
      const p = contactProblem(value as string, rule);
      return p ? [p] : [];
    }
    case 'link-list':
      return linkListIssues(field, value);
    case 'boolean':
      return typeof value === 'boolean' ? [] : [issue(name, 'type', 'moet ja of nee zijn', 'must be true or false')];
    case 'geometry':
      return isGeometry(value)
        ? []
        : [issue(name, 'geometry', 'moet een GeoJSON Point of Polygon zijn', 'must be a GeoJSON Point or Polygon')];
  }
}

const absent = (v: unknown): boolean => v === undefined || v === null || v === '';

/**
 * Every way `entry` breaks its standard, field by field (an empty list: it may be published). Unknown fields are
 * refused too, so an entry holds only what the standard publishes. HTML must have been sanitised before (the API
 * does that with sanitize-html); here it is only checked.
 */
export function validateRegisterEntry(kind: RegisterKind, entry: unknown, rule: ContactRule = {}): RegisterIssue[] {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return [issue('entry', 'type', 'moet een object zijn', 'must be an object')];
  }
  const e = entry as RegisterEntry;
  const fields = REGISTER_STANDARDS[kind].fields;
  const known = new Set(fields.map((x) => x.name));
  const out: RegisterIssue[] = Object.keys(e)
    .filter((k) => !known.has(k))
    .map((k) => issue(k, 'unknown-field', 'is geen veld van de standaard', 'is not a field of the standard'));
  for (const field of fields) {
    const value = e[field.name];
    if (absent(value) && !(field.kind === 'boolean' && value === false)) {
      if (field.required) out.push(issue(field.name, 'required', 'is verplicht', 'is required'));
      continue;
    }
    out.push(...fieldIssues(field, value, rule));
  }
  if (kind === 'algorithm' && e.status === 'Buiten gebruik' && absent(e.end_date)) {
    out.push(
      issue(
        'end_date',
        'required',
        'is verplicht bij status Buiten gebruik',
        "is required with status 'Buiten gebruik'",
      ),
    );
  }
  if (typeof e.begin_date === 'string' && typeof e.end_date === 'string' && e.end_date < e.begin_date) {
    out.push(issue('end_date', 'order', 'ligt voor de begindatum', 'is before the start month'));
  }
  return out;
}
