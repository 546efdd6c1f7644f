import type { LocalizedText } from '../policy/types';

/**
 * The one definition of what a register entry holds: the national algorithm register's publication standard 1.0
 * (see docs/registers.md) and the municipal sensor register. The JSON Schema (scripts/generate-registers.mjs), the
 * validation (./validate.ts), the CSV column order (the order of the fields here) and the form labels all come from
 * these tables, so a new version of a standard is a change of data here.
 */

export const REGISTER_KINDS = ['algorithm', 'sensor'] as const;

/** The organisation's name in both registers (and in a policy's `registers.organization`): at most this many characters. */
export const REGISTER_ORGANIZATION_MAX = 100;
/** A policy's `registers.functionAddresses`: at most this many. */
export const REGISTER_FUNCTION_ADDRESSES_MAX = 200;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const REGISTER_KIND_LABELS: Record<RegisterKind, LocalizedText> = {
  algorithm: { nl: 'Algoritmeregister', en: 'Algorithm register' },
  sensor: { nl: 'Sensorregister', en: 'Sensor register' },
};

export function isRegisterKind(value: unknown): value is RegisterKind {
  return typeof value === 'string' && (REGISTER_KINDS as readonly string[]).includes(value);
}

/** The only tags the standard allows in its long texts; no attributes at all. */
export const REGISTER_HTML_TAGS = ['div', 'br', 'p', 'ul', 'ol', 'li'] as const;

/**
 * - `text`: one line of plain text; `html`: a long text in the allowed HTML subset;
 * - `enum`: one of `values`; `enum-list`: at most `maxItems` distinct `values`;
 * - `month`: `yyyy-mm`; `date`: `yyyy-mm-dd`;
 * - `https-url`: an absolute https URL; `contact`: an e-mail address or an https URL of a function, not a person;
 * - `link-list`: a list of `{ title, link }` with an https link;
 * - `boolean`; `geometry`: a GeoJSON Point or Polygon (WGS84 lon/lat).
 */
export type RegisterFieldKind =
  | 'text'
  | 'html'
  | 'enum'
  | 'enum-list'
  | 'month'
  | 'date'
  | 'https-url'
  | 'contact'
  | 'link-list'
  | 'boolean'
  | 'geometry';

export interface RegisterField {
  name: string;
  kind: RegisterFieldKind;
  required: boolean;
  /** Characters (code points), for text, html, urls and contact. */
  maxLength?: number;
  values?: readonly string[];
  maxItems?: number;
  /** For link-list items. */
  titleMaxLength?: number;
  linkMaxLength?: number;
  label: LocalizedText;
  /** Filled by the register or by Waardenpoort, never by a person in the form. */
  system?: boolean;
}

export interface RegisterStandard {
  kind: RegisterKind;
  id: string;
  version: string;
  lang: string;
  title: LocalizedText;
  fields: readonly RegisterField[];
}

export const ALGORITHM_STATUSES = ['In ontwikkeling', 'In gebruik', 'Buiten gebruik'] as const;
export type RegisterStatus = (typeof ALGORITHM_STATUSES)[number];

export const PUBLICATION_CATEGORIES = [
  'Hoog-risico AI-systeem',
  'Impactvolle algoritmes',
  'Overige algoritmes',
] as const;
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];

export const ALGORITHM_THEMES = [
  'Organisatie en bedrijfsvoering',
  'Cultuur en recreatie',
  'Economie',
  'Overheidsfinanciën',
  'Wonen',
  'Internationaal',
  'Migratie en integratie',
  'Natuur en milieu',
  'Onderwijs en wetenschap',
  'Openbare orde en veiligheid',
  'Recht',
  'Ruimte en infrastructuur',
  'Sociale zekerheid',
  'Verkeer',
  'Werk',
  'Zorg en gezondheid',
] as const;

const HTML_MAX = 2500;
/** The longest link either register takes. */
export const REGISTER_URL_MAX = 500;
const URL_MAX = REGISTER_URL_MAX;

