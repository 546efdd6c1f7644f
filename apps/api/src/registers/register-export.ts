import {
  DEFAULT_REGISTER_ORGANIZATION,
  REGISTER_STANDARDS,
  registerColumns,
  type RegisterEntry,
  type RegisterKind,
} from '@waardenpoort/domain';
import type { RegisterEntryVersion } from '@waardenpoort/persistence';

/** One registration as the export shows it: the newest published version, with the history of all of them. */
export type ExportedEntry = RegisterEntry & {
  standard_version: string;
  lang: string;
  id: string;
  version: number;
  published_at: string;
  versions: Array<{ version: number; published_at: string; status: string }>;
};

/** A stable id of a registration: the organisation and the project, lower case and hyphens (`gemeente-enschede/<id>`). */
export function stableId(organization: unknown, projectId: string): string {
  const org =
    typeof organization === 'string' && organization.length > 0 ? organization : DEFAULT_REGISTER_ORGANIZATION;
  const slug = org
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug}/${projectId}`;
}

/** Published versions (ordered per project, oldest first) → one exported entry per project. */
export function exportEntries(kind: RegisterKind, versions: readonly RegisterEntryVersion[]): ExportedEntry[] {
  const std = REGISTER_STANDARDS[kind];
  const byProject = new Map<string, RegisterEntryVersion[]>();
  for (const v of versions) byProject.set(v.projectId, [...(byProject.get(v.projectId) ?? []), v]);
  const out: ExportedEntry[] = [];
  for (const [projectId, list] of byProject) {
    const last = list[list.length - 1];
    const fields = Object.fromEntries(
      std.fields.flatMap((f) => (last.entry[f.name] === undefined ? [] : [[f.name, last.entry[f.name]]])),
    );
    out.push({
      ...fields,
      standard_version: std.version,
      lang: std.lang,
      id: stableId(last.entry.organization, projectId),
      version: last.version,
      published_at: last.recordedAt,
      versions: list.map((v) => ({ version: v.version, published_at: v.recordedAt, status: String(v.entry.status) })),
    });
  }
  return out;
}

/** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read a formula (CSV injection). */
export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (Array.isArray(value)) {
    text = value
      .map((v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)))
      .join(value.some((v) => typeof v === 'object') ? '\n' : ', ');
  } else text = typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r|]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The register's columns in its own order (the definition's), then the export's id and version. */
export function entriesCsv(kind: RegisterKind, entries: readonly ExportedEntry[]): string {
  const columns = [...registerColumns(kind), 'standard_version', 'lang', 'id', 'version', 'published_at'];
  const rows = entries.map((e) => columns.map((c) => csvCell(e[c])));
  return [columns, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';
}

/** The sensor register as GeoJSON: one Feature per sensor, its location the geometry, the rest its properties. */
export function sensorsGeoJson(entries: readonly ExportedEntry[]): Record<string, unknown> {
  return {
    type: 'FeatureCollection',
    features: entries.map(({ location, ...properties }) => ({
      type: 'Feature',
      id: properties.id,
      geometry: location ?? null,
      properties,
    })),
  };
}

/** The texts of an entry (its fields' strings, nested ones included), for a plain search. */
function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/** The entries whose field texts contain `q` (case-insensitive, accents ignored); all when `q` is blank. */
export function searchEntries(entries: readonly ExportedEntry[], q: string | undefined): ExportedEntry[] {
  const fold = (t: string) =>
    t
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLocaleLowerCase('nl');
  const needle = fold(q?.trim() ?? '');
  if (needle === '') return [...entries];
  return entries.filter((e) => textsOf({ ...e, versions: undefined }).some((t) => fold(t).includes(needle)));
}
