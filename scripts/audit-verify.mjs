#!/usr/bin/env node
// `npm run audit:verify [-- --project <uuid>] [--parallel n] [--skip-workflows]`: recomputes every audit chain in
// DATABASE_URL with a progress bar and holds it against its witnesses outside PostgreSQL: the chain head each
// project workflow keeps in Temporal (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_TASK_QUEUE) and the signed
// checkpoints in AUDIT_CHECKPOINT_DIR (verified with the public half of the configured key, or
// AUDIT_CHECKPOINT_PUBLIC_KEY). Names the first broken project and row.
// Exit code 0 when everything holds and every witness was read, 1 when something is broken, 2 on other errors,
// 3 when nothing is broken but a witness could not be read in full (Temporal away, a workflow not answering).
// Needs the built packages (`npm run build`).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { SingleBar, Presets } = require('cli-progress');

const { values } = parseArgs({
  options: {
    project: { type: 'string' },
    parallel: { type: 'string' },
    'skip-workflows': { type: 'boolean', default: false },
  },
});
// Worker threads side by side, one connection each (default: one per core, at most 8; 1 for the embedded database).
const parallel = values.parallel === undefined ? Math.min(8, availableParallelism()) : Number(values.parallel);
if (!Number.isSafeInteger(parallel) || parallel < 1) {
  process.stderr.write(`audit:verify: --parallel must be a positive whole number, not ${values.parallel}\n`);
  process.exit(2);
}
let persistence, configLib, temporalLib, client;
try {
  persistence = require('@waardenpoort/persistence');
  configLib = require('@waardenpoort/config');
  temporalLib = require('@waardenpoort/temporal');
  client = require('@temporalio/client');
} catch {
  process.stderr.write('audit:verify: the packages are not built; run `npm run build` first\n');
  process.exit(2);
}

let config;
try {
  config = configLib.loadConfig(process.env);
} catch (err) {
  process.stderr.write(`audit:verify: ${err.message}\n`);
  process.exit(2);
}

const ds = persistence.createDataSource({
  url: config.database.url,
  poolSize: 1,
  role: config.database.role,
  applicationName: 'waardenpoort-audit-verify',
});
const bar = new SingleBar(
  { format: 'audit:verify [{bar}] {percentage}% | {value}/{total} events', stream: process.stderr, hideCursor: true },
  Presets.shades_classic,
);
let started = false;
let connection = null;
try {
  const keys = persistence.loadCheckpointKeys(config.auditWitness, false);
  let workflowHeads = null;
  if (!values['skip-workflows']) {
    try {
      connection = await client.Connection.connect({ address: config.temporal.address });
      const temporal = new client.Client({
        connection,
        namespace: config.temporal.namespace,
        dataConverter: temporalLib.waardenpoortDataConverter,
      });
      workflowHeads = await temporalLib.projectWorkflowHeads(temporal, config.temporal.taskQueue, values.project);
    } catch (err) {
      workflowHeads = { heads: new Map(), asked: 0, unanswered: 1, error: err.message };
    }
  }
  await ds.initialize();
  const t0 = Date.now();
  const result = await persistence.verifyAuditTrail(new persistence.AuditRepository(ds), {
    ...(values.project ? { projectId: values.project } : { parallel }),
    checkpointDir: config.auditWitness.checkpointDir,
    keys,
    workflowHeads,
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
  const w = result.witnesses;
  const c = w.checkpoints;
  const lines = [
    w.workflows
      ? `workflows: ${w.workflows.heads} chain heads from ${w.workflows.asked} workflows on ${config.temporal.taskQueue}` +
        (w.workflows.unanswered ? `, ${w.workflows.unanswered} did not answer (${w.workflows.error})` : '')
      : 'workflows: not asked (--skip-workflows)',
    `checkpoints: ${c.count} in ${config.auditWitness.checkpointDir} (key ${c.keyId})` +
      (c.latest
        ? `, latest #${c.latest.seq} of ${c.latest.createdAt}: ${c.latest.chains} chains, root ${c.latest.root}`
        : ''),
  ];
  if (c.broken)
    lines.push(`BROKEN CHECKPOINT: #${c.broken.checkpoint} (${c.broken.file}): ${c.broken.reason}: ${c.broken.detail}`);
  if (result.firstBroken) {
    const b = result.firstBroken;
    lines.push(
      `BROKEN: project ${b.projectId}, ${b.eventId ? `event ${b.eventId} ` : ''}(seq ${b.seq}): ${b.reason}` +
        (b.witness ? ` (${b.witness.by} vouches for seq ${b.witness.seq}, hash ${b.witness.hash})` : ''),
    );
  }
  if (result.ok) {
    lines.push(
      `all chains hold: ${result.events} events in ${result.projects} chains, ${seconds.toFixed(1)} s` +
        (seconds > 0 ? ` (${Math.round(result.events / seconds)} events/s)` : '') +
        (result.complete ? '' : '; NOT COMPLETE: a witness could not be read in full'),
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  await ds.destroy();
  await connection?.close();
  process.exit(result.ok ? (result.complete || values['skip-workflows'] ? 0 : 3) : 1);
} catch (err) {
  if (started) bar.stop();
  process.stderr.write(`audit:verify failed: ${err.message}\n`);
  process.exit(2);
}
