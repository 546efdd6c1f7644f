#!/usr/bin/env node
// `npm start`: installs what is missing, builds, starts Temporal, the database, the worker and the API, and prints
// where everything is. Ctrl-C stops everything it started.
//
// Database: DATABASE_URL when set; otherwise the PostgreSQL on 127.0.0.1:5432 (database `waardenpoort`, created when
// missing); when none answers there, an embedded PostgreSQL (PGlite behind pglite-socket, data in .data/pglite).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.data');
const children = [];
let stopping = false;

const say = (msg) => process.stdout.write(`\x1b[1m[start]\x1b[0m ${msg}\n`);

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status})`);
}

function needsInstall() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(marker)) return true;
  const lock = path.join(root, 'package-lock.json');
  return existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs;
}

function portOpen(host, port) {
  return new Promise((resolve) => {
    const s = net.connect({ host, port });
    s.setTimeout(700, () => (s.destroy(), resolve(false)));
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}

/** Starts a child whose output lines carry its name; a child that dies while we run stops everything. */
function launch(name, cmd, args, env) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `\x1b[36m[${name}]\x1b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (chunk) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const line of lines) process.stdout.write(prefix + line + '\n');
    });
  }
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(`${name} exited (${signal ?? code}); stopping everything`);
      void shutdown(1);
    }
  });
  children.push({ name, child });
  return child;
}

async function waitFor(what, check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

let temporalServer = null;
let mailSink = null;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  const waits = children.reverse().map(
    ({ child }) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => (clearTimeout(t), resolve()));
        child.kill('SIGTERM');
      }),
  );
  await Promise.all(waits);
  if (temporalServer) await temporalServer.stop();
  if (mailSink) await mailSink.close();
  say('stopped');
  process.exit(code);
}

async function chooseDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false };
  // EMBEDDED_DB=1 asks for the embedded database even where a PostgreSQL server runs (to try the laptop mode).
  if (process.env.EMBEDDED_DB !== '1' && (await portOpen('127.0.0.1', 5432))) {
    return { url: 'postgres://postgres@127.0.0.1:5432/waardenpoort', embedded: false };
  }
  const port = Number(process.env.EMBEDDED_PG_PORT || 5433);
  say(`no DATABASE_URL and no PostgreSQL on 127.0.0.1:5432 (or EMBEDDED_DB=1): starting PGlite on ${port}`);
  mkdirSync(dataDir, { recursive: true });
  const bin = path.join(root, 'node_modules', '@electric-sql', 'pglite-socket', 'dist', 'scripts', 'server.js');
  launch(
    'pglite',
    process.execPath,
    [bin, '--db', path.join(dataDir, 'pglite'), '--port', String(port), '--host', '127.0.0.1'],
    {},
  );
  await waitFor('the embedded PostgreSQL', () => portOpen('127.0.0.1', port), 120_000);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, embedded: true };
}

/**
 * Catches all mail in .data/mail (scripts/lib/mail-sink.cjs) unless SMTP_HOST points elsewhere; returns the mail
 * settings for the worker and the API.
 */
async function startMailSink() {
  if (process.env.SMTP_HOST) {
    say(`mail goes to ${process.env.SMTP_HOST}:${process.env.SMTP_PORT ?? '(default port)'}, not to the local sink`);
    return {};
  }
  const dir = path.join(dataDir, 'mail');
  const { startMailSink: start } = require('./lib/mail-sink.cjs');
  const log = (line) => process.stdout.write(`\x1b[35m[mail]\x1b[0m ${line}\n`);
  try {
    mailSink = await start({ port: 1025, dir, log });
  } catch (err) {
    if (err.code !== 'EADDRINUSE') throw err;
    mailSink = await start({ port: 0, dir, log });
    say(`port 1025 is taken; the mail sink listens on ${mailSink.port} instead`);
  }
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mailSink.port), MAIL_SINK_DIR: dir };
}

