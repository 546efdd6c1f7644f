// The stack of `npm run stack` as a module (scripts/stack.mjs is its command line; scripts/test-stack.mjs its fault suite):
// the production topology of docker-compose.yml on this machine, without Docker, from the same configuration
// (scripts/lib/temporal-stack.cjs reads it out of docker-compose.yml and deploy/). startStack() starts it and answers
// a handle with which a test kills, stops and starts single processes again.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { devSecrets, ensureRolesAndDatabase, ensureTemporalSchemas, psql, renderConfig, sh } from './stack-setup.mjs';

const require = createRequire(import.meta.url);
const stack = require('./temporal-stack.cjs');
const temporal = require('./temporal.cjs');

const root = stack.ROOT;
const dir = path.join(root, '.data', 'stack');
const logs = path.join(dir, 'logs');
const stateFile = path.join(dir, 'state.json');
let say = (msg) => process.stdout.write(`\x1b[1m[stack]\x1b[0m ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Processes of this stack, in start order; stopped in reverse. */
const procs = [];
let stopping = false;

function saveState() {
  const processes = procs.map(({ name, pid, address }) => ({ name, pid, address }));
  writeFileSync(stateFile, JSON.stringify({ owner: process.pid, processes }, null, 2));
}

/** What happens when a process exits that nobody stopped: `npm run stack` stops everything (set by startStack). */
let onUnexpectedExit = () => undefined;

function launch(name, cmd, args, env, address = '') {
  const out = openSync(path.join(logs, `${name}.log`), 'a');
  const child = spawn(cmd, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', out, out],
    detached: true,
  });
  const spec = { cmd, args, env };
  const existing = procs.find((p) => p.name === name);
  const entry = existing ?? { name, address };
  Object.assign(entry, { pid: child.pid, child, spec, expected: false });
  entry.exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      resolve(signal ?? code);
      if (!stopping && !entry.expected) onUnexpectedExit(name, signal ?? code);
    }),
  );
  if (!existing) procs.push(entry);
  saveState();
  return entry;
}

export async function stopPids(entries, graceMs = 30_000) {
  for (const e of [...entries].reverse()) {
    if (!alive(e.pid)) continue;
    process.kill(e.pid, 'SIGTERM');
    const deadline = Date.now() + graceMs;
    while (alive(e.pid) && Date.now() < deadline) await sleep(200);
    if (alive(e.pid)) process.kill(e.pid, 'SIGKILL');
    say(`stopped ${e.name} (pid ${e.pid})`);
  }
}

let mailSink = null;
export async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  await stopPids(procs);
  if (mailSink) await mailSink.close();
  rmSync(stateFile, { force: true });
  say('stopped');
  if (code !== undefined) process.exit(code);
}

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error('stopping');
    if (await check()) return;
    await sleep(500);
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

/**
 * Starts the whole stack and answers a handle on it: its processes by name, each of which can be killed, stopped
 * and started again (a test's faults), and the values a client needs. `extraAppEnv` goes to the workers and API
 * replicas on top of Compose's values (a test's mail settings); `onExit(name, how)` hears of a process that exited
 * without being stopped through the handle. `temporalOnly` stops after Temporal's services and temporal-setup (the
 * benchmarks bring their own API and workers). `metrics` turns on every process's Prometheus endpoint (Temporal's
 * PROMETHEUS_ENDPOINT, the workers' WORKER_METRICS_ADDRESS, the APIs' METRICS_TOKEN), listed in the handle's `metrics`.
 * `fresh` drops the stack's three databases and its audit checkpoints first (a test that must not depend on what an
 * earlier run left, signed with keys that run generated).
 */
export async function startStack({
  log,
  extraAppEnv = {},
  onExit,
  temporalOnly = false,
  metrics = false,
  fresh = false,
} = {}) {
  if (log) say = log;
  if (onExit) onUnexpectedExit = onExit;
  mkdirSync(logs, { recursive: true });
  if (existsSync(stateFile)) {
    const running = JSON.parse(readFileSync(stateFile, 'utf8')).processes.filter((e) => alive(e.pid));
    if (running.length)
      throw new Error(
        `a stack is running (pids ${running.map((e) => e.pid).join(', ')}); stop it with npm run stack -- --down`,
      );
  }
  if (!existsSync(path.join(root, 'dist', 'workflow-bundle.js'))) throw new Error('not built: run npm run build first');
  const compose = stack.readCompose();
  if (fresh) {
    for (const db of Object.values(stack.STACK_DATABASES)) psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    rmSync(path.join(dir, 'audit-checkpoints'), { recursive: true, force: true });
    say(`fresh: dropped ${Object.values(stack.STACK_DATABASES).join(', ')} and the audit checkpoints`);
  }
  const bins = stack.ensureServerBinaries(say);
  const cli = temporal.ensureTemporalCli();
  say(`Temporal server ${stack.SERVER_VERSION}: ${bins.server}, ${bins.sql}; CLI ${cli}`);
  ensureRolesAndDatabase(compose, say);
  const versions = ensureTemporalSchemas(compose, bins.sql);
  say(
    `schema versions: ${Object.entries(versions)
      .map(([db, v]) => `${db} ${v}`)
      .join(', ')} (as shipped)`,
  );
  const temporalEnv = renderConfig(compose, bins.server);

  const ports = stack.TEMPORAL_PORTS;
  const grpc = {
    frontend: ports.FRONTEND_GRPC_PORT,
    history: ports.HISTORY_GRPC_PORT,
    matching: ports.MATCHING_GRPC_PORT,
    worker: ports.WORKER_GRPC_PORT,
  };
  const scrape = []; // { name, url, token }
  const metricsPort = (i) => stack.TEMPORAL_PORTS.FRONTEND_GRPC_PORT + 40 + i; // 17273.., clear of the stack's own
  for (const [i, service] of stack.TEMPORAL_SERVICES.entries()) {
    const env = { ...temporalEnv };
    if (metrics) {
      env.PROMETHEUS_ENDPOINT = `127.0.0.1:${metricsPort(i)}`;
      scrape.push({ name: `temporal-${service}`, url: `http://${env.PROMETHEUS_ENDPOINT}/metrics` });
    }
    const args = [
      '--root',
      dir,
      '--config',
      'config',
      '--env',
      'stack',
      '--allow-no-auth',
      'start',
      '--service',
      service,
    ];
    launch(`temporal-${service}`, bins.server, args, env, `127.0.0.1:${grpc[service]}`);
  }
  const frontend = `127.0.0.1:${ports.FRONTEND_GRPC_PORT}`;
  await waitFor("Temporal's frontend", () => temporal.portOpen('127.0.0.1', ports.FRONTEND_GRPC_PORT), 120_000);
  const setupEnv = stack.serviceEnvironment(compose, 'temporal-setup');
  const setup = spawnSync('/bin/sh', ['-c', stack.serviceScript(compose, 'temporal-setup')], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ...setupEnv,
      TEMPORAL_ADDRESS: frontend,
      PATH: `${path.dirname(cli)}${path.delimiter}${process.env.PATH}`,
    },
  });
  writeFileSync(path.join(logs, 'temporal-setup.log'), `${setup.stdout}\n${setup.stderr}`);
  if (setup.status !== 0) throw new Error(`temporal-setup failed: see .data/stack/logs/temporal-setup.log`);
  say(`namespace ${setupEnv.NAMESPACE} and search attributes in place (temporal-setup's script)`);
  const handle = {
    metrics: scrape,
    temporalAddress: frontend,
    namespace: setupEnv.NAMESPACE,
    cli,
    logs,
    names: () => procs.map((p) => p.name),
    pid: (name) => entryOf(name).pid,
    /** Sends `signal` to one process and waits until it has exited; it stays down until start(name). */
    async kill(name, signal = 'SIGKILL') {
      const e = entryOf(name);
      e.expected = true;
      if (alive(e.pid)) process.kill(e.pid, signal);
      await e.exited;
    },
    /** Stops one process as an orchestrator would (SIGTERM, then SIGKILL after the grace period). */
    async stop(name, graceMs = 30_000) {
      const e = entryOf(name);
      e.expected = true;
      await stopPids([e], graceMs);
      await e.exited;
    },
    /**
     * Starts a stopped or killed process again with the same command and environment, or with `env` changed (a
     * worker started onto another build: WORKFLOW_BUNDLE_PATH); the change stays for its later starts.
     */
    start(name, env = {}) {
      const e = entryOf(name);
      if (alive(e.pid)) throw new Error(`${name} is still running (pid ${e.pid})`);
      return launch(name, e.spec.cmd, e.spec.args, { ...e.spec.env, ...env }, e.address).pid;
    },
    async restart(name, graceMs) {
      await this.stop(name, graceMs);
      return this.start(name);
    },
    /** Stops everything (the reverse of the start order) and the mail sink. */
    down: () => shutdown(undefined),
  };
  if (temporalOnly) return handle;

  const migrate = stack.serviceEnvironment(compose, 'migrate');
  migrate.DATABASE_MIGRATION_URL = stack.localUrl(migrate.DATABASE_MIGRATION_URL, stack.STACK_DATABASES.waardenpoort);
  const migrated = sh(process.execPath, ['scripts/db-migrate.mjs'], 'migrate (as waardenpoort_migrator)', {
    env: migrate,
  });
  writeFileSync(path.join(logs, 'migrate.log'), migrated, { flag: 'a' });
  say(migrated.trim().split('\n').pop());

  const { startMailSink } = require('./mail-sink.cjs');
  mailSink = await startMailSink({ port: 0, dir: path.join(dir, 'mail') });
  const { secrets, keyFile } = devSecrets();
  const local = {
    AUDIT_CHECKPOINT_KEY_FILE: keyFile,
    AUDIT_CHECKPOINT_DIR: path.join(dir, 'audit-checkpoints'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mailSink.port),
    ...extraAppEnv,
  };
  const metricsToken = metrics ? randomBytes(24).toString('hex') : '';
  for (let i = 1; i <= stack.WORKER_REPLICAS; i++) {
    const workerMetrics = metrics ? { WORKER_METRICS_ADDRESS: `127.0.0.1:${metricsPort(10 + i)}` } : {};
    const { env } = stack.appEnvironment(compose, 'worker', {
      secrets,
      local: { ...local, ...workerMetrics, WORKFLOW_BUNDLE_PATH: path.join(root, 'dist', 'workflow-bundle.js') },
    });
    if (metrics) scrape.push({ name: `worker-${i}`, url: `http://${workerMetrics.WORKER_METRICS_ADDRESS}/metrics` });
    launch(`worker-${i}`, process.execPath, ['apps/worker/dist/main.js'], env, `polls ${env.TEMPORAL_TASK_QUEUE}`);
  }
  for (const [i, port] of stack.API_PORTS.entries()) {
    const api = { PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, BIND_HOST: '127.0.0.1' };
    if (metrics) {
      api.METRICS_TOKEN = metricsToken;
      scrape.push({ name: `api-${i + 1}`, url: `http://127.0.0.1:${port}/metrics`, token: metricsToken });
    }
    const { env } = stack.appEnvironment(compose, 'api', { secrets, local: { ...local, ...api } });
    launch(`api-${i + 1}`, process.execPath, ['apps/api/dist/main.js'], env, `http://127.0.0.1:${port}`);
  }
  for (const port of stack.API_PORTS) {
    const ok = async () => (await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.status === 200;
    await waitFor(`the API on ${port}`, ok, 180_000);
  }
  const rows = procs.map((p) => `  ${p.name.padEnd(18)} ${String(p.pid).padEnd(8)} ${p.address}`);
  const appUrl = stack.appEnvironment(compose, 'api', { secrets }).env.DATABASE_URL.replace(/:[^:@/]+@/, ':***@');
  process.stdout.write(
    [
      '',
      `Waardenpoort stack (Temporal ${stack.SERVER_VERSION}, ${temporalEnv.NUM_HISTORY_SHARDS} shards, production mode):`,
      `  ${'process'.padEnd(18)} ${'pid'.padEnd(8)} address`,
      ...rows,
      `  ${'mail sink'.padEnd(18)} ${String(process.pid).padEnd(8)} smtp://127.0.0.1:${mailSink.port} (files in .data/stack/mail)`,
      `  ${'PostgreSQL'.padEnd(18)} ${''.padEnd(8)} ${appUrl}; Temporal: ${Object.keys(versions).join(', ')}`,
      '',
      `Config: .data/stack/config/stack.yaml  Logs: .data/stack/logs/  Temporal: temporal --address ${frontend} workflow list`,
      'Development values for the secrets Compose requires (JWT_SECRET, WEBHOOK_SECRET_KEY, the checkpoint key): .data/stack/',
      `  TOKEN=$(JWT_SECRET="$(node -p "require('./.data/stack/dev-secrets.json').JWT_SECRET")" npm run -s token -- --sub anna --roles case-owner)`,
      'Ctrl-C (or npm run stack -- --down from elsewhere) stops everything.',
      '',
    ].join('\n'),
  );
  return {
    ...handle,
    apiUrls: stack.API_PORTS.map((port) => `http://127.0.0.1:${port}`),
    jwtSecret: secrets.JWT_SECRET,
    databaseUrl: stack.appEnvironment(compose, 'api', { secrets }).env.DATABASE_URL,
    mailDir: path.join(dir, 'mail'),
  };
}

function entryOf(name) {
  const e = procs.find((p) => p.name === name);
  if (!e) throw new Error(`no stack process ${name} (have ${procs.map((p) => p.name).join(', ')})`);
  return e;
}

/** Stops a stack left running: its own script first (which stops the rest in order), then any leftover. */
export async function down(log = say) {
  mkdirSync(logs, { recursive: true });
  if (!existsSync(stateFile)) return log('no stack state in .data/stack/state.json: nothing to stop');
  const { owner, processes } = JSON.parse(readFileSync(stateFile, 'utf8'));
  await stopPids([{ name: 'npm run stack', pid: owner }], 120_000);
  await stopPids(processes);
  rmSync(stateFile, { force: true });
  log('stack stopped');
}

/** Whether any stack process is still running: `procs` of this module, else the PIDs in state.json. */
export function running() {
  const listed = existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')).processes : [];
  return [...procs, ...listed].filter((e) => alive(e.pid)).map((e) => `${e.name} (${e.pid})`);
}
