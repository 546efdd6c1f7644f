'use strict';
/**
 * The Temporal dev server for `npm start` and the test suites: find the `temporal` CLI (TEMPORAL_CLI, PATH, the Go
 * bin folder), build it with `go install` when it is missing, start `temporal server start-dev` (or reuse one that
 * is already up) and register the search attributes the workflows use.
 *
 * CommonJS on purpose: it runs before anything is built, from the start script, the jest global setup and CI.
 */
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
/** A Go release that builds CLI v1.5.1 when the machine's own Go is too new for one of its dependencies. */
const FALLBACK_TOOLCHAIN = 'go1.25.4';

/** Kept in step with libs/domain/src/temporal-names.ts (SEARCH_ATTRIBUTES); a test checks they agree. */
const SEARCH_ATTRIBUTES = {
  ProjectStatus: 'Keyword',
  CurrentGate: 'Keyword',
  Department: 'Keyword',
  RiskLevel: 'Keyword',
  NextDeadline: 'Datetime',
};

/**
 * Dynamic configuration of every dev server started here. One partition per task queue: with the server's default
 * of four, a task written to a partition that no poller is waiting on is forwarded between partitions, and on a
 * single node with a few pollers that left a few workflow starts in a thousand waiting some 2 s for their first
 * workflow task (6 of 820 in one run of `npm run bench -- --only 1`, on both sides, Waardenpoort and bare Temporal;
 * none of 2,400 with one partition). docker-compose.yml sets the same for its Temporal (deploy/temporal/dynamicconfig.yaml).
 */
const DEV_SERVER_DYNAMIC_CONFIG = {
  'matching.numTaskqueueReadPartitions': 1,
  'matching.numTaskqueueWritePartitions': 1,
};

function log(msg) {
  process.stderr.write(`[temporal] ${msg}\n`);
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function goBinary() {
  const candidates = ['go', '/usr/local/go/bin/go', path.join(os.homedir(), 'go', 'bin', 'go')];
  for (const c of candidates) {
    const r = spawnSync(c, ['version'], { encoding: 'utf8' });
    if (r.status === 0) return c;
  }
  return null;
}

function goBinDir(go) {
  const gobin = execFileSync(go, ['env', 'GOBIN'], { encoding: 'utf8' }).trim();
  if (gobin) return gobin;
  const gopath = execFileSync(go, ['env', 'GOPATH'], { encoding: 'utf8' }).trim().split(path.delimiter)[0];
  return path.join(gopath || path.join(os.homedir(), 'go'), 'bin');
}

/** The path of an existing `temporal` CLI, or null. */
function findTemporalCli() {
  const fromEnv = process.env.TEMPORAL_CLI;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`TEMPORAL_CLI=${fromEnv} is not an executable file`);
  }
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, 'temporal'))) return path.join(dir, 'temporal');
  }
  const go = goBinary();
  const dirs = [path.join(os.homedir(), 'go', 'bin')];
  if (go) dirs.unshift(goBinDir(go));
  for (const dir of dirs) {
    if (isExecutable(path.join(dir, 'temporal'))) return path.join(dir, 'temporal');
  }
  return null;
}

/** Builds the CLI with `go install` (minutes, once); returns its path, or null when there is no Go. */
function installTemporalCli() {
  const go = goBinary();
  if (!go) return null;
  log(`building the Temporal CLI: go install ${CLI_MODULE} (takes a few minutes, once)`);
  const attempts = [{}, { GOTOOLCHAIN: FALLBACK_TOOLCHAIN }];
  for (const extra of attempts) {
    const r = spawnSync(go, ['install', CLI_MODULE], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...extra },
    });
    if (r.status === 0) {
      const built = path.join(goBinDir(go), 'temporal');
      if (isExecutable(built)) return built;
    }
    if (!extra.GOTOOLCHAIN) log(`go install failed; retrying with GOTOOLCHAIN=${FALLBACK_TOOLCHAIN}`);
  }
  throw new Error(`go install ${CLI_MODULE} failed (also with GOTOOLCHAIN=${FALLBACK_TOOLCHAIN})`);
}

function ensureTemporalCli() {
  return findTemporalCli() || installTemporalCli();
}

function portOpen(host, port, timeoutMs = 500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function splitAddress(address) {
  const i = address.lastIndexOf(':');
  return { host: address.slice(0, i), port: Number(address.slice(i + 1)) };
}

function cliJson(cli, args) {
  const r = spawnSync(cli, [...args, '--output', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`temporal ${args.join(' ')} failed: ${r.stderr || r.stdout}`);
  return r.stdout.trim() ? JSON.parse(r.stdout) : null;
}

/** Waits until the frontend answers a namespace describe: the port opening alone comes before it is ready. */
async function waitUntilReady(cli, address, namespace, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`temporal server exited with code ${child.exitCode}`);
    const r = spawnSync(cli, ['operator', 'namespace', 'describe', '--namespace', namespace, '--address', address], {
      encoding: 'utf8',
      timeout: 5000,
    });
    if (r.status === 0) return;
    lastError = (r.stderr || r.stdout || '').trim().split('\n').pop();
    await new Promise((res) => setTimeout(res, 300));
  }
  throw new Error(`Temporal at ${address} not ready after ${timeoutMs} ms: ${lastError}`);
}

