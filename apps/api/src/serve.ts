import { ConfigError, isLoopbackHost, type AppConfig } from '@waardenpoort/config';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AddressInfo } from 'node:net';

/** Listens on the configured port and host, and says where; the API's and the one-process entry points share it. */
export async function serve(app: NestExpressApplication, config: AppConfig): Promise<void> {
  if (config.http.bindHost === null) await app.listen(config.port);
  else await app.listen(config.port, config.http.bindHost);
  const bound = app.getHttpServer().address() as AddressInfo | null;
  // The configuration refuses dev mode on another bind already; this also catches a name that resolved elsewhere.
  if (config.devMode && (!bound || !isLoopbackHost(bound.address))) {
    await app.close();
    throw new ConfigError([`BIND_HOST: dev mode must listen on loopback only, but bound ${bound?.address ?? '?'}`]);
  }
  const logger = new Logger('Api');
  if (config.devMode) {
    logger.warn(
      `DEV MODE (dev sign-in, development secret, mail sink, open /metrics) on ${bound?.address}:${bound?.port} only`,
    );
  }
  logger.log(`listening on ${config.publicUrl} (OpenAPI at ${config.publicUrl}/api/docs)`);
}

/** Runs an entry point's `main`, reporting a configuration error as itself and anything else with its stack. */
export function runMain(name: string, main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    process.exit(1);
  });
}
