import './tracing';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@waardenpoort/config';
import { createApp } from './app';
import { runMain, serve } from './serve';

runMain('api', async () => {
  const config = loadConfig();
  if (config.runWorkerInApi) {
    // The API package carries no worker: the one-process mode is its own entry point, which composes both.
    throw new ConfigError([
      'RUN_WORKER_IN_API: apps/api/dist/main.js runs the API only; start apps/embedded/dist/main.js for the API and a worker in one process',
    ]);
  }
  await serve(await createApp(config), config);
});
