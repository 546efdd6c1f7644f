#!/usr/bin/env node
// `npm run audit:replay [-- --project <uuid>] [--json] [--skip-workflows]`: proves for every project in DATABASE_URL
// (or one) that its route followed from its rules, and that today's workflow code would have made the same moves.
// 1. Each recorded quick-scan (the first, after each amendment, at each re-evaluation: the `quick-scan-submitted`
//    events of the audit trail; and each re-assessment when a dated rule came into force: `route-reassessed` with
//    trigger `rule-in-force`) is evaluated again on the policy version it was pinned to, on the moment it was
//    recorded (a rule dated later does not count); the outcome per dimension and the fired rules must come out as
//    recorded. Each difference is a finding naming the rule and the answers.
// 2. Each run of the project's workflow (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE) is fetched from Temporal and replayed
//    against the workflow bundle of this build (WORKFLOW_BUNDLE_PATH, or dist/workflow-bundle.js) with Temporal's
//    replayer: nondeterminism is reported per workflow.
// Prints per project the proof and a summary (projects, quick-scans, findings, workflows), or with --json one JSON
// document. Exit code 0 when everything holds, 1 on a finding or nondeterminism, 2 on other errors, 3 when nothing
// differs but something could not be proved (a record lacking a field, a policy version or a history not found,
// Temporal away). Needs the built packages (`npm run build`).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 500;

function fail(message) {
  process.stderr.write(`audit:replay: ${message}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      project: { type: 'string' },
      json: { type: 'boolean', default: false },
      'skip-workflows': { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  fail(err.message);
}
if (values.project !== undefined && !UUID.test(values.project))
  fail(`--project must be a project id, not ${values.project}`);

let persistence, configLib, domain, temporalLib, client, workerLib;
try {
  persistence = require('@waardenpoort/persistence');
  configLib = require('@waardenpoort/config');
  domain = require('@waardenpoort/domain');
  temporalLib = require('@waardenpoort/temporal');
  client = require('@temporalio/client');
  workerLib = require('@temporalio/worker');
} catch {
  fail('the packages are not built; run `npm run build` first');
}

let config;
try {
  config = configLib.loadConfig(process.env);
} catch (err) {
  fail(err.message);
}

const ds = persistence.createDataSource({
  url: config.database.url,
  poolSize: 1,
  role: config.database.role,
  applicationName: 'waardenpoort-audit-replay',
});
const out = (line) => {
  if (!values.json) process.stdout.write(`${line}\n`);
};

/** Every project id, or the one asked for, page by page. */
async function* projectIds(proofs) {
  if (values.project) {
    yield values.project.toLowerCase();
    return;
  }
  let after = null;
  for (;;) {
    const page = await proofs.projectIds(after, PAGE);
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1];
  }
}

function printProof(proof) {
  const n = proof.quickScans.length;
  out(
    `project ${proof.projectId}: ${n === 0 ? 'no quick-scan recorded' : `route ${proof.verdict.toUpperCase()}`}` +
      (n > 0
        ? ` (${n} quick-scan${n === 1 ? '' : 's'}, ${proof.findings} finding${proof.findings === 1 ? '' : 's'})`
        : ''),
  );
  for (const q of proof.quickScans) {
    const who = q.actor ? `${q.actor.sub} (${q.actor.roles.join(', ')})` : 'system';
    const policy = q.policy ? `${q.policy.id} v${q.policy.version}` : 'policy unknown';
    const differing = q.dimensions.filter((d) => !d.equal).map((d) => d.dimension);
    out(
      `  ${q.action === 'route-reassessed' ? `re-assessment (rule ${q.ruleInForce ?? '?'} in force)` : 'quick-scan'} ` +
        `#${q.seq} ${q.occurredAt} by ${who}, ${policy}: ${q.verdict}` +
        (q.dimensions.length > 0
          ? `; outcome ${differing.length === 0 ? 'same in all dimensions' : `differs in ${differing.join(', ')}`}`
          : '') +
        (q.firedRules.recomputed
          ? `; rules ${q.firedRules.recorded.join(',') === q.firedRules.recomputed.join(',') ? 'same' : 'differ'} (${q.firedRules.recomputed.length} fired)`
          : ''),
    );
    for (const f of q.findings) out(`    FINDING: ${domain.describeRouteProofFinding(f).en}`);
  }
}

/**
 * The histories of every run of each project's workflow: the runs that wrote to its trail and the latest run. A
 * history Temporal no longer has (retention) or cannot give is noted, not replayed.
 */
async function* histories(temporal, proofs, ids, unavailable) {
  for (const projectId of ids) {
    const workflowId = domain.workflowIdFor(projectId);
    const runIds = await proofs.runIds(projectId);
    try {
      const latest = await temporal.workflow.getHandle(workflowId).describe();
      if (!runIds.includes(latest.runId)) runIds.push(latest.runId);
    } catch (err) {
      if (runIds.length === 0) unavailable.push({ projectId, workflowId, runId: null, error: err.message });
    }
    for (const runId of runIds) {
      try {
        const history = await temporal.workflow.getHandle(workflowId, runId).fetchHistory();
        yield { workflowId, history };
      } catch (err) {
        unavailable.push({ projectId, workflowId, runId, error: err.message });
      }
    }
  }
}

