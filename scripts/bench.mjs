#!/usr/bin/env node
// `npm run bench [-- --quick | --full | --only 1,3 | --help]`: builds the packages (tsc -b) and the bench (bench/),
// then runs bench/dist/main.js, which starts its own Temporal dev server (free port, in memory), its own
// databases (dropped at the end), the API and the worker, bundles the workflows, runs the benchmarks of
// issues 7 and 20 and writes bench/results/<time>-<mode>.{json,md}. With --stack it runs them twice, on the dev
// server and on npm run stack's Temporal services, and writes both side by side. Not part of `npm test`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** Runs bench/dist/main.js with `argv`; answers the results JSON it wrote (the newest in bench/results). */
function run(argv) {
  const before = new Set(existsSync(results) ? readdirSync(results) : []);
  const child = spawn(process.execPath, [path.join(root, 'bench', 'dist', 'main.js'), ...argv], {
    cwd: root,
    stdio: 'inherit',
  });
  // Ctrl-C reaches the child through the terminal's process group; a SIGTERM sent to us alone is passed on.
  const forward = () => child.kill('SIGTERM');
  process.on('SIGTERM', forward);
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      const written = readdirSync(results).filter((f) => f.endsWith('.json') && !before.has(f));
      resolve({
        code: code ?? (signal ? 1 : 0),
        json: written.length ? path.join(results, written.sort().at(-1)) : null,
      });
    }),
  );
}

const results = path.join(root, 'bench', 'results');
process.on('SIGINT', () => undefined);
if (!args.includes('--stack')) {
  const { code } = await run(args);
  process.exit(code);
}

// --stack: the same benchmarks on the dev server, then on npm run stack's Temporal (its four services on
// PostgreSQL; the bench brings its own API and workers as on the dev server), then both side by side.
const rest = args.filter((a) => a !== '--stack');
process.stdout.write('[bench] 1 of 2: on the dev server\n');
const dev = await run(rest);
process.stdout.write("[bench] 2 of 2: on npm run stack's Temporal services\n");
const { startStack } = await import('./lib/stack-control.mjs');
const s = await startStack({ temporalOnly: true, log: (m) => process.stdout.write(`[bench] stack: ${m}\n`) });
let onStack;
try {
  const pids = s.names().map((n) => s.pid(n));
  onStack = await run([
    ...rest,
    '--temporal-address',
    s.temporalAddress,
    '--temporal-namespace',
    s.namespace,
    '--temporal-pids',
    pids.join(','),
  ]);
} finally {
  await s.down();
}
if (!dev.json || !onStack.json) {
  process.stderr.write('[bench] a run wrote no results: nothing to compare\n');
  process.exit(1);
}
const { compare } = await import('./lib/bench-compare.mjs');
const file = onStack.json.replace(/\.json$/, '-stack-comparison.md');
const text = compare(JSON.parse(readFileSync(dev.json, 'utf8')), JSON.parse(readFileSync(onStack.json, 'utf8')), file);
process.stdout.write(`\n${text}\nComparison: ${file}\n`);
process.exit(dev.code || onStack.code);
