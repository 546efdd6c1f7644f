import { SEARCH_ATTRIBUTES } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { temporalScript } from './setup/test-run';
import { execFileSync } from 'node:child_process';
import { openDatabase, startTestWorker, testConfig } from './support/harness';

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

  it('runs the dev server with one partition per task queue, so no task waits on a partition without pollers', async () => {
    const config = testConfig();
    const worker = await startTestWorker(config);
    try {
      // Each poll goes to one of the task queue's partitions; with Temporal's default of four, a few seconds of
      // polling shows pollers on several of them.
      await new Promise((r) => setTimeout(r, 3_000));
      const described = JSON.parse(
        execFileSync(
          process.env.TEST_TEMPORAL_CLI ?? 'temporal',
          [
            'task-queue',
            'describe',
            '--task-queue',
            config.temporal.taskQueue,
            '--address',
            config.temporal.address,
            '--legacy-mode',
            '--partitions-legacy',
            '4',
            '--output',
            'json',
          ],
          { encoding: 'utf8' },
        ),
      ) as { pollers?: Array<{ partition?: number }> };
      const partitions = new Set((described.pollers ?? []).map((p) => p.partition ?? 0));
      expect([...partitions]).toEqual([0]);
    } finally {
      await worker.shutdown();
    }
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
