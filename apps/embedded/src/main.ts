import 'reflect-metadata';
import { createApp, runMain, serve } from '@waardenpoort/api';
import { loadConfig } from '@waardenpoort/config';
import { installRuntimeLogging, startWorker } from '@waardenpoort/worker';
import { DataSource } from 'typeorm';

/**
 * The one-process mode of `npm start` on the embedded database (PGlite serves one connection): the API and a worker
 * in one process, sharing the API's database connection. Production runs the two apart (apps/api, apps/worker).
 */
runMain('api', async () => {
  const config = loadConfig();
  const log = installRuntimeLogging(config);
  const app = await createApp(config);
  // Temporal's runtime drains the worker on SIGINT/SIGTERM; Nest's shutdown hooks close the API beside it.
  await startWorker({ config, dataSource: app.get(DataSource) });
  log.info(`polling task queue ${config.temporal.taskQueue} inside the API process`);
  await serve(app, config);
});
