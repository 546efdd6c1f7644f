import 'reflect-metadata';
import { ConfigError, isLoopbackHost, loadConfig } from '@waardenpoort/config';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  if (config.runWorkerInApi) {
    // Embedded-database mode: share the API's single connection with an in-process worker.
    const { startWorker } = await import('@waardenpoort/worker');
    // Temporal's runtime drains the worker on SIGINT/SIGTERM; Nest's shutdown hooks close the API beside it.
    await startWorker({ config, dataSource: app.get(DataSource) });
    process.stdout.write(`worker: polling task queue ${config.temporal.taskQueue} inside the API process\n`);
  }
  if (config.http.bindHost === null) await app.listen(config.port);
  else await app.listen(config.port, config.http.bindHost);
  const bound = app.getHttpServer().address() as AddressInfo | null;
  // The configuration refuses dev mode on another bind already; this also catches a name that resolved elsewhere.
  if (config.devMode && (!bound || !isLoopbackHost(bound.address))) {
    await app.close();
    throw new ConfigError([`BIND_HOST: dev mode must listen on loopback only, but bound ${bound?.address ?? '?'}`]);
  }
  if (config.devMode) {
    process.stdout.write(
      `api: DEV MODE (dev sign-in, development secret, mail sink, open /metrics) on ${bound?.address}:${bound?.port} only\n`,
    );
  }
  process.stdout.write(`api: listening on ${config.publicUrl} (OpenAPI at ${config.publicUrl}/api/docs)\n`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`api failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  process.exit(1);
});