async function main() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19))
    throw new Error(`Node.js 20.19 or newer is needed (this is ${process.versions.node})`);
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  if (needsInstall()) {
    say('installing packages (npm ci)…');
    run('npm', existsSync(path.join(root, 'package-lock.json')) ? ['ci'] : ['install'], 'npm install');
  }
  say('building…');
  run('npm', ['run', '-s', 'build'], 'build');

  const temporal = require('./lib/temporal.cjs');
  const temporalAddress = process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233';
  temporalServer = await temporal.startDevServer({
    address: temporalAddress,
    dbFile: path.join(dataDir, 'temporal.sqlite'),
    logFile: path.join(dataDir, 'temporal.log'),
  });

  const db = await chooseDatabase();
  const persistence = require('@waardenpoort/persistence');
  // As in production: the migrations run as the NOLOGIN owner of every table, the API and worker log in as
  // waardenpoort_app, which may only add to the audit trail. The embedded PGlite is single-user: there the
  // application runs as its one superuser and the roles cannot protect anything (the API and worker say so).
  let appUrl = db.url;
  const rolesReady = !db.embedded && (await persistence.ensureRoles(db.url));
  if (!db.embedded) {
    await persistence.ensureDatabase(db.url, rolesReady ? persistence.OWNER_ROLE : undefined);
    if (rolesReady && (await persistence.adoptDatabase(db.url))) {
      say(`database handed over to ${persistence.OWNER_ROLE}, the owner role`);
    }
    if (rolesReady) appUrl = persistence.urlForLogin(db.url, persistence.APP_ROLE);
    else say(`cannot create roles with ${db.url.replace(/:[^:@/]+@/, ':***@')}: the app logs in with it as it is`);
  }
  const ran = await persistence.runMigrations({
    url: db.url,
    ...(rolesReady ? { role: persistence.OWNER_ROLE } : {}),
  });
  say(ran.length ? `migrations applied: ${ran.join(', ')}` : 'database schema is up to date');

  const port = process.env.PORT || '3000';
  const mailEnv = await startMailSink();
  const env = {
    // Development conveniences (dev sign-in, the public dev secret, the mail sink route, open /metrics, a derived
    // webhook key): switched on here explicitly; the API then listens on loopback only and refuses anything else.
    DEV_MODE: 'true',
    NODE_ENV: process.env.NODE_ENV || 'development',
    // Readable lines in this terminal; everywhere else the processes write JSON lines (docs/operations.md, "Logs").
    LOG_FORMAT: process.env.LOG_FORMAT || 'pretty',
    BIND_HOST: process.env.BIND_HOST || '127.0.0.1',
    ...mailEnv,
    DATABASE_URL: appUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    WORKFLOW_BUNDLE_PATH: path.join(root, 'dist', 'workflow-bundle.js'),
    PORT: port,
  };
  if (db.embedded) {
    // PGlite serves one connection: the one-process entry point runs the API and a worker sharing that connection.
    launch('api', process.execPath, ['apps/embedded/dist/main.js'], { ...env, DATABASE_POOL_SIZE: '1' });
  } else {
    launch('worker', process.execPath, ['apps/worker/dist/main.js'], env);
    launch('api', process.execPath, ['apps/api/dist/main.js'], env);
  }
  const base = `http://localhost:${port}`;
  const bindHost = env.BIND_HOST.includes(':') ? `[${env.BIND_HOST}]` : env.BIND_HOST;
  await waitFor(
    'the API',
    async () => {
      try {
        const res = await fetch(`http://${bindHost}:${port}/health`);
        return res.status === 200;
      } catch {
        return false;
      }
    },
    120_000,
  );
  const lines = [
    '',
    'Waardenpoort is running:',
    `  API            ${base}/api/v1/projects`,
    `  OpenAPI docs   ${base}/api/docs`,
    `  Health         ${base}/health`,
    `  Temporal UI    ${temporalServer.uiUrl ?? '(headless)'}   gRPC ${temporalAddress}`,
    `  Caught mail    ${mailSink ? `${base}/api/v1/mail (SMTP 127.0.0.1:${mailSink.port}, files in .data/mail)` : 'not caught: SMTP_HOST is set'}`,
    `  Database       ${db.embedded ? 'embedded PGlite in .data/pglite (single user: the roles protect nothing)' : appUrl.replace(/:[^:@/]+@/, ':***@')}`,
    `  Audit          npm run audit:verify; signed checkpoints in .data/audit-checkpoints (development key .data/audit-checkpoint-key.pem)`,
    '',
    'Register a project:',
    `  TOKEN=$(npm run -s token -- --sub anna --roles case-owner)`,
    `  curl -s -X POST ${base}/api/v1/projects -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\`,
    `    -d '{"title":"Slimme lantaarnpalen","summary":"Lantaarnpalen die drukte meten.","department":"Openbare Ruimte","technologies":["sensor"],"plannedStart":"2027-04-01"}'`,
    '',
    'Ctrl-C stops everything.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

main().catch(async (err) => {
  process.stderr.write(`[start] ${err.message}\n`);
  await shutdown(1);
});
