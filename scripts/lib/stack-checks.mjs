// Helpers of `npm run test:stack` (scripts/test-stack.mjs): a client pool, the policy activations, and checks that
// read what the stack left behind: the mail sink's files against the notification deliveries, and the workflow
// histories in Temporal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Runs fn over items with at most `concurrency` at a time, in order of index. */
export async function pool(items, fn, concurrency) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

/** Runs `work` while `faults` runs beside it; both must finish. */
export async function during(work, faults) {
  const [result] = await Promise.all([work, faults()]);
  return result;
}

/** The headers of an .eml file (unfolded, names in lower case, first value each). */
function headers(file) {
  const text = readFileSync(file, 'utf8');
  const head = text.split(/\r?\n\r?\n/, 1)[0].replace(/\r?\n[ \t]+/g, ' ');
  const out = {};
  for (const line of head.split(/\r?\n/)) {
    const m = /^([\w-]+):\s*(.*)$/.exec(line);
    if (m && !(m[1].toLowerCase() in out)) out[m[1].toLowerCase()] = m[2].trim();
  }
  return out;
}

/**
 * Waits until the outbox of `ids` has nothing left to send, then holds the mail sink's files (those not in `before`)
 * against notification_delivery: every delivery recorded as sent arrived, nothing arrived that no delivery stands for,
 * and a message arrived more than once only where its delivery was attempted at least as often (SMTP's at-least-once:
 * the worker died between the server's accept and the record), never a delivery started once arriving twice.
 */
export async function mailCopies(db, ids, mailDir, before) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM notification_outbox o
        WHERE o.project_id = ANY($1::uuid[]) AND o.status IN ('pending', 'sending')`,
      [ids],
    );
    if (rows[0].n === 0) break;
    assert.ok(Date.now() < deadline, `${rows[0].n} notifications still unsent after 180 s`);
    await sleep(1000);
  }
  await sleep(1000); // the sink renames a message into place after accepting it
  const { rows: deliveries } = await db.query(
    `SELECT d.message_id AS "messageId", d.status, d.attempts, o.project_id AS "projectId"
       FROM notification_delivery d JOIN notification_outbox o ON o.id = d.notification_id
      WHERE o.project_id = ANY($1::uuid[])`,
    [ids],
  );
  const projects = new Set(ids);
  const received = new Map();
  for (const name of existsSync(mailDir) ? readdirSync(mailDir) : []) {
    if (before.has(name) || !name.endsWith('.eml')) continue;
    const h = headers(path.join(mailDir, name));
    if (!projects.has(h['x-waardenpoort-project'])) continue;
    received.set(h['message-id'], (received.get(h['message-id']) ?? 0) + 1);
  }
  assert.ok(deliveries.length >= ids.length, `only ${deliveries.length} deliveries for ${ids.length} projects`);
  const missing = deliveries.filter((d) => d.status === 'sent' && !received.has(d.messageId));
  assert.deepEqual(missing, [], 'deliveries recorded as sent that never reached the sink');
  const known = new Set(deliveries.map((d) => d.messageId));
  const strangers = [...received.keys()].filter((id) => !known.has(id));
  assert.deepEqual(strangers, [], 'messages that no delivery stands for');
  const copies = deliveries.map((d) => ({ ...d, received: received.get(d.messageId) ?? 0 }));
  const doubled = copies.filter((d) => d.received > 1 && d.attempts < d.received);
  assert.deepEqual(doubled, [], 'messages received more often than their delivery was attempted');
  const unsent = deliveries.filter((d) => d.status !== 'sent');
  assert.deepEqual(unsent, [], 'deliveries not sent');
  return {
    deliveries: deliveries.length,
    received: [...received.values()].reduce((a, b) => a + b, 0),
    copies: copies.reduce((n, d) => n + Math.max(0, d.received - 1), 0),
  };
}

/** The build id the SDK gives a worker running `code` (@temporalio/worker: its name@version+sha256 of the bundle). */
export function buildIdOf(code, sdkVersion) {
  return `@temporalio/worker@${sdkVersion}+${createHash('sha256').update(code).digest('hex')}`;
}

/** The build that completed a workflow task, as the server recorded it (the field moved between server releases). */
function completedBy(attributes) {
  return (
    attributes?.deploymentVersion?.buildId ||
    attributes?.workerVersion?.buildId ||
    attributes?.binaryChecksum ||
    attributes?.workerDeploymentVersion?.split('.').pop() ||
    ''
  );
}

/**
 * The build the workers are rolled onto: the same workflows with one more read-only query (scripts/stack/
 * next-build-interceptors.js), bundled as `npm run build` bundles them. Answers its file and both builds' ids.
 */
export async function nextBuild() {
  const { buildWorkflowBundle } = require('../../apps/worker/dist/workflow-bundle.js');
  const sdk = require('@temporalio/worker/package.json').version;
  const { code } = await buildWorkflowBundle({
    from: 'dist',
    interceptorModules: [path.resolve('scripts/stack/next-build-interceptors.js')],
  });
  mkdirSync(path.resolve('.data/stack'), { recursive: true });
  const file = path.resolve('.data/stack/workflow-bundle.next.js');
  writeFileSync(file, code);
  const current = buildIdOf(readFileSync(path.resolve('dist/workflow-bundle.js')), sdk);
  return { file, current, next: buildIdOf(code, sdk) };
}

/**
 * What each project's workflow history (all its runs) says: the WorkflowTaskFailed events with their cause, and the
 * builds that completed its workflow tasks, in the order they first did.
 */
export function histories(s, ids) {
  const failed = [];
  const builds = new Map();
  for (const id of ids) {
    const r = spawnSync(
      s.cli,
      ['workflow', 'show', '--address', s.temporalAddress, '-n', s.namespace, '-w', `project-${id}`, '-o', 'json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.equal(r.status, 0, `temporal workflow show project-${id}: ${r.stderr}`);
    const events = JSON.parse(r.stdout).events ?? [];
    assert.ok(events.length > 0, `project-${id}: no history events in the CLI's answer`);
    const seen = [];
    for (const e of events) {
      const type = String(e.eventType);
      if (/WORKFLOW_TASK_FAILED|WorkflowTaskFailed/.test(type)) {
        failed.push(`${id} (${e.workflowTaskFailedEventAttributes?.cause ?? 'unknown cause'})`);
      }
      if (/WORKFLOW_TASK_COMPLETED|WorkflowTaskCompleted/.test(type)) {
        const build = completedBy(e.workflowTaskCompletedEventAttributes);
        if (!seen.includes(build)) seen.push(build);
      }
    }
    builds.set(id, seen);
  }
  return { failed, builds };
}

