// Generated from libs/domain/src/registers/definition.ts by `npm run generate:dashboard`; do not edit.
import type { LocalizedText } from '../policy/types.js';
/**
 * The one definition of what a register entry holds: the national algorithm register's publication standard 1.0
 * (see docs/registers.md) and the municipal sensor register. The JSON Schema (scripts/generate-registers.mjs), the
 * validation (./validate.ts), the CSV column order (the order of the fields here) and the form labels all come from
 * these tables, so a new version of a standard is a change of data here.
 */
export declare const REGISTER_KINDS: readonly ["algorithm", "sensor"];
/** The organisation's name in both registers (and in a policy's `registers.organization`): at most this many characters. */
export declare const REGISTER_ORGANIZATION_MAX = 100;
/** A policy's `registers.functionAddresses`: at most this many. */
export declare const REGISTER_FUNCTION_ADDRESSES_MAX = 200;
export type RegisterKind = (typeof REGISTER_KINDS)[number];
export declare const REGISTER_KIND_LABELS: Record<RegisterKind, LocalizedText>;
export declare function isRegisterKind(value: unknown): value is RegisterKind;
/** The only tags the standard allows in its long texts; no attributes at all. */
export declare const REGISTER_HTML_TAGS: readonly ["div", "br", "p", "ul", "ol", "li"];
/**
 * - `text`: one line of plain text; `html`: a long text in the allowed HTML subset;
 * - `enum`: one of `values`; `enum-list`: at most `maxItems` distinct `values`;
 * - `month`: `yyyy-mm`; `date`: `yyyy-mm-dd`;
 * - `https-url`: an absolute https URL; `contact`: an e-mail address or an https URL of a function, not a person;
 * - `link-list`: a list of `{ title, link }` with an https link;
 * - `boolean`; `geometry`: a GeoJSON Point or Polygon (WGS84 lon/lat).
 */
export type RegisterFieldKind = 'text' | 'html' | 'enum' | 'enum-list' | 'month' | 'date' | 'https-url' | 'contact' | 'link-list' | 'boolean' | 'geometry';
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
export declare const ALGORITHM_STATUSES: readonly ["In ontwikkeling", "In gebruik", "Buiten gebruik"];
export type RegisterStatus = (typeof ALGORITHM_STATUSES)[number];
export declare const PUBLICATION_CATEGORIES: readonly ["Hoog-risico AI-systeem", "Impactvolle algoritmes", "Overige algoritmes"];
export type PublicationCategory = (typeof PUBLICATION_CATEGORIES)[number];
export declare const ALGORITHM_THEMES: readonly ["Organisatie en bedrijfsvoering", "Cultuur en recreatie", "Economie", "Overheidsfinanciën", "Wonen", "Internationaal", "Migratie en integratie", "Natuur en milieu", "Onderwijs en wetenschap", "Openbare orde en veiligheid", "Recht", "Ruimte en infrastructuur", "Sociale zekerheid", "Verkeer", "Werk", "Zorg en gezondheid"];
/** The longest link either register takes. */
export declare const REGISTER_URL_MAX = 500;
/** Algoritmeregister, publication standard 1.0: the fields in the register's own (CSV) column order. */
export declare const ALGORITHM_REGISTER_1_0: RegisterStandard;
export declare const SENSOR_TYPES: readonly ["Camera", "Wifi- of bluetoothteller", "Luchtkwaliteit", "Geluid", "Parkeren", "Verkeerstelling", "Drone", "Overig"];
export declare const SENSOR_MOBILITY: readonly ["Vast", "Mobiel"];
/** The municipal sensor register: what an entry states (docs/registers.md, "Sensor registers"). */
export declare const SENSOR_REGISTER_1_0: RegisterStandard;
export declare const REGISTER_STANDARDS: Record<RegisterKind, RegisterStandard>;
/** The CSV columns of a register: its fields in the definition's order. */
export declare function registerColumns(kind: RegisterKind): string[];
export type LinkItem = {
    title: string;
    link?: string;
};
export type GeoJsonGeometry = {
    type: 'Point';
    coordinates: [number, number];
} | {
    type: 'Polygon';
    coordinates: Array<Array<[number, number]>>;
};
/** A register entry: the standard's field names to their values (absent or null when not filled in). */
export type RegisterEntry = Record<string, unknown>;
