import { REGISTER_STANDARDS, type RegisterField, type RegisterKind } from './definition';
import { EMAIL as EMAIL_ADDRESS, HTML_SUBSET, HTTPS_URL } from './validate';

/**
 * The JSON Schema (draft 2020-12) of one exported register entry, generated from the definition: the standard's
 * fields with their limits and enumerations, `standard_version` and `lang`, and the export's own metadata (stable
 * id, version, version history). `npm run generate:registers` writes it to docs/schemas/; a unit test fails when
 * the committed file is stale. What a schema cannot say (a contact that is a person's address) is checked by
 * validateRegisterEntry only.
 */

// The same expressions the validation uses, so schema and validation cannot drift apart.
const HTTPS = HTTPS_URL.source;
const HTML = HTML_SUBSET.source;
const EMAIL = EMAIL_ADDRESS.source;

type Schema = Record<string, unknown>;

const position: Schema = {
  type: 'array',
  prefixItems: [
    { type: 'number', minimum: -180, maximum: 180 },
    { type: 'number', minimum: -90, maximum: 90 },
  ],
  minItems: 2,
  maxItems: 2,
};

export const GEOMETRY_SCHEMA: Schema = {
  oneOf: [
    {
      type: 'object',
      properties: { type: { const: 'Point' }, coordinates: position },
      required: ['type', 'coordinates'],
      additionalProperties: false,
    },
    {
      type: 'object',
      properties: {
        type: { const: 'Polygon' },
        coordinates: {
          type: 'array',
          minItems: 1,
          maxItems: 10,
          items: { type: 'array', minItems: 4, maxItems: 1000, items: position },
        },
      },
      required: ['type', 'coordinates'],
      additionalProperties: false,
    },
  ],
};

function fieldSchema(field: RegisterField): Schema {
  const described = { title: field.label.nl, description: field.label.en };
  const max = field.maxLength !== undefined ? { maxLength: field.maxLength } : {};
  switch (field.kind) {
    case 'text':
      return { ...described, type: 'string', ...max };
    case 'html':
      return { ...described, type: 'string', contentMediaType: 'text/html', pattern: HTML, ...max };
    case 'enum':
      return { ...described, type: 'string', enum: [...(field.values ?? [])] };
    case 'enum-list':
      return {
        ...described,
        type: 'array',
        items: { type: 'string', enum: [...(field.values ?? [])] },
        uniqueItems: true,
        ...(field.maxItems !== undefined ? { maxItems: field.maxItems } : {}),
      };
    case 'month':
      return { ...described, type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$', maxLength: 7 };
    case 'date':
      return { ...described, type: 'string', format: 'date', maxLength: 10 };
    case 'https-url':
      return { ...described, type: 'string', format: 'uri', pattern: HTTPS, ...max };
    case 'contact':
      return {
        ...described,
        type: 'string',
        ...max,
        anyOf: [
          { format: 'email', pattern: EMAIL },
          { format: 'uri', pattern: HTTPS },
        ],
      };
    case 'link-list':
      return {
        ...described,
        type: 'array',
        ...(field.maxItems !== undefined ? { maxItems: field.maxItems } : {}),
        items: {
          type: 'object',
          properties: {
            title: { type: 'string', minLength: 1, maxLength: field.titleMaxLength },
            link: { type: 'string', format: 'uri', pattern: HTTPS, maxLength: field.linkMaxLength },
          },
          required: ['title'],
          additionalProperties: false,
        },
      };
    case 'boolean':
      return { ...described, type: 'boolean' };
    case 'geometry':
      return { ...described, ...GEOMETRY_SCHEMA };
  }
}

export function registerJsonSchema(kind: RegisterKind): Schema {
  const std = REGISTER_STANDARDS[kind];
  const properties: Record<string, Schema> = {};
  for (const field of std.fields) properties[field.name] = fieldSchema(field);
  const statusOnly: Schema = { type: 'string', enum: [...(std.fields.find((x) => x.name === 'status')?.values ?? [])] };
  const meta: Record<string, Schema> = {
    standard_version: { const: std.version },
    lang: { const: std.lang },
    id: { type: 'string', description: 'Stable id of the registration: organisation and project' },
    version: { type: 'integer', minimum: 1 },
    published_at: { type: 'string', format: 'date-time' },
    versions: {
      type: 'array',
      description: 'Every published version, oldest first',
      items: {
        type: 'object',
        properties: {
          version: { type: 'integer', minimum: 1 },
          published_at: { type: 'string', format: 'date-time' },
          status: statusOnly,
        },
        required: ['version', 'published_at', 'status'],
        additionalProperties: false,
      },
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://waardenpoort.enschede.nl/schemas/${std.id}-${std.version}.schema.json`,
    title: std.title.nl,
    description: std.title.en,
    type: 'object',
    properties: { ...properties, ...meta },
    required: [...std.fields.filter((x) => x.required).map((x) => x.name), 'standard_version', 'lang'],
    additionalProperties: false,
    ...(kind === 'algorithm'
      ? {
          if: { properties: { status: { const: 'Buiten gebruik' } }, required: ['status'] },
          then: { properties: { end_date: { type: 'string' } }, required: ['end_date'] },
        }
      : {}),
  };
}

/** Where the generated schemas are kept, relative to the repository root. */
export const REGISTER_SCHEMA_FILES: Record<RegisterKind, string> = {
  algorithm: 'docs/schemas/algoritmeregister-1.0.schema.json',
  sensor: 'docs/schemas/sensorregister-1.0.schema.json',
};
