import './tracing';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@waardenpoort/config';
import { activeTracing } from '@waardenpoort/temporal/tracing';
import { Runtime } from '@temporalio/worker';
import { installWorkerLogging } from './logging';
import { workerRuntimeOptions } from './metrics';
import { startWorker } from './worker';

let log: ReturnType<typeof installWorkerLogging>['logger'] | undefined;

async function main(): Promise<void> {
  const config = loadConfig();
  const { logger, temporal } = installWorkerLogging(config);
  log = logger;
  // Temporal's runtime installs its own SIGINT/SIGTERM handling that shuts workers down gracefully.
  Runtime.install({ ...workerRuntimeOptions(config), logger: temporal });
  if (config.monitoring.workerMetricsAddress) {
    logger.info(`Temporal SDK metrics on http://${config.monitoring.workerMetricsAddress}/metrics`);
  }
  const running = await startWorker({ config });
  logger.info(
    `polling task queue ${config.temporal.taskQueue} on ${config.temporal.address} (${config.temporal.namespace})`,
  );
  await running.done;
  await running.shutdown();
  await activeTracing()?.shutdown();
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else if (log) {
    log.fatal({ err }, 'worker failed');
  } else {
    process.stderr.write(`worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
