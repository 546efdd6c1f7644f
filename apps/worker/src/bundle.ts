import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildWorkflowBundle, tracedBundlePath } from './workflow-bundle';

/**
 * `npm run bundle`: writes the production workflow bundle and its traced variant beside it (tracedBundlePath); any
 * bundler error fails the build.
 */
async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? resolve(__dirname, '..', '..', '..', 'dist', 'workflow-bundle.js'));
  mkdirSync(dirname(out), { recursive: true });
  for (const [file, tracing] of [
    [out, false],
    [tracedBundlePath(out), true],
  ] as const) {
    const { code } = await buildWorkflowBundle({ from: 'dist', tracing });
    writeFileSync(file, code);
    process.stdout.write(`workflow bundle: ${file} (${(code.length / 1024).toFixed(0)} KiB)\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`workflow bundle failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
