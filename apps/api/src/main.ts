import 'reflect-metadata';
import { ConfigError, loadConfig } from '@waardenpoort/config';
import { createApp } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port);
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
