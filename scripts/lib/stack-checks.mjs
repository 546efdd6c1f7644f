// Helpers of `npm run test:stack` (scripts/test-stack.mjs): a client pool, the policy activations, and checks that
// read what the stack left behind: the mail sink's files against the notification deliveries, and the workflow
// histories in Temporal.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

/** The projects whose workflow history (all runs) holds a WorkflowTaskFailed event, with the failure's cause. */
export function workflowTaskFailures(s, ids) {
  const failed = [];
  for (const id of ids) {
    const r = spawnSync(
      s.cli,
      ['workflow', 'show', '--address', s.temporalAddress, '-n', s.namespace, '-w', `project-${id}`, '-o', 'json'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    assert.equal(r.status, 0, `temporal workflow show project-${id}: ${r.stderr}`);
    const events = JSON.parse(r.stdout).events ?? [];
    assert.ok(events.length > 0, `project-${id}: no history events in the CLI's answer`);
    for (const e of events) {
      if (/WORKFLOW_TASK_FAILED|WorkflowTaskFailed/.test(String(e.eventType))) {
        failed.push(`${id} (${e.workflowTaskFailedEventAttributes?.cause ?? 'unknown cause'})`);
      }
    }
  }
  return failed;
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