async function replayWorkflows(proofs, ids) {
  const bundle = config.temporal.workflowBundlePath ?? join(root, 'dist', 'workflow-bundle.js');
  if (!existsSync(bundle)) throw new Error(`no workflow bundle at ${bundle}; run \`npm run build\` first`);
  // Logs of the SDK (and of its core) to stderr: stdout carries only the report.
  workerLib.Runtime.install({
    logger: new workerLib.DefaultLogger('WARN', (e) => process.stderr.write(`${e.level} ${e.message}\n`)),
    telemetryOptions: { logging: { filter: workerLib.makeTelemetryFilterString({ core: 'WARN' }), forward: {} } },
  });
  const connection = await client.Connection.connect({ address: config.temporal.address });
  try {
    const temporal = new client.Client({ connection, namespace: config.temporal.namespace });
    const unavailable = [];
    const byWorkflow = new Map();
    const results = workerLib.Worker.runReplayHistories(
      {
        workflowBundle: { codePath: bundle },
        // Workflow inputs name their policy version; the document comes from this database, as in the worker.
        dataConverter: temporalLib.createDataConverter((id, version) => proofs.policyDocument(id, version)),
      },
      histories(temporal, proofs, ids, unavailable),
    );
    for await (const r of results) {
      const runs = byWorkflow.get(r.workflowId) ?? [];
      runs.push({ runId: r.runId, error: r.error ? `${r.error.name}: ${r.error.message}` : null });
      byWorkflow.set(r.workflowId, runs);
    }
    return { bundle, byWorkflow, unavailable };
  } finally {
    await connection.close();
  }
}

try {
  await ds.initialize();
  const proofs = new persistence.RouteProofRepository(ds);
  if (values.project && !(await proofs.projectExists(values.project))) {
    await ds.destroy();
    fail(`there is no project with id ${values.project}`);
  }
  const cache = new Map();
  const ids = [];
  const projects = [];
  const totals = { projects: 0, quickScans: 0, findings: 0, differs: 0, incomplete: 0 };
  for await (const id of projectIds(proofs)) {
    const proof = await proofs.prove(id, cache);
    ids.push(id);
    totals.projects += 1;
    totals.quickScans += proof.quickScans.length;
    totals.findings += proof.findings;
    if (proof.verdict === 'differs') totals.differs += 1;
    if (proof.verdict === 'incomplete') totals.incomplete += 1;
    if (values.json) projects.push({ projectId: id, routeProof: proof, workflow: null });
    else printProof(proof);
  }

  let workflows = null;
  if (!values['skip-workflows']) {
    try {
      const replay = await replayWorkflows(proofs, ids);
      const nondeterministic = [...replay.byWorkflow].filter(([, runs]) => runs.some((r) => r.error !== null));
      for (const [workflowId, runs] of replay.byWorkflow) {
        const bad = runs.filter((r) => r.error !== null);
        out(
          bad.length === 0
            ? `workflow ${workflowId}: replayed ${runs.length} run${runs.length === 1 ? '' : 's'} against today's code, no nondeterminism`
            : `workflow ${workflowId}: NONDETERMINISM in ${bad.map((r) => `run ${r.runId}: ${r.error}`).join('; ')}`,
        );
      }
      for (const u of replay.unavailable) {
        out(`workflow ${u.workflowId}: history ${u.runId ? `of run ${u.runId} ` : ''}not available: ${u.error}`);
      }
      workflows = {
        bundle: replay.bundle,
        replayed: replay.byWorkflow.size,
        runs: [...replay.byWorkflow.values()].reduce((n, runs) => n + runs.length, 0),
        nondeterministic: nondeterministic.length,
        unavailable: replay.unavailable,
        results: Object.fromEntries(replay.byWorkflow),
      };
    } catch (err) {
      out(`workflows: not replayed: ${err.message}`);
      workflows = { error: err.message };
    }
  }

  const summary =
    `summary: ${totals.projects} project${totals.projects === 1 ? '' : 's'}, ${totals.quickScans} quick-scans, ` +
    `${totals.findings} finding${totals.findings === 1 ? '' : 's'} (${totals.differs} differ, ${totals.incomplete} cannot be proved); ` +
    (workflows === null
      ? 'workflows: not replayed (--skip-workflows)'
      : workflows.error
        ? `workflows: NOT REPLAYED (${workflows.error})`
        : `workflows: ${workflows.replayed} replayed (${workflows.runs} runs), ${workflows.nondeterministic} nondeterministic, ` +
          `${workflows.unavailable.length} histories not available`);
  out(summary);
  const differs = totals.differs > 0 || (workflows?.nondeterministic ?? 0) > 0;
  const gaps = totals.incomplete > 0 || workflows?.error !== undefined || (workflows?.unavailable?.length ?? 0) > 0;
  const exitCode = differs ? 1 : gaps ? 3 : 0;
  if (values.json) {
    for (const p of projects) p.workflow = workflows?.results?.[domain.workflowIdFor(p.projectId)] ?? null;
    if (workflows?.results) delete workflows.results;
    process.stdout.write(`${JSON.stringify({ ok: exitCode === 0, totals, workflows, projects })}\n`);
  }
  await ds.destroy();
  process.exit(exitCode);
} catch (err) {
  process.stderr.write(`audit:replay failed: ${err.message}\n`);
  process.exit(2);
}