const f = (
  name: string,
  kind: RegisterFieldKind,
  required: boolean,
  nl: string,
  en: string,
  extra: Partial<RegisterField> = {},
): RegisterField => ({ name, kind, required, label: { nl, en }, ...extra });

/** Algoritmeregister, publication standard 1.0: the fields in the register's own (CSV) column order. */
export const ALGORITHM_REGISTER_1_0: RegisterStandard = {
  kind: 'algorithm',
  id: 'algoritmeregister',
  version: '1.0',
  lang: 'nld',
  title: { nl: 'Algoritmeregister, publicatiestandaard 1.0', en: 'Algorithm register, publication standard 1.0' },
  fields: [
    f('name', 'text', true, 'Naam', 'Name', { maxLength: 100 }),
    f('organization', 'text', true, 'Organisatie', 'Organisation', { maxLength: REGISTER_ORGANIZATION_MAX }),
    f('description_short', 'text', true, 'Korte omschrijving', 'Short description', { maxLength: 350 }),
    f('category', 'enum-list', false, "Thema's", 'Themes', { values: ALGORITHM_THEMES, maxItems: 3 }),
    f('status', 'enum', true, 'Status', 'Status', { values: ALGORITHM_STATUSES }),
    f('begin_date', 'month', false, 'Begindatum (jjjj-mm)', 'Start month (yyyy-mm)', { maxLength: 7 }),
    f('end_date', 'month', false, 'Einddatum (jjjj-mm)', 'End month (yyyy-mm)', { maxLength: 7 }),
    f(
      'contact_email',
      'contact',
      true,
      'Contact (functioneel e-mailadres of https-link)',
      'Contact (function address or https link)',
      {
        maxLength: URL_MAX,
      },
    ),
    f('website', 'https-url', false, 'Website', 'Website', { maxLength: URL_MAX }),
    f('publication_category', 'enum', true, 'Publicatiecategorie', 'Publication category', {
      values: PUBLICATION_CATEGORIES,
    }),
    f('url', 'https-url', false, 'Link naar eigen register', 'Link to own register', { maxLength: URL_MAX }),
    f('goal', 'html', false, 'Doel en impact', 'Goal and impact', { maxLength: HTML_MAX }),
    f('proportionality', 'html', false, 'Afwegingen', 'Considerations', { maxLength: HTML_MAX }),
    f('human_intervention', 'html', false, 'Menselijke tussenkomst', 'Human intervention', { maxLength: HTML_MAX }),
    f('risks', 'html', false, 'Risicobeheer', 'Risk management', { maxLength: HTML_MAX }),
    f('lawful_basis', 'html', false, 'Wettelijke basis', 'Lawful basis', { maxLength: HTML_MAX }),
    f('lawful_basis_grouping', 'link-list', false, 'Wetten en regelingen', 'Laws and regulations', {
      titleMaxLength: 100,
      linkMaxLength: URL_MAX,
      maxItems: 50,
    }),
    f('process_index_url', 'https-url', false, 'Link naar verwerkingsregister', 'Link to records of processing', {
      maxLength: URL_MAX,
    }),
    f('impacttoetsen_grouping', 'link-list', false, 'Impacttoetsen', 'Impact assessments', {
      titleMaxLength: 100,
      linkMaxLength: URL_MAX,
      maxItems: 20,
    }),
    f('impacttoetsen', 'html', false, 'Toelichting impacttoetsen', 'Impact assessments explained', {
      maxLength: HTML_MAX,
    }),
    f('source_data', 'html', false, 'Gebruikte data', 'Data used', { maxLength: HTML_MAX }),
    f('source_data_grouping', 'link-list', false, 'Links naar databronnen', 'Links to data sources', {
      titleMaxLength: URL_MAX,
      linkMaxLength: URL_MAX,
      maxItems: 50,
    }),
    f('methods_and_models', 'html', false, 'Technische werking', 'Methods and models', { maxLength: 5000 }),
    f('provider', 'text', false, 'Leverancier', 'Provider', { maxLength: 200 }),
    f('publiccode', 'https-url', false, 'Link naar broncode', 'Link to source code', { maxLength: URL_MAX }),
    f('source_id', 'text', false, 'Eigen id', 'Own id', { maxLength: 100, system: true }),
    f('tags', 'text', false, 'Zoektermen (kommagescheiden)', 'Search terms (comma-separated)', { maxLength: 2500 }),
    f('lars', 'text', false, 'Algoritme-id in het register', 'Register id', { maxLength: 100, system: true }),
  ],
};

