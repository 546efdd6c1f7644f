import './tracing';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@waardenpoort/config';
import { activeTracing } from '@waardenpoort/temporal/tracing';
import { Runtime } from '@temporalio/worker';
import { workerRuntimeOptions } from './metrics';
import { startWorker } from './worker';

async function main(): Promise<void> {
  const config = loadConfig();
  // Temporal's runtime installs its own SIGINT/SIGTERM handling that shuts workers down gracefully.
  Runtime.install(workerRuntimeOptions(config));
  if (config.monitoring.workerMetricsAddress) {
    process.stdout.write(`worker: Temporal SDK metrics on http://${config.monitoring.workerMetricsAddress}/metrics\n`);
  }
  const running = await startWorker({ config });
  process.stdout.write(
    `worker: polling task queue ${config.temporal.taskQueue} on ${config.temporal.address} (${config.temporal.namespace})\n`,
  );
  await running.done;
  await running.shutdown();
  await activeTracing()?.shutdown();
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
