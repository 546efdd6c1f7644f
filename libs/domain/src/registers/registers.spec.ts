import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  ALGORITHM_REGISTER_1_0,
  REGISTER_KINDS,
  registerColumns,
  type RegisterEntry,
  type RegisterKind,
} from './definition';
import { EXAMPLE_ALGORITHM_ENTRY, EXAMPLE_SENSOR_ENTRY } from './examples';
import { REGISTER_SCHEMA_FILES, registerJsonSchema } from './json-schema';
import { contactProblem, validateRegisterEntry } from './validate';

const repoRoot = path.resolve(__dirname, '../../../..');
const EXAMPLES: Record<RegisterKind, RegisterEntry> = {
  algorithm: EXAMPLE_ALGORITHM_ENTRY,
  sensor: EXAMPLE_SENSOR_ENTRY,
};

function ajv(): Ajv2020 {
  const a = new Ajv2020({ strict: true, allErrors: true });
  addFormats(a);
  return a;
}

const exported = (_kind: RegisterKind, entry: RegisterEntry) => ({ ...entry, standard_version: '1.0', lang: 'nld' });

describe('register definition and JSON Schema', () => {
  it.each(REGISTER_KINDS)(
    'the committed %s schema is the one the definition generates (npm run generate:registers)',
    (kind) => {
      const committed = JSON.parse(
        fs.readFileSync(path.join(repoRoot, REGISTER_SCHEMA_FILES[kind]), 'utf8'),
      ) as unknown;
      expect(committed).toEqual(registerJsonSchema(kind));
    },
  );

  it.each(REGISTER_KINDS)('the %s schema is a valid draft 2020-12 schema that accepts the example entry', (kind) => {
    const validate = ajv().compile(registerJsonSchema(kind));
    expect(validate(exported(kind, EXAMPLES[kind]))).toBe(true);
    expect(validateRegisterEntry(kind, EXAMPLES[kind])).toEqual([]);
  });

  it('the schema refuses what the validation refuses: length, enum, http, html, unknown field, missing end month', () => {
    const validate = ajv().compile(registerJsonSchema('algorithm'));
    const bad: RegisterEntry[] = [
      { ...EXAMPLE_ALGORITHM_ENTRY, name: 'x'.repeat(101) },
      { ...EXAMPLE_ALGORITHM_ENTRY, status: 'Gebruikt' },
      { ...EXAMPLE_ALGORITHM_ENTRY, website: 'http://www.enschede.nl' },
      { ...EXAMPLE_ALGORITHM_ENTRY, goal: '<script>alert(1)</script>' },
      { ...EXAMPLE_ALGORITHM_ENTRY, goal: '<p class="x">doel</p>' },
      { ...EXAMPLE_ALGORITHM_ENTRY, colour: 'blue' },
      { ...EXAMPLE_ALGORITHM_ENTRY, status: 'Buiten gebruik' },
      { ...EXAMPLE_ALGORITHM_ENTRY, category: ['Werk', 'Recht', 'Wonen', 'Economie'] },
    ];
    for (const entry of bad) {
      expect(validate(exported('algorithm', entry))).toBe(false);
      expect(validateRegisterEntry('algorithm', entry).length).toBeGreaterThan(0);
    }
  });

  it('the CSV columns are the standard fields in the definition order', () => {
    expect(registerColumns('algorithm').slice(0, 5)).toEqual([
      'name',
      'organization',
      'description_short',
      'category',
      'status',
    ]);
    expect(registerColumns('algorithm')).toHaveLength(ALGORITHM_REGISTER_1_0.fields.length);
    expect(registerColumns('sensor')).toContain('location');
  });
});

