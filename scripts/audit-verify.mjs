#!/usr/bin/env node
// `npm run audit:verify [-- --project <uuid>]`: recomputes every audit chain in DATABASE_URL with a progress bar,
// and names the first broken link. Exit code 0 when all chains hold, 1 when one is broken, 2 on other errors.
// Needs the built persistence library (`npm run build`).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { SingleBar, Presets } = require('cli-progress');

const { values } = parseArgs({ options: { project: { type: 'string' }, parallel: { type: 'string' } } });
// Worker threads side by side, one connection each (default: one per core, at most 8; 1 for the embedded database).
const parallel = values.parallel === undefined ? Math.min(8, availableParallelism()) : Number(values.parallel);
if (!Number.isSafeInteger(parallel) || parallel < 1) {
  process.stderr.write(`audit:verify: --parallel must be a positive whole number, not ${values.parallel}\n`);
  process.exit(2);
}
const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/waardenpoort';
let persistence;
try {
  persistence = require('@waardenpoort/persistence');
} catch {
  process.stderr.write('audit:verify: libs/persistence is not built; run `npm run build` first\n');
  process.exit(2);
}

const ds = persistence.createDataSource({ url, poolSize: 1, applicationName: 'waardenpoort-audit-verify' });
const bar = new SingleBar(
  { format: 'audit:verify [{bar}] {percentage}% | {value}/{total} events', stream: process.stderr, hideCursor: true },
  Presets.shades_classic,
);
let started = false;
try {
  await ds.initialize();
  const t0 = Date.now();
  const result = await new persistence.AuditRepository(ds).verify({
    ...(values.project ? { projectId: values.project } : { parallel }),
    onProgress: (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
  });
  if (started) bar.stop();
  const seconds = (Date.now() - t0) / 1000;
  if (result.ok) {
    process.stdout.write(
      `all chains hold: ${result.events} events in ${result.projects} chains, ${seconds.toFixed(1)} s` +
        (seconds > 0 ? ` (${Math.round(result.events / seconds)} events/s)\n` : '\n'),
    );
  } else {
    const b = result.firstBroken;
    process.stdout.write(`BROKEN: project ${b.projectId}, event ${b.eventId} (seq ${b.seq}): ${b.reason}\n`);
  }
  await ds.destroy();
  process.exit(result.ok ? 0 : 1);
} catch (err) {
  if (started) bar.stop();
  process.stderr.write(`audit:verify failed: ${err.message}\n`);
  process.exit(2);
}