/** Asks one project's workflow a query through the CLI; answers its result's first value. */
export function query(s, id, type) {
  const r = spawnSync(
    s.cli,
    [
      'workflow',
      'query',
      '--address',
      s.temporalAddress,
      '-n',
      s.namespace,
      '-w',
      `project-${id}`,
      '--type',
      type,
    ].concat(['-o', 'json']),
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  assert.equal(r.status, 0, `temporal workflow query ${type} project-${id}: ${r.stderr}`);
  const answer = JSON.parse(r.stdout);
  return Array.isArray(answer.queryResult) ? answer.queryResult[0] : answer.queryResult;
}

/**
 * A webhook receiver as a monitoring pipeline runs one: it checks each delivery's signature over the timestamp and
 * the raw body (once the subscription's secret is known) and counts the deliveries by their X-Waardenpoort-Delivery.
 */
export async function startWebhookReceiver() {
  const received = new Map(); // delivery id → { count, eventType, projectId }
  const badSignatures = [];
  let secret = null;
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const delivery = String(req.headers['x-waardenpoort-delivery']);
      const expected = `sha256=${createHmac('sha256', secret ?? '')
        .update(`${req.headers['x-waardenpoort-timestamp']}.${body}`)
        .digest('hex')}`;
      const given = String(req.headers['x-waardenpoort-signature']);
      if (given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected)))
        badSignatures.push(delivery);
      let projectId = null;
      try {
        projectId = JSON.parse(body).project?.id ?? null;
      } catch {
        badSignatures.push(`${delivery} (not JSON)`);
      }
      const r = received.get(delivery) ?? { count: 0, eventType: req.headers['x-waardenpoort-event'], projectId };
      r.count += 1;
      received.set(delivery, r);
      res.writeHead(204).end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/hooks`,
    received,
    badSignatures,
    setSecret: (value) => (secret = value),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * Waits until the subscription has no delivery pending, then holds what the receiver got against webhook_delivery:
 * every delivery succeeded and arrived, nothing arrived that no delivery stands for, a delivery arrived more than
 * once only where it was attempted at least as often (at least once: a 2xx whose record was lost), every signature
 * held, and every project's registration was delivered.
 */
export async function webhookCopies(db, subscriptionId, receiver, ids) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 AND status = 'pending'`,
      [subscriptionId],
    );
    if (rows[0].n === 0) break;
    assert.ok(Date.now() < deadline, `${rows[0].n} webhook deliveries still pending after 180 s`);
    await sleep(1000);
  }
  const { rows: deliveries } = await db.query(
    `SELECT id, status, attempts, event_type AS "eventType", body FROM webhook_delivery WHERE subscription_id = $1`,
    [subscriptionId],
  );
  const unsuccessful = deliveries.filter((d) => d.status !== 'succeeded').map((d) => `${d.id} ${d.status}`);
  assert.deepEqual(unsuccessful, [], 'webhook deliveries that did not succeed');
  const missing = deliveries.filter((d) => !receiver.received.has(d.id)).map((d) => d.id);
  assert.deepEqual(missing, [], 'webhook deliveries recorded as succeeded that never reached the receiver');
  const known = new Set(deliveries.map((d) => d.id));
  const strangers = [...receiver.received.keys()].filter((id) => !known.has(id));
  assert.deepEqual(strangers, [], 'webhook requests that no delivery stands for');
  const doubled = deliveries.filter((d) => receiver.received.get(d.id).count > d.attempts).map((d) => d.id);
  assert.deepEqual(doubled, [], 'webhooks received more often than their delivery was attempted');
  assert.deepEqual(receiver.badSignatures, [], 'webhook requests whose signature did not hold');
  const registered = new Set(
    deliveries.filter((d) => d.eventType === 'project.registered').map((d) => JSON.parse(d.body).project?.id),
  );
  const unannounced = ids.filter((id) => !registered.has(id));
  assert.deepEqual(unannounced, [], 'registrations without a webhook delivery');
  return {
    deliveries: deliveries.length,
    received: [...receiver.received.values()].reduce((n, r) => n + r.count, 0),
    copies: [...receiver.received.values()].reduce((n, r) => n + Math.max(0, r.count - 1), 0),
  };
}

