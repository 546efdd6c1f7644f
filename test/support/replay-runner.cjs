'use strict';
// Replays workflow histories against a workflow bundle, in a process of its own so a replay's native runtime
// never shares jest's module registry. Usage: node replay-runner.cjs <bundle.js> <history.json>...
// Writes one JSON object, { "<file>": null | "<error>" }, to the file named by REPLAY_RESULTS (the SDK's core
// logs to stdout on its own, so stdout cannot carry the results).
const { readFileSync, writeFileSync } = require('node:fs');
const { DefaultLogger, Runtime, Worker } = require('@temporalio/worker');
// The data converter alone (not the Nest module around it): recorded histories may hold gzipped payloads, and
// inputs that refer to a stored policy version, read from the test run's database as the worker reads them.
const { createDataConverter } = require('@waardenpoort/temporal/dist/payload-codec');
const { Client: PgClient } = require('pg');

async function loadPolicy(policyId, version) {
  if (!process.env.DATABASE_URL) return null;
  const pg = new PgClient({ connectionString: process.env.DATABASE_URL });
  await pg.connect();
  try {
    const { rows } = await pg.query('SELECT document FROM policy_version WHERE policy_id = $1 AND version = $2', [
      policyId,
      version,
    ]);
    return rows[0] ? JSON.stringify(rows[0].document) : null;
  } finally {
    await pg.end();
  }
}

async function main() {
  const [bundle, ...files] = process.argv.slice(2);
  // Logs go to stderr: stdout carries only the results.
  Runtime.install({
    logger: new DefaultLogger('ERROR', (entry) => process.stderr.write(`${entry.level} ${entry.message}\n`)),
  });
  const results = {};
  const dataConverter = createDataConverter(loadPolicy);
  for (const file of files) {
    try {
      await Worker.runReplayHistory(
        { workflowBundle: { codePath: bundle }, dataConverter },
        JSON.parse(readFileSync(file, 'utf8')),
        file,
      );
      results[file] = null;
    } catch (err) {
      results[file] = `${err.name}: ${err.message}`;
    }
  }
  writeFileSync(process.env.REPLAY_RESULTS, JSON.stringify(results));
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err));
  process.exit(2);
});
