#!/usr/bin/env node
// `npm test`: the whole suite. Makes sure the Temporal CLI exists (building it once with Go when missing) and that
// PostgreSQL answers, then runs jest: unit specs and the integration suites, serially, against one Temporal dev
// server and one fresh database that jest's global setup starts for this run. Extra arguments go to jest.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temporal = require('./lib/temporal.cjs');

const cli = temporal.ensureTemporalCli();
if (!cli) {
  process.stderr.write('[test] no Temporal CLI and no Go to build it: install Go or set TEMPORAL_CLI\n');
  process.exit(1);
}
process.env.TEMPORAL_CLI = cli;

const pgUrl = new URL(process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const reachable = await new Promise((resolve) => {
  const s = net.connect({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
  s.setTimeout(2000, () => (s.destroy(), resolve(false)));
  s.once('connect', () => (s.destroy(), resolve(true)));
  s.once('error', () => resolve(false));
});
if (!reachable) {
  process.stderr.write(
    `[test] no PostgreSQL at ${pgUrl.host}: the integration suites need a real server (set TEST_DATABASE_URL to another)\n`,
  );
  process.exit(1);
}

const policyCheck = path.join(root, 'scripts', 'policy-check.mjs');
if (existsSync(policyCheck)) {
  const policy = spawnSync(process.execPath, [policyCheck], { cwd: root, stdio: 'inherit' });
  if (policy.status !== 0) process.exit(policy.status ?? 1);
}

const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--runInBand', '--ci', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(jest.status ?? 1);
