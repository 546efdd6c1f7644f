import {
  EXAMPLE_ALGORITHM_ENTRY,
  EXAMPLE_SENSOR_ENTRY,
  registerColumns,
  validateRegisterEntry,
} from '@waardenpoort/domain';
import type { RegisterEntryVersion } from '@waardenpoort/persistence';
import { csvCell, entriesCsv, exportEntries, searchEntries, sensorsGeoJson, stableId } from './register-export';
import { sanitizeEntry, sanitizeRegisterHtml } from './register-entry.sanitize';

const version = (
  projectId: string,
  v: number,
  entry: Record<string, unknown>,
  register: 'algorithm' | 'sensor' = 'algorithm',
): RegisterEntryVersion => ({
  projectId,
  register,
  version: v,
  status: 'published',
  entry,
  actorSub: 'cora',
  actorName: 'Cora',
  recordedAt: `2027-0${v}-01T10:00:00.000Z`,
});

describe('sanitising the long texts (sanitize-html)', () => {
  it('keeps only div, br, p, ul, ol, li without attributes; scripts go with their content', () => {
    expect(sanitizeRegisterHtml('<script>alert(1)</script><p onclick="x()" class="a">Doel</p>')).toBe('<p>Doel</p>');
    expect(sanitizeRegisterHtml('<ul><li><a href="javascript:x">link</a></li></ul><br />')).toBe(
      '<ul><li>link</li></ul><br />',
    );
    expect(sanitizeRegisterHtml('<img src=x onerror=alert(1)><div>ok</div><style>p{}</style>')).toBe('<div>ok</div>');
  });

  it('sanitises before the length is checked, and only the HTML fields', () => {
    const padded = `<span>${'x'.repeat(2490)}</span>`;
    const entry = sanitizeEntry('algorithm', { ...EXAMPLE_ALGORITHM_ENTRY, goal: padded, name: '<b>Naam</b>' });
    expect(entry.goal).toBe('x'.repeat(2490));
    expect(entry.name).toBe('<b>Naam</b>');
    // The unsanitised text would have been too long and not in the subset; the name is plain text, so refused.
    expect(
      validateRegisterEntry('algorithm', { ...EXAMPLE_ALGORITHM_ENTRY, goal: padded }).map((i) => i.field),
    ).toEqual(['goal']);
    expect(validateRegisterEntry('algorithm', { ...entry, name: 'Naam' })).toEqual([]);
  });
});

describe('the register exports', () => {
  it('gives one entry per project: the newest version with the history of all, and a stable id', () => {
    const out = exportEntries('algorithm', [
      version('p1', 1, { ...EXAMPLE_ALGORITHM_ENTRY }),
      version('p1', 2, { ...EXAMPLE_ALGORITHM_ENTRY, status: 'Buiten gebruik', end_date: '2027-02' }),
      version('p2', 1, { ...EXAMPLE_ALGORITHM_ENTRY, organization: 'Gemeente Almelo' }),
    ]);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      id: 'gemeente-enschede/p1',
      version: 2,
      status: 'Buiten gebruik',
      standard_version: '1.0',
      lang: 'nld',
      versions: [
        { version: 1, status: 'In gebruik' },
        { version: 2, status: 'Buiten gebruik' },
      ],
    });
    expect(out[1]?.id).toBe('gemeente-almelo/p2');
    expect(stableId('Gemeente Ënschede', 'x')).toBe('gemeente-enschede/x');
  });

  it('writes CSV in the register column order, RFC 4180 quoted and safe from formulas', () => {
    const out = exportEntries('algorithm', [
      version('p1', 1, { ...EXAMPLE_ALGORITHM_ENTRY, name: '=HYPERLINK("x")', tags: 'a, b' }),
    ]);
    const [header, row] = entriesCsv('algorithm', out).split('\r\n');
    expect(header?.split(',').slice(0, registerColumns('algorithm').length)).toEqual(registerColumns('algorithm'));
    expect(row?.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true);
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('regel\nregel')).toBe('"regel\nregel"');
    expect(csvCell(['Werk', 'Recht'])).toBe('"Werk, Recht"');
    expect(csvCell(false)).toBe('false');
  });

  it('gives the sensors as a GeoJSON FeatureCollection', () => {
    const out = sensorsGeoJson(exportEntries('sensor', [version('s1', 1, { ...EXAMPLE_SENSOR_ENTRY }, 'sensor')]));
    expect(out).toMatchObject({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', id: 'gemeente-enschede/s1', geometry: EXAMPLE_SENSOR_ENTRY.location }],
    });
  });

  it("searches the entries' texts, case and accents ignored", () => {
    const out = exportEntries('algorithm', [
      version('p1', 1, { ...EXAMPLE_ALGORITHM_ENTRY, name: 'Beoordeling café-vergunningen' }),
      version('p2', 1, { ...EXAMPLE_ALGORITHM_ENTRY, name: 'Parkeren', goal: '<p>Rustige straten</p>' }),
    ]);
    expect(searchEntries(out, 'CAFE').map((e) => e.name)).toEqual(['Beoordeling café-vergunningen']);
    expect(searchEntries(out, 'rustige').map((e) => e.name)).toEqual(['Parkeren']);
    expect(searchEntries(out, '  ')).toHaveLength(2);
  });
});
