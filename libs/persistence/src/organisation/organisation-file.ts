import {
  checkDepartmentFields,
  departmentIdProblem,
  MAX_DEPARTMENTS,
  type DepartmentFields,
  type FieldIssue,
} from '@waardenpoort/domain';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** An organisation file that cannot be used, with every problem and where it is. */
export class InvalidOrganisationFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: FieldIssue[],
  ) {
    super(
      `organisation file ${file} is invalid:\n  - ${problems
        .slice(0, 50)
        .map((p) => `${p.field}: ${p.message}`)
        .join('\n  - ')}`,
    );
  }
}

const ENTRY_KEYS = new Set(['id', 'nameNl', 'nameEn', 'headSub', 'deputySubs', 'active']);

/**
 * Reads an organisation file (ORGANISATION_FILE): YAML, or JSON (which YAML reads too), of the form
 *
 *   departments:
 *     - id: Openbare Ruimte          # as projects carry it in their department field
 *       nameNl: Openbare Ruimte
 *       nameEn: Public Space
 *       headSub: <subject of the head>   # optional
 *       deputySubs: [<subject>, ...]     # optional
 *       active: true                     # optional
 *
 * Every problem is reported with its place (`departments[2].headSub`), not only the first.
 */
export function parseOrganisation(text: string, file = 'organisation file'): DepartmentFields[] {
  let document: unknown;
  try {
    document = parse(text, { maxAliasCount: 0 });
  } catch (err) {
    throw new InvalidOrganisationFileError(file, [
      { field: '/', message: `not YAML or JSON: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` },
    ]);
  }
  const problems: FieldIssue[] = [];
  if (!document || typeof document !== 'object' || Array.isArray(document)) {
    throw new InvalidOrganisationFileError(file, [{ field: '/', message: 'must be an object with "departments"' }]);
  }
  for (const key of Object.keys(document)) {
    if (key !== 'departments') problems.push({ field: key, message: `unknown field ${JSON.stringify(key)}` });
  }
  const entries = (document as { departments?: unknown }).departments;
  if (!Array.isArray(entries)) {
    problems.push({ field: 'departments', message: 'departments must be a list' });
    throw new InvalidOrganisationFileError(file, problems);
  }
  if (entries.length > MAX_DEPARTMENTS) {
    problems.push({ field: 'departments', message: `at most ${MAX_DEPARTMENTS} departments` });
    throw new InvalidOrganisationFileError(file, problems);
  }
  const out: DepartmentFields[] = [];
  const ids = new Set<string>();
  entries.forEach((entry: unknown, i) => {
    const at = `departments[${i}]`;
    if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
      problems.push({ field: at, message: `${at} must be an object` });
      return;
    }
    const e = entry as Record<string, unknown>;
    const before = problems.length;
    for (const key of Object.keys(e)) {
      if (!ENTRY_KEYS.has(key))
        problems.push({ field: `${at}.${key}`, message: `unknown field ${JSON.stringify(key)}` });
    }
    const idProblem = departmentIdProblem(e.id);
    if (idProblem) problems.push({ field: `${at}.id`, message: idProblem });
    else if (ids.has(e.id as string))
      problems.push({ field: `${at}.id`, message: `department ${JSON.stringify(e.id)} appears twice` });
    else ids.add(e.id as string);
    problems.push(...checkDepartmentFields(e, `${at}.`));
    if (e.active !== undefined && typeof e.active !== 'boolean')
      problems.push({ field: `${at}.active`, message: 'active must be true or false' });
    if (problems.length > before) return;
    out.push({
      id: e.id as string,
      nameNl: e.nameNl as string,
      nameEn: e.nameEn as string,
      headSub: (e.headSub as string | null | undefined) ?? null,
      deputySubs: (e.deputySubs as string[] | undefined) ?? [],
      active: (e.active as boolean | undefined) ?? true,
    });
  });
  if (problems.length > 0) throw new InvalidOrganisationFileError(file, problems);
  return out;
}

export function readOrganisationFile(file: string): DepartmentFields[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InvalidOrganisationFileError(file, [
      { field: '/', message: `cannot be read: ${err instanceof Error ? err.message : String(err)}` },
    ]);
  }
  return parseOrganisation(text, file);
}