describe('validateRegisterEntry', () => {
  const issuesOf = (entry: RegisterEntry, kind: RegisterKind = 'algorithm') =>
    validateRegisterEntry(kind, entry).map((i) => [i.field, i.code]);

  it('says what is wrong field by field, in Dutch with English', () => {
    const issues = validateRegisterEntry('algorithm', { ...EXAMPLE_ALGORITHM_ENTRY, goal: 'x'.repeat(2501) });
    expect(issues).toEqual([
      {
        field: 'goal',
        code: 'max-length',
        message: { nl: 'goal: maximaal 2500 tekens', en: 'goal: at most 2500 characters' },
      },
    ]);
  });

  it('refuses missing required fields, enums, months, https and the HTML subset', () => {
    const { name: _n, ...noName } = EXAMPLE_ALGORITHM_ENTRY;
    expect(issuesOf(noName)).toEqual([['name', 'required']]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, publication_category: 'D' })).toEqual([
      ['publication_category', 'enum'],
    ]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, begin_date: '2026-13' })).toEqual([['begin_date', 'month']]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, publiccode: 'http://git.example.nl' })).toEqual([
      ['publiccode', 'https-only'],
    ]);
    expect(
      issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, lawful_basis_grouping: [{ title: 'Wet', link: 'ftp://x.nl' }] }),
    ).toEqual([['lawful_basis_grouping[0].link', 'https-only']]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, risks: '<p onclick="x()">r</p>' })).toEqual([['risks', 'html']]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, risks: '<p>r</p><br/><ol><li>a</li></ol><div>d</div>' })).toEqual([]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, name: 'a\nb' })).toEqual([['name', 'text']]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, status: 'Buiten gebruik', end_date: '2026-01' })).toEqual([
      ['end_date', 'order'],
    ]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, name: '😀'.repeat(100) })).toEqual([]);
    expect(issuesOf({ ...EXAMPLE_ALGORITHM_ENTRY, name: '😀'.repeat(101) })).toEqual([['name', 'max-length']]);
  });

  it('checks a sensor entry: boolean, GeoJSON Point or closed Polygon, date', () => {
    const ring = [
      [6.89, 52.22],
      [6.9, 52.22],
      [6.9, 52.23],
      [6.89, 52.22],
    ];
    expect(issuesOf({ ...EXAMPLE_SENSOR_ENTRY, location: { type: 'Polygon', coordinates: [ring] } }, 'sensor')).toEqual(
      [],
    );
    expect(
      issuesOf({ ...EXAMPLE_SENSOR_ENTRY, location: { type: 'Polygon', coordinates: [ring.slice(0, 3)] } }, 'sensor'),
    ).toEqual([['location', 'geometry']]);
    expect(
      issuesOf({ ...EXAMPLE_SENSOR_ENTRY, location: { type: 'Point', coordinates: [200, 52] } }, 'sensor'),
    ).toEqual([['location', 'geometry']]);
    expect(issuesOf({ ...EXAMPLE_SENSOR_ENTRY, personal_data: 'nee' }, 'sensor')).toEqual([['personal_data', 'type']]);
    expect(issuesOf({ ...EXAMPLE_SENSOR_ENTRY, active_until: '2027-12' }, 'sensor')).toEqual([
      ['active_until', 'date'],
    ]);
  });
});

describe('the contact rule: a function address, not a person', () => {
  it('accepts a function address and an https link', () => {
    expect(contactProblem('algoritmeregister@enschede.nl')).toBeNull();
    expect(contactProblem('https://www.enschede.nl/contact')).toBeNull();
  });
  it('refuses firstname.lastname unless configured as a function address', () => {
    expect(contactProblem('jan.jansen@enschede.nl')?.code).toBe('personal-contact');
    expect(contactProblem('anne.van-dijk@enschede.nl')?.code).toBe('personal-contact');
    expect(
      contactProblem('privacy.office@enschede.nl', { functionAddresses: ['Privacy.Office@enschede.nl'] }),
    ).toBeNull();
    // The whole address: the same local part at another domain is not on the list.
    expect(
      contactProblem('privacy.office@example.org', { functionAddresses: ['privacy.office@enschede.nl'] }),
    ).not.toBeNull();
  });
  it("refuses the case owner's or any directory person's address, whatever its shape", () => {
    expect(contactProblem('jjansen@enschede.nl', { personalEmails: ['JJansen@enschede.nl'] })?.code).toBe(
      'personal-contact',
    );
  });
  it('refuses http links and malformed addresses', () => {
    expect(contactProblem('http://www.enschede.nl/contact')?.code).toBe('https-only');
    expect(contactProblem('mailto:x')?.code).toBe('https-only');
    expect(contactProblem('not an address')?.code).toBe('contact');
  });
});
