/**
 * The bare worker as a process of its own (benchmark 4), so its resident memory can be read like the real
 * worker's. Environment: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE, DATABASE_URL, DATABASE_ROLE,
 * BARE_BUNDLE_PATH (the bundled ./workflows), POLICY_FILE.
 */
import 'reflect-metadata';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { createDataSource, loadPolicyFile } from '@waardenpoort/persistence';
import { readFileSync } from 'node:fs';
import { startBareWorker } from './worker';

function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const dataSource = createDataSource({
    url: env('DATABASE_URL'),
    poolSize: 10,
    role: process.env.DATABASE_ROLE ?? null,
    applicationName: 'waardenpoort-bench-bare',
  });
  await dataSource.initialize();
  const taskQueue = env('TEMPORAL_TASK_QUEUE');
  const bare = await startBareWorker({
    address: env('TEMPORAL_ADDRESS'),
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    taskQueue,
    code: readFileSync(env('BARE_BUNDLE_PATH'), 'utf8'),
    dataSource,
    policy: loadPolicyFile(env('POLICY_FILE')),
  });
  process.stdout.write(`bare worker: polling task queue ${taskQueue}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await bare.stop();
  await dataSource.destroy();
}

main().catch((err: unknown) => {
  process.stderr.write(`bare worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
