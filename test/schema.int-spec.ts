import { SEARCH_ATTRIBUTES } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { temporalScript } from './setup/test-run';
import { openDatabase, testConfig } from './support/harness';

describe('schema and names', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await openDatabase(testConfig());
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('has migrations that produce exactly the schema the entities describe', async () => {
    // What `typeorm migration:generate` would write next: nothing, if the committed migrations are complete.
    const pending = await db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('registers the search attributes the workflows use', () => {
    expect(temporalScript().SEARCH_ATTRIBUTES).toEqual(SEARCH_ATTRIBUTES);
  });

  it('accepts tokens from `npm run token`', async () => {
    const { spawnSync } = await import('node:child_process');
    const out = spawnSync(process.execPath, ['scripts/token.mjs', '--sub', 'anna', '--roles', 'case-owner,auditor'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(0);
    expect(out.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const { TokenVerifier } = await import('../apps/api/src/auth/token-verifier');
    const actor = await new TokenVerifier(testConfig()).verify(out.stdout.trim());
    expect(actor).toEqual({
      sub: 'anna',
      name: 'anna',
      email: 'anna@enschede.example',
      roles: ['case-owner', 'auditor'],
    });
  });
});
