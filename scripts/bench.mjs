#!/usr/bin/env node
// `npm run bench [-- --quick | --full | --only 1,3 | --help]`: builds the packages (tsc -b) and the bench (bench/),
// then runs bench/dist/main.js, which starts its own Temporal dev server (free port, in memory), its own
// databases (dropped at the end), the API and the worker, bundles the workflows, runs the benchmarks of
// issues 7 and 20 and writes bench/results/<time>-<mode>.{json,md}. Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = require.resolve('typescript/bin/tsc');

function build(args, what) {
  process.stdout.write(`[bench] ${what}\n`);
  const r = spawnSync(process.execPath, [tsc, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`[bench] ${what} failed (exit ${r.status})\n`);
    process.exit(r.status ?? 1);
  }
}

const args = process.argv.slice(2);
if (!args.includes('--help') && !args.includes('-h')) {
  build(['-b', 'tsconfig.build.json'], 'building the packages (tsc -b tsconfig.build.json)');
}
build(['-p', 'bench/tsconfig.json'], 'building the bench (tsc -p bench/tsconfig.json)');

const child = spawn(process.execPath, [path.join(root, 'bench', 'dist', 'main.js'), ...args], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches the child through the terminal's process group; a SIGTERM sent to us alone is passed on.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
