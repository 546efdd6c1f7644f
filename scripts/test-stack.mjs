#!/usr/bin/env node
// `npm run test:stack`: the stack of `npm run stack` (scripts/lib/stack-control.mjs) proven under failure.
// STACK_PROJECTS projects (default 200) are registered alternately through both API replicas and carried through the
// quick-scan, the DPIA (submitted, DPO advice) or a decision, by careful clients (scripts/lib/stack-client.mjs),
// while in turn: the workers are rolled one at a time onto a new build (docs/deploy.md, "Upgrading"), both workers
// are stopped while reminders fall due, one worker is SIGKILLed, Temporal's history service is SIGKILLed and
// restarted, the matching service is restarted, one API replica is stopped, and PostgreSQL is restarted
// (STACK_PG_RESTART, default `pg_ctlcluster <version> main restart`; STACK_PG_RESTART=skip leaves it out).
// Afterwards it checks every project's state, every action once in its trail, the chains (GET /api/v1/audit/verify),
// the mail sink and a webhook receiver against their deliveries (no copy beyond at-least-once), every reminder after
// the outage, and the histories: no failed workflow task, the new build carrying on what the old one began.
// In .ci/run after `npm test` (it restarts the machine's PostgreSQL); `npm run test:stack` builds first.
// Exits 1 on the first failed property.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { running, startStack } from './lib/stack-control.mjs';
import {
  activatePolicy,
  during,
  histories,
  mailCopies,
  nextBuild,
  pool as poolOf,
  query,
  resourceReport,
  startWebhookReceiver,
  webhookCopies,
} from './lib/stack-checks.mjs';
import { carefulClient } from './lib/stack-client.mjs';
import { startWatch } from './lib/stack-watch.mjs';

const require = createRequire(import.meta.url);
const { fillQuickScan } = require('@waardenpoort/domain');
const { loadPolicyFile } = require('@waardenpoort/persistence');
const { Pool } = require('pg');

