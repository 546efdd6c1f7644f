import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_ROUTE, DASHBOARD_DIR } from './dashboard-static';

/** One address per page of the dashboard's router; a page added there without one here fails below. */
const SAMPLES = [
  '/',
  '/aanmelden',
  '/aanmelden/terug',
  '/afgemeld',
  '/geen-toegang',
  '/pijplijn',
  '/projecten',
  '/projecten/nieuw',
  '/projecten/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d',
  '/projecten/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d/audit',
  '/projecten/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d/taak/dpo-advice',
  '/projects/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d',
  '/taken',
  '/afdeling/taken',
  '/post',
  '/vergaderingen',
  '/vergaderingen/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d',
  '/instellingen',
  '/beleid/wat-als',
  '/beleid/activaties',
  '/beleid/activaties/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d',
  '/organisatie',
  '/organisatie/afdeling/Openbare%20Ruimte',
  '/openbaar',
  '/openbaar/reflecties',
  '/openbaar/reflecties/0b7e2c1a-4f3d-4a5b-9c8d-1e2f3a4b5c6d',
  '/openbaar/algoritmes',
  '/openbaar/sensoren',
];

/** The path patterns of the router in main.js, as written there. */
function routerPatterns(): RegExp[] {
  const main = readFileSync(join(DASHBOARD_DIR, 'js', 'main.js'), 'utf8');
  return [...main.matchAll(/\{ path: \/(.+?)\/(i?),/g)].map((m) => new RegExp(m[1], m[2]));
}

describe('dashboard pages on a reload', () => {
  const patterns = routerPatterns();

  it('reads the router', () => {
    expect(patterns.length).toBeGreaterThanOrEqual(SAMPLES.length - 1);
  });

  it.each(patterns.map((p) => [p.source, p]))('serves the page of %s from the server too', (_source, pattern) => {
    const samples = SAMPLES.filter((s) => pattern.test(s));
    expect(samples).not.toEqual([]);
    for (const s of samples) expect(CLIENT_ROUTE.test(s)).toBe(true);
  });
});