/** Registers the search attributes that are missing (a reused or older server may lack some). */
function ensureSearchAttributes(cli, address, namespace) {
  const listed = cliJson(cli, ['operator', 'search-attribute', 'list', '--namespace', namespace, '--address', address]);
  const existing = new Set();
  const collect = (obj) => {
    if (obj && typeof obj === 'object') for (const k of Object.keys(obj)) existing.add(k);
  };
  if (listed) {
    collect(listed.customAttributes);
    collect(listed.systemAttributes);
  }
  for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) {
    if (existing.has(name)) continue;
    log(`registering search attribute ${name} (${type})`);
    const r = spawnSync(
      cli,
      [
        'operator',
        'search-attribute',
        'create',
        '--name',
        name,
        '--type',
        type,
        '--namespace',
        namespace,
        '--address',
        address,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0 && !/already exists/i.test(r.stderr)) {
      throw new Error(`could not register search attribute ${name}: ${r.stderr}`);
    }
  }
}

/**
 * Starts a dev server, or reuses the one listening at `address`. Returns { address, uiUrl, reused, stop() }.
 * `dbFile` null keeps the server in memory (tests); a path keeps its state across restarts (npm start).
 */
async function startDevServer(options = {}) {
  const address = options.address || '127.0.0.1:7233';
  const namespace = options.namespace || 'default';
  const { host, port } = splitAddress(address);
  const uiPort = options.uiPort === undefined ? port + 1000 : options.uiPort;
  const cli = ensureTemporalCli();
  if (!cli) {
    throw new Error(
      'No Temporal CLI and no Go toolchain. Install Go (https://go.dev/dl/) or set TEMPORAL_CLI to a temporal binary.',
    );
  }
  if (await portOpen(host, port)) {
    await waitUntilReady(cli, address, namespace, 30_000, null);
    ensureSearchAttributes(cli, address, namespace);
    log(`reusing the Temporal server at ${address}`);
    return { address, cli, uiUrl: `http://${host}:${uiPort}`, reused: true, stop: async () => undefined };
  }
  const args = ['server', 'start-dev', '--ip', host, '--port', String(port), '--namespace', namespace];
  args.push('--log-level', options.logLevel || 'warn');
  if (options.headless) args.push('--headless');
  else args.push('--ui-port', String(uiPort));
  if (options.dbFile) {
    fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
    // WAL lets readers run beside the writer; NORMAL sync is safe with WAL and much faster on small disks.
    args.push(
      '--db-filename',
      options.dbFile,
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
    );
  }
  for (const [name, type] of Object.entries(SEARCH_ATTRIBUTES)) args.push('--search-attribute', `${name}=${type}`);
  for (const [k, v] of Object.entries({ ...DEV_SERVER_DYNAMIC_CONFIG, ...(options.dynamicConfig || {}) }))
    args.push('--dynamic-config-value', `${k}=${JSON.stringify(v)}`);

  const logFile = options.logFile || null;
  let out = 'ignore';
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    out = fs.openSync(logFile, 'a');
  }
  const child = spawn(cli, args, { stdio: ['ignore', out, out], detached: Boolean(options.detached) });
  if (options.detached) child.unref();
  log(`started temporal server start-dev on ${address} (pid ${child.pid})`);
  try {
    await waitUntilReady(cli, address, namespace, options.readyTimeoutMs || 60_000, child);
    ensureSearchAttributes(cli, address, namespace);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    address,
    cli,
    pid: child.pid,
    uiUrl: options.headless ? null : `http://${host}:${uiPort}`,
    reused: false,
    stop: () => stopProcess(child),
  };
}

function stopProcess(child, graceMs = 10_000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A free TCP port on 127.0.0.1 (for per-run test servers). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

module.exports = {
  CLI_MODULE,
  DEV_SERVER_DYNAMIC_CONFIG,
  SEARCH_ATTRIBUTES,
  ensureTemporalCli,
  findTemporalCli,
  freePort,
  portOpen,
  startDevServer,
  stopProcess,
};

// `npm run temporal`: a dev server in the foreground on 127.0.0.1:7233 with its state in .data/, until Ctrl-C.
if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  startDevServer({
    address: process.env.TEMPORAL_ADDRESS || '127.0.0.1:7233',
    dbFile: path.join(root, '.data', 'temporal.sqlite'),
    logFile: path.join(root, '.data', 'temporal.log'),
  })
    .then((server) => {
      process.stdout.write(`Temporal: ${server.address}${server.uiUrl ? `  UI: ${server.uiUrl}` : ''}\n`);
      if (server.reused) return;
      const stop = () => server.stop().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    })
    .catch((err) => {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    });
}
