import { textProblem } from './text';

/**
 * The organisation model: departments (the text projects carry in their `department` field), each with a head and
 * deputies. Department-head mail and escalations of a project go to its own department's head and deputies; a
 * deputy reads the department's projects as its head does.
 */

/** Where a version of a department came from, in order of precedence: the identity provider, the file, the API. */
export const ORGANISATION_SOURCES = ['claims', 'file', 'api'] as const;
export type OrganisationSource = (typeof ORGANISATION_SOURCES)[number];

/** The most deputies one department may have: a department is not a directory. */
export const MAX_DEPUTIES = 20;
/** The most departments an organisation file may describe. */
export const MAX_DEPARTMENTS = 2_000;
export const DEPARTMENT_ID_MAX = 120;
export const DEPARTMENT_NAME_MAX = 200;
export const SUB_MAX = 255;

/** What a department is, without its bookkeeping. */
export interface DepartmentFields {
  id: string;
  nameNl: string;
  nameEn: string;
  headSub: string | null;
  deputySubs: string[];
  active: boolean;
}

/** A department's current state or one of its versions. */
export interface Department extends DepartmentFields {
  version: number;
  source: OrganisationSource;
  /** ISO instant */
  changedAt: string;
  changedBy: { sub: string; name: string } | null;
  reason: string | null;
}

/** Why a department-head notification went where it went. */
export const ROUTING_REASONS = ['department-head', 'department-unknown', 'department-without-head'] as const;
export type RoutingReason = (typeof ROUTING_REASONS)[number];

export interface FieldIssue {
  field: string;
  message: string;
}

function line(value: unknown, field: string, max: number, issues: FieldIssue[], min = 1): value is string {
  if (typeof value !== 'string') {
    issues.push({ field, message: `${field} must be a string` });
    return false;
  }
  const problem = textProblem(value, 'line');
  if (problem) issues.push({ field, message: `${field} ${problem}` });
  else if (value.trim().length < min || value.length > max)
    issues.push({ field, message: `${field} must be ${min} to ${max} characters, not blank` });
  else if (value !== value.trim()) issues.push({ field, message: `${field} must not start or end with spaces` });
  else return true;
  return false;
}

/** A subject identifier as identity providers issue them: printable ASCII without spaces. */
const SUB = /^[\x21-\x7e]+$/;

function sub(value: unknown, field: string, issues: FieldIssue[]): value is string {
  if (typeof value !== 'string' || !SUB.test(value) || value.length > SUB_MAX) {
    issues.push({ field, message: `${field} must be a subject identifier (1 to ${SUB_MAX} printable characters)` });
    return false;
  }
  return true;
}

/** Whether `value` may be a department id (the text a project carries as its department). */
export function departmentIdProblem(value: unknown): string | null {
  const issues: FieldIssue[] = [];
  line(value, 'id', DEPARTMENT_ID_MAX, issues);
  return issues[0]?.message ?? null;
}

/**
 * Checks a department's head and deputies (and names when given): every problem with the field it is in, so the
 * API and the organisation file refuse bad input field by field. `prefix` goes before each field name.
 */
export function checkDepartmentFields(
  value: { nameNl?: unknown; nameEn?: unknown; headSub?: unknown; deputySubs?: unknown },
  prefix = '',
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  line(value.nameNl, `${prefix}nameNl`, DEPARTMENT_NAME_MAX, issues);
  line(value.nameEn, `${prefix}nameEn`, DEPARTMENT_NAME_MAX, issues);
  if (value.headSub !== null && value.headSub !== undefined) sub(value.headSub, `${prefix}headSub`, issues);
  const deputies = value.deputySubs ?? [];
  if (!Array.isArray(deputies)) {
    issues.push({ field: `${prefix}deputySubs`, message: `${prefix}deputySubs must be an array of subjects` });
  } else {
    if (deputies.length > MAX_DEPUTIES)
      issues.push({ field: `${prefix}deputySubs`, message: `at most ${MAX_DEPUTIES} deputies` });
    const seen = new Set<unknown>();
    deputies.forEach((d: unknown, i) => {
      const field = `${prefix}deputySubs[${i}]`;
      if (!sub(d, field, issues)) return;
      if (d === value.headSub) issues.push({ field, message: 'the head cannot be their own deputy' });
      if (seen.has(d)) issues.push({ field, message: `${field} appears twice` });
      seen.add(d);
    });
  }
  return issues;
}

/** Whether two states of a department say the same (bookkeeping aside). */
export function sameDepartment(a: DepartmentFields, b: DepartmentFields): boolean {
  return (
    a.id === b.id &&
    a.nameNl === b.nameNl &&
    a.nameEn === b.nameEn &&
    a.headSub === b.headSub &&
    a.active === b.active &&
    a.deputySubs.length === b.deputySubs.length &&
    a.deputySubs.every((d, i) => d === b.deputySubs[i])
  );
}