/**
 * A version of the default policy above every version the stack's database holds, activated through
 * POST /api/v1/policy/activations (`reroute: none`: running projects keep theirs). `short` gives the quick-scan a
 * deadline of `deadline` with one reminder `remindBefore` it; without it the clocks are the file's again, which is how
 * the test leaves the stack's database for `npm run stack`.
 */
export async function activatePolicy(db, post, { short, deadline = 'PT60S', remindBefore = 'PT45S' } = {}) {
  const { default: YAML } = await import('yaml');
  const doc = YAML.parse(readFileSync('policy/waardenpoort-policy.v1.yaml', 'utf8'));
  const { rows } = await db.query(
    `SELECT coalesce(max(version), 1)::int AS v FROM policy_version WHERE policy_id = $1`,
    [doc.id],
  );
  doc.version = rows[0].v + 1;
  if (short) Object.assign(doc.gates['quick-scan'], { deadline, remindBefore: [remindBefore] });
  const reason = short
    ? 'npm run test:stack: a short quick-scan clock, so reminders fall due during an outage'
    : "npm run test:stack: the default policy's clocks again";
  const r = await post('/api/v1/policy/activations', { policy: doc, reroute: 'none', reason });
  assert.ok([200, 201, 202].includes(r.status), `policy activation: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return doc.version;
}

/** Each stack process's resident memory (MiB) and CPU time (s) so far, from /proc: what docs/deploy.md sizes from. */
function resources(s) {
  const tick = 100; // USER_HZ on Linux
  return s.names().map((name) => {
    const pid = s.pid(name);
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? '0';
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return { name, rssMiB: Math.round(Number(rss) / 1024), cpuSeconds: (Number(stat[11]) + Number(stat[12])) / tick };
    } catch {
      return { name, rssMiB: 0, cpuSeconds: 0 };
    }
  });
}

/** PostgreSQL connections of the stack's databases by database and role, as the server counts them now. */
function connections() {
  const r = spawnSync(
    'psql',
    [
      '-h',
      process.env.PGHOST || '127.0.0.1',
      '-U',
      process.env.PGUSER || 'postgres',
      '-d',
      'postgres',
      '-Atq',
      '-c',
    ].concat(
      `SELECT datname, usename, count(*) FROM pg_stat_activity WHERE datname LIKE '%\\_stack%' GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
    { encoding: 'utf8' },
  );
  return r.status === 0
    ? r.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('|'))
    : [];
}

/** What the stack used, for sizing: each process's memory and CPU, and the PostgreSQL connections by role. */
export function resourceReport(s) {
  const table = resources(s).map(
    (r) => `  ${r.name.padEnd(18)} ${String(r.rssMiB).padStart(5)} MiB  ${r.cpuSeconds.toFixed(1).padStart(7)} s CPU`,
  );
  const conns = connections().map(([db, role, n]) => `  ${db} as ${role}: ${n}`);
  return [
    "resources at the end (RSS, CPU since each process's last start):",
    ...table,
    'PostgreSQL connections at the end:',
    ...conns,
  ].join('\n');
}
