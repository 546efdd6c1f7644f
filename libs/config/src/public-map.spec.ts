import { ConfigError, loadConfig } from './config';

const DEV = { DEV_MODE: 'true', NODE_ENV: 'development' };
const PDOK = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig({ ...DEV, ...env });
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('public map settings (PUBLIC_MAP_TILE_URL, PUBLIC_MAP_ATTRIBUTION)', () => {
  it('has no background map by default', () => {
    expect(loadConfig(DEV).publicMap).toEqual({ tiles: null });
    // docker-compose passes an unset variable as an empty string: the same as unset.
    expect(loadConfig({ ...DEV, PUBLIC_MAP_TILE_URL: '', PUBLIC_MAP_ATTRIBUTION: '' }).publicMap).toEqual({
      tiles: null,
    });
  });

  it('takes an https tile template with its attribution, and names its origin for the CSP', () => {
    const config = loadConfig({
      ...DEV,
      PUBLIC_MAP_TILE_URL: PDOK,
      PUBLIC_MAP_ATTRIBUTION: ' Kaartgegevens © Kadaster ',
    });
    expect(config.publicMap.tiles).toEqual({
      urlTemplate: PDOK,
      origin: 'https://service.pdok.nl',
      attribution: 'Kaartgegevens © Kadaster',
    });
    const tms = loadConfig({
      ...DEV,
      PUBLIC_MAP_TILE_URL: 'https://tiles.example.nl:8443/tms/{z}/{x}/{-y}{r}.png',
      PUBLIC_MAP_ATTRIBUTION: 'Tegels © Voorbeeld',
    });
    expect(tms.publicMap.tiles?.origin).toBe('https://tiles.example.nl:8443');
  });

  it.each([
    ['plain http', 'http://tiles.example.nl/{z}/{x}/{y}.png', /https URL/],
    ['another scheme', 'javascript:alert(1)//{z}/{x}/{y}', /https URL/],
    ['no {y}', 'https://tiles.example.nl/{z}/{x}.png', /must contain \{z\}, \{x\} and \{y\}/],
    ['a subdomain placeholder', 'https://{s}.tile.example.nl/{z}/{x}/{y}.png', /one host/],
    ['credentials', 'https://user:secret@tiles.example.nl/{z}/{x}/{y}.png', /user name or password/],
    ['a quote (CSP injection)', "https://tiles.example.nl/{z}/{x}/{y}.png'; script-src *", /without spaces, quotes/],
    ['a control character', 'https://tiles.example.nl/{z}/{x}/{y}.png\u0000', /without spaces, quotes or control/],
    ['a relative URL', '/tiles/{z}/{x}/{y}.png', /absolute URL/],
    ['a huge URL', `https://tiles.example.nl/${'a'.repeat(2_000)}/{z}/{x}/{y}.png`, /at most 2000/],
  ])('refuses a tile URL with %s', (_what, url, message) => {
    const problems = problemsOf({ PUBLIC_MAP_TILE_URL: url, PUBLIC_MAP_ATTRIBUTION: 'Tegels © Voorbeeld' });
    expect(problems).toEqual([expect.stringMatching(message)]);
    expect(problems[0]).toMatch(/^PUBLIC_MAP_TILE_URL: /);
  });

  it('wants an attribution with a tile URL, and none without one; one line of plain text', () => {
    expect(problemsOf({ PUBLIC_MAP_TILE_URL: PDOK })).toEqual([expect.stringMatching(/^PUBLIC_MAP_ATTRIBUTION: /)]);
    expect(problemsOf({ PUBLIC_MAP_ATTRIBUTION: 'Kadaster' })).toEqual([
      'PUBLIC_MAP_ATTRIBUTION: only with PUBLIC_MAP_TILE_URL',
    ]);
    for (const attribution of ['Kadaster\nnieuwe regel', 'Kadaster \u202e', 'Kadaster \ud800', 'K'.repeat(301)]) {
      expect(problemsOf({ PUBLIC_MAP_TILE_URL: PDOK, PUBLIC_MAP_ATTRIBUTION: attribution })).toEqual([
        expect.stringMatching(/^PUBLIC_MAP_ATTRIBUTION: /),
      ]);
    }
  });
});
