import { rmSync } from 'node:fs';
import type { TestRun } from './test-run';

export default async function globalTeardown(): Promise<void> {
  const run = (globalThis as { __waardenpoortTestRun?: TestRun }).__waardenpoortTestRun;
  if (!run) return;
  await run.server.stop();
  const { dropDatabase } = await import('@waardenpoort/persistence');
  if (!process.env.TEST_KEEP_DATABASE) await dropDatabase(run.databaseUrl);
  rmSync(run.tmpDir, { recursive: true, force: true });
}