const N = Number(process.env.STACK_PROJECTS ?? 200);
const CONCURRENCY = Number(process.env.STACK_CONCURRENCY ?? 16);
const clusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort((a, b) => a - b) : ['15'];
const PG_RESTART = process.env.STACK_PG_RESTART ?? `pg_ctlcluster ${clusters.at(-1)} main restart`;
const say = (msg) => process.stdout.write(`[test:stack ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const timings = [];
const t0 = Date.now();

let watch = null; // the stack's metrics, scraped throughout (scripts/lib/stack-watch.mjs)
async function phase(name, fn) {
  const start = Date.now();
  watch?.mark(name);
  say(`── ${name}`);
  const result = await fn();
  timings.push([name, (Date.now() - start) / 1000]);
  say(`   ${name}: ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

const policy = loadPolicyFile('policy/waardenpoort-policy.v1.yaml');
/** Parking sensors: quick-scan, then the decision. */
const LOW_RISK = fillQuickScan(policy, { 'public-space-sensors': true });
/** Fixed cameras watching people: quick-scan, DPIA, DPO advice, then the Ethics Commission. */
const HIGH_RISK = fillQuickScan(policy, {
  'personal-data': true,
  'data-subjects': 40_000,
  'public-space-sensors': true,
  cameras: 'fixed',
  'camera-observes-people': true,
  'systematic-monitoring': true,
  'publicly-accessible-area': true,
});
const DPIA_BODY = {
  document: { reference: 'corsa://2027/DPIA-0042', sha256: 'a'.repeat(64), title: "DPIA camera's binnenstad" },
  elements: {
    description: "Vaste camera's in de binnenstad, beelden 28 dagen bewaard, doel: openbare orde.",
    necessity: 'Minder ingrijpende middelen (extra toezicht) bleken onvoldoende; beperkt tot uitgaansgebied.',
    risks: 'Inbreuk op privacy van bezoekers en bewoners; chilling effect op demonstraties.',
    measures: 'Privacy masking van woningen, bewaartermijn 28 dagen, toegang alleen voor politie-operators.',
  },
};
const PEOPLE = {
  owner: { sub: 'anna.jansen', roles: ['case-owner'] },
  dpo: { sub: 'fenna.fg', roles: ['dpo'] },
  alderman: { sub: 'wim.wethouder', roles: ['portfolio-holder'] },
  auditor: { sub: 'ad.auditor', roles: ['auditor'] },
  cio: { sub: 'carla.cio', roles: ['cio-office'] },
};
const pool = (items, fn) => poolOf(items, fn, CONCURRENCY);
const TIMERS = Number(process.env.STACK_TIMER_PROJECTS ?? 10);
const ROLES = ['case-owner', 'privacy-officer', 'dpo', 'ethics-secretary', 'portfolio-holder', 'cio-office'];

let s, call; // the stack's handle, and its careful client (scripts/lib/stack-client.mjs)
/** Puts the default policy's clocks back when the test stops after activating the short ones. */
let restorePolicy = null;
const stats = { retries: 0, failovers: 0, conflicts: 0 };

const ok = (what) => (r) => {
  assert.ok([200, 201, 409].includes(r.status), `${what}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
  return r;
};

let hooks = null; // the webhook receiver and its subscription, removed at the end

async function main() {
  const runId = randomUUID().slice(0, 8);
  const department = `Stack ${runId}`;
  const build = await phase('bundle the next build', nextBuild);
  say(`   current ${build.current.slice(-12)}, next ${build.next.slice(-12)}`);
  s = await phase('start the stack', () =>
    startStack({
      metrics: true,
      fresh: true,
      log: (m) => say(`stack: ${m}`),
      onExit: (name, how) => say(`!! ${name} exited unexpectedly (${how})`),
      extraAppEnv: {
        MAIL_ENABLED: 'true',
        ROLE_MAILBOXES: ROLES.map((role) => `${role}=${role}@enschede.example`).join(','),
        MAIL_POLL_MS: '200',
        MAIL_RETRY_BASE_MS: '500',
        MAIL_MAX_ATTEMPTS: '12',
        DIGEST_HOUR: String((new Date().getUTCHours() + 12) % 24),
        // The webhook receiver of this test runs on this machine, as an internal receiver would.
        WEBHOOK_ALLOWED_TARGETS: '127.0.0.1/32',
        WEBHOOK_POLL_MS: '200',
        WEBHOOK_RETRY_BASE_MS: '500',
        WEBHOOK_MAX_ATTEMPTS: '12',
      },
    }),
  );
  ({ call } = carefulClient(s, stats));
  watch = startWatch(s.metrics);
  const receiver = await startWebhookReceiver();
  const subscribed = await call(0, 'POST', '/api/v1/webhooks', PEOPLE.cio, {
    targetUrl: receiver.url,
    eventTypes: ['project.registered', 'gate.opened', 'gate.completed', 'reminder', 'decision'],
    description: `npm run test:stack ${runId}`,
  });
  assert.equal(
    subscribed.status,
    201,
    `webhook subscription: HTTP ${subscribed.status} ${JSON.stringify(subscribed.body)}`,
  );
  receiver.setSecret(subscribed.body.secret);
  hooks = { receiver, id: subscribed.body.id };
  const mailBefore = new Set(existsSync(s.mailDir) ? readdirSync(s.mailDir) : []);
  const indexes = Array.from({ length: N }, (_, i) => i);
  const high = (i) => i % 2 === 0;
  const replica = (i) => i % 2;

  const ids = await phase(`register ${N} projects; rolling upgrade of the workers onto the next build`, () =>
    during(
      pool(indexes, async (i) => {
        const body = {
          title: `Stackproject ${runId} ${i + 1}`,
          summary: 'Een project dat de poorten doorloopt terwijl de stack faalt.',
          department,
          technologies: ['sensor'],
          plannedStart: '2027-05-01',
        };
        const r = ok('register')(
          await call(replica(i), 'POST', '/api/v1/projects', PEOPLE.owner, body, `reg-${runId}-${i}`),
        );
        return r.body.id;
      }),
      async () => {
        await sleep(2000);
        // One at a time, as docs/deploy.md says: SIGTERM (the worker drains its tasks), then the next build.
        for (const name of ['worker-1', 'worker-2']) {
          await s.stop(name);
          s.start(name, { WORKFLOW_BUNDLE_PATH: build.file });
          say(`   ${name} on the next build`);
          await sleep(4000);
        }
      },
    ),
  );

  // A pool: its connections die with PostgreSQL's restart and are opened again.
  const db = new Pool({ connectionString: s.databaseUrl, max: 2 });
  db.on('error', () => undefined);
  const post = (url, body) => call(0, 'POST', url, PEOPLE.cio, body, `${url}-${randomUUID()}`);
  let restartedAt = 0;
  const timerIds = await phase(`timers: ${TIMERS} reminders fall due while no worker runs`, async () => {
    const version = await activatePolicy(db, post, { short: true });
    restorePolicy = () => activatePolicy(db, post, { short: false });
    say(`   policy version ${version} active: quick-scan deadline 60 s, a reminder 45 s before it`);
    const timerIds = await pool(
      Array.from({ length: TIMERS }, (_, i) => i),
      async (i) => {
        const body = {
          title: `Stacktimer ${runId} ${i + 1}`,
          summary: 'Een project waarvan de herinnering valt terwijl geen worker draait.',
          department,
          technologies: ['sensor'],
          plannedStart: '2027-05-01',
        };
        const r = ok('register')(await call(0, 'POST', '/api/v1/projects', PEOPLE.owner, body, `tim-${runId}-${i}`));
        return r.body.id;
      },
    );
    for (const id of timerIds) {
      for (;;) {
        const p = (await call(0, 'GET', `/api/v1/projects/${id}`, PEOPLE.auditor)).body;
        if (p?.currentGate === 'quick-scan') break;
        await sleep(500);
      }
    }
    const opened = Date.now();
    await Promise.all([s.stop('worker-1'), s.stop('worker-2')]);
    say('   both workers stopped; the reminders fall due in 15 s');
    await sleep(Math.max(0, opened + 30_000 - Date.now()));
    restartedAt = Date.now();
    s.start('worker-1');
    s.start('worker-2');
    say('   both workers started again');
    return timerIds;
  });

  const act = (i, action, person, body) =>
    call(replica(i), 'POST', `/api/v1/projects/${ids[i]}/${action}`, person, body, `${action}-${runId}-${i}`).then(
      ok(`${action} on ${ids[i]}`),
    );

  await phase('quick-scans; SIGKILL worker-1, SIGKILL history and restart it', () =>
    during(
      pool(indexes, (i) => act(i, 'quick-scan', PEOPLE.owner, { answers: high(i) ? HIGH_RISK : LOW_RISK })),
      async () => {
        await sleep(1500);
        await s.kill('worker-1');
        say('   SIGKILLed worker-1');
        await sleep(3000);
        await s.kill('temporal-history');
        say('   SIGKILLed temporal-history');
        await sleep(3000);
        s.start('temporal-history');
        await sleep(3000);
        s.start('worker-1');
        say('   history and worker-1 started again');
      },
    ),
  );

  await phase('DPIAs and decisions; restart matching, stop api-1', () =>
    during(
      pool(indexes, (i) =>
        high(i)
          ? act(i, 'dpia', PEOPLE.owner, DPIA_BODY)
          : act(i, 'decision', PEOPLE.alderman, {
              outcome: 'approved',
              rationale: 'Laag risico.',
              adviceResponses: [],
            }),
      ),
      async () => {
        await sleep(1500);
        const matching = s.restart('temporal-matching').then(() => say('   restarted temporal-matching'));
        await sleep(2000);
        await s.stop('api-1');
        say('   stopped api-1: clients fail over to api-2');
        await matching;
      },
    ),
  );

  await phase('DPO advice; restart PostgreSQL', () =>
    during(
      pool(
        indexes.filter((i) => high(i)),
        (i) =>
          act(i, 'dpia/advice', PEOPLE.dpo, {
            advice: 'positive',
            summary: 'Akkoord.',
            priorConsultationRequired: false,
          }),
      ),
      async () => {
        await sleep(1500);
        if (PG_RESTART === 'skip') say('   PostgreSQL restart skipped (STACK_PG_RESTART=skip)');
        else {
          // Asynchronously, so that the clients keep sending while PostgreSQL goes down and comes back.
          await promisify(execFile)('/bin/sh', ['-c', PG_RESTART]);
          say(`   PostgreSQL restarted (${PG_RESTART})`);
        }
        s.start('api-1');
        for (let t = 0; t < 120; t += 1) {
          const health = await fetch(`${s.apiUrls[0]}/health`).catch(() => null);
          if (health?.status === 200) break;
          await sleep(500);
        }
        say('   api-1 back');
      },
    ),
  );

  await phase('every project at its expected state, every action once in its trail', () =>
    pool(indexes, async (i) => {
      const deadline = Date.now() + 180_000;
      let p;
      for (;;) {
        p = (await call(replica(i), 'GET', `/api/v1/projects/${ids[i]}`, PEOPLE.auditor)).body;
        const done = high(i) ? p?.currentGate === 'commission-reflection' : p?.status === 'in-use';
        if (done) break;
        assert.ok(Date.now() < deadline, `project ${ids[i]} stuck: ${p?.status} ${p?.currentGate}`);
        await sleep(1000);
      }
      const trail = (await call(replica(i), 'GET', `/api/v1/projects/${ids[i]}/audit`, PEOPLE.auditor)).body;
      const count = {};
      for (const e of trail) if (e.action !== 'action-refused') count[e.action] = (count[e.action] ?? 0) + 1;
      const expected = high(i)
        ? ['registered', 'quick-scan-submitted', 'dpia-submitted', 'dpo-advice-given']
        : ['registered', 'quick-scan-submitted', 'decision-taken'];
      for (const action of expected) assert.equal(count[action], 1, `${ids[i]}: ${action} × ${count[action] ?? 0}`);
    }),
  );

  await phase('every chain verifies', async () => {
    const r = await call(0, 'GET', '/api/v1/audit/verify', PEOPLE.auditor);
    assert.equal(r.body?.ok, true, `audit verify: ${JSON.stringify(r.body)}`);
    say(`   ${r.body.projects} projects, ${r.body.events} events, complete: ${r.body.complete}`);
  });

  await phase('mail: nothing lost, nothing doubled beyond at-least-once', async () => {
    const result = await mailCopies(db, [...ids, ...timerIds], s.mailDir, mailBefore);
    say(`   ${result.deliveries} deliveries, ${result.received} messages received, ${result.copies} second copies`);
  });

  await phase('no timer lost: every reminder that fell due in the outage fired after it', async () => {
    for (const id of timerIds) {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const trail = (await call(0, 'GET', `/api/v1/projects/${id}/audit`, PEOPLE.auditor)).body;
        const reminders = trail.filter((e) => e.action === 'reminder-sent');
        if (reminders.length === 1) {
          const at = Date.parse(reminders[0].recordedAt);
          assert.ok(
            at >= restartedAt,
            `${id}: reminder recorded ${reminders[0].recordedAt}, before the workers came back`,
          );
          break;
        }
        assert.ok(reminders.length < 2, `${id}: ${reminders.length} reminders`);
        assert.ok(Date.now() < deadline, `${id}: no reminder 120 s after the outage`);
        await sleep(1000);
      }
    }
    const version = await restorePolicy();
    restorePolicy = null;
    say(`   policy version ${version} active: the default clocks again`);
  });

  await phase('webhooks: nothing lost, nothing doubled beyond at-least-once', async () => {
    const result = await webhookCopies(db, hooks.id, hooks.receiver, [...ids, ...timerIds]);
    say(`   ${result.deliveries} deliveries, ${result.received} requests received, ${result.copies} second copies`);
  });

  await phase('the upgrade: no failed workflow task, the next build carries on what the first began', async () => {
    const { failed, builds } = histories(s, ids);
    assert.deepEqual(failed, [], `workflow tasks failed: ${failed.join(', ')}`);
    const strangers = [...builds.entries()].filter(([, b]) => b.some((x) => x !== build.current && x !== build.next));
    assert.deepEqual(strangers, [], 'workflow tasks completed by a build that was never deployed');
    const crossed = ids.filter((id) => builds.get(id).join() === `${build.current},${build.next}`);
    const stillOld = ids.filter((id) => builds.get(id).at(-1) !== build.next);
    assert.deepEqual(stillOld, [], 'projects whose last workflow task was not completed by the next build');
    assert.ok(crossed.length > 0, 'no project was in flight across the upgrade');
    for (const id of crossed.slice(0, 5)) assert.equal(query(s, id, 'buildLabel'), 'next', `${id}: buildLabel`);
    say(`   ${crossed.length} of ${ids.length} projects begun on the first build, carried on by the next`);
  });

  await db.end();
  say(`all properties hold (${stats.retries} retries, ${stats.failovers} failovers, ${stats.conflicts} 409s)`);
}

let code = 0;
try {
  await main();
} catch (err) {
  code = 1;
  say(`FAILED: ${err.stack ?? err}`);
} finally {
  if (restorePolicy) await restorePolicy().catch((err) => say(`could not restore the default clocks: ${err.message}`));
  if (hooks) {
    await call(0, 'DELETE', `/api/v1/webhooks/${hooks.id}`, PEOPLE.cio).catch(() => undefined);
    await hooks.receiver.close();
  }
  if (s) say(resourceReport(s));
  if (watch) {
    await watch.stop();
    say(`what the metrics showed, per phase (failure counters that rose, gauges that moved):\n${watch.report()}`);
  }
  if (s) await s.down();
  const left = running();
  if (left.length) say(`still running: ${left.join(', ')}`);
  timings.push(['total', (Date.now() - t0) / 1000]);
  say(`timings:\n${timings.map(([n, t]) => `  ${t.toFixed(1).padStart(7)} s  ${n}`).join('\n')}`);
  say(`logs: ${path.relative(process.cwd(), s?.logs ?? '.data/stack/logs')}`);
}
process.exit(code);
