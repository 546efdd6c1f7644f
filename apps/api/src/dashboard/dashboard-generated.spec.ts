import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DASHBOARD_DOMAIN_DIR, dashboardGeneratedFiles } from './dashboard-generated';

/**
 * The dashboard's generated files (its API types from the OpenAPI document, the domain modules it runs) are
 * committed; this fails when one of them is not what its source makes today. Run `npm run generate:dashboard`.
 */
describe('dashboard generated files', () => {
  it('are what the OpenAPI document and libs/domain make today', async () => {
    const expected = await dashboardGeneratedFiles();
    const stale = [...expected]
      .filter(([file, text]) => !existsSync(file) || readFileSync(file, 'utf8') !== text)
      .map(([file]) => relative(process.cwd(), file));
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    const extra = (existsSync(DASHBOARD_DOMAIN_DIR) ? walk(DASHBOARD_DOMAIN_DIR) : [])
      .filter((file) => !expected.has(file))
      .map((file) => relative(process.cwd(), file));
    expect({ stale, extra }).toEqual({ stale: [], extra: [] });
  }, 120_000);
});
