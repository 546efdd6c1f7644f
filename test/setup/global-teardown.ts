import { dropDatabase } from '@waardenpoort/persistence';
import { rmSync } from 'node:fs';
import type { TestRun } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { __waardenpoortTestRun?: TestRun }).__waardenpoortTestRun;
  if (!run) return;
  await run.server.stop();
  if (!process.env.TEST_KEEP_DATABASE) await dropDatabase(run.databaseUrl);
  rmSync(run.tmpDir, { recursive: true, force: true });
}