export const SENSOR_TYPES = [
  'Camera',
  'Wifi- of bluetoothteller',
  'Luchtkwaliteit',
  'Geluid',
  'Parkeren',
  'Verkeerstelling',
  'Drone',
  'Overig',
] as const;

export const SENSOR_MOBILITY = ['Vast', 'Mobiel'] as const;

/** The municipal sensor register: what an entry states (docs/registers.md, "Sensor registers"). */
export const SENSOR_REGISTER_1_0: RegisterStandard = {
  kind: 'sensor',
  id: 'sensorregister',
  version: '1.0',
  lang: 'nld',
  title: { nl: 'Sensorregister 1.0', en: 'Sensor register 1.0' },
  fields: [
    f('name', 'text', true, 'Naam', 'Name', { maxLength: 100 }),
    f('sensor_type', 'enum', true, 'Soort sensor', 'Sensor type', { values: SENSOR_TYPES }),
    f('organization', 'text', true, 'Eigenaar (organisatie)', 'Owner organisation', {
      maxLength: REGISTER_ORGANIZATION_MAX,
    }),
    f(
      'contact_email',
      'contact',
      true,
      'Contact (functioneel e-mailadres of https-link)',
      'Contact (function address or https link)',
      {
        maxLength: URL_MAX,
      },
    ),
    f('personal_data', 'boolean', true, 'Verwerkt persoonsgegevens', 'Processes personal data'),
    f('purpose', 'text', true, 'Doel', 'Purpose', { maxLength: 1000 }),
    f('legal_ground', 'text', true, 'Wettelijke grondslag', 'Legal ground', { maxLength: 500 }),
    f('status', 'enum', true, 'Status', 'Status', { values: ALGORITHM_STATUSES }),
    f('active_until', 'date', false, 'Actief tot (jjjj-mm-dd)', 'Active until (yyyy-mm-dd)', { maxLength: 10 }),
    f('end_date', 'month', false, 'Einddatum (jjjj-mm)', 'End month (yyyy-mm)', { maxLength: 7 }),
    f('mobility', 'enum', true, 'Vast of mobiel', 'Fixed or mobile', { values: SENSOR_MOBILITY }),
    f('location', 'geometry', true, 'Locatie (GeoJSON punt of vlak)', 'Location (GeoJSON point or polygon)'),
    f('source_id', 'text', false, 'Eigen id', 'Own id', { maxLength: 100, system: true }),
  ],
};

export const REGISTER_STANDARDS: Record<RegisterKind, RegisterStandard> = {
  algorithm: ALGORITHM_REGISTER_1_0,
  sensor: SENSOR_REGISTER_1_0,
};

/** The CSV columns of a register: its fields in the definition's order. */
export function registerColumns(kind: RegisterKind): string[] {
  return REGISTER_STANDARDS[kind].fields.map((x) => x.name);
}

export type LinkItem = { title: string; link?: string };
export type GeoJsonGeometry =
  { type: 'Point'; coordinates: [number, number] } | { type: 'Polygon'; coordinates: Array<Array<[number, number]>> };

/** A register entry: the standard's field names to their values (absent or null when not filled in). */
export type RegisterEntry = Record<string, unknown>;
