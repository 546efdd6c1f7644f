'use strict';
/**
 * The values `npm run stack` (scripts/stack.mjs) runs the production topology with, read out of docker-compose.yml
 * and deploy/ so that there is one source of configuration, plus the real Temporal server and its SQL tool (built
 * with `go install` at the version of Compose's image when missing, reused after that). Only a short, explicit list
 * of values is overridden for this machine (STACK_OVERRIDES and friends): hosts, ports, database names and the path
 * of the dynamic config file. test/stack-config.spec.ts checks that both sides agree.
 *
 * CommonJS like scripts/lib/temporal.cjs: it runs before anything is built.
 */
const { spawnSync, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const YAML = require('yaml');

const ROOT = path.resolve(__dirname, '..', '..');
const COMPOSE_FILE = path.join(ROOT, 'docker-compose.yml');

/** The Temporal server release the stack builds; Compose's images carry the same (a test checks). */
const SERVER_VERSION = '1.29.1';
const SERVER_MODULE = `go.temporal.io/server/cmd/server@v${SERVER_VERSION}`;
const SQL_TOOL_MODULE = `go.temporal.io/server/cmd/tools/sql@v${SERVER_VERSION}`;
const FALLBACK_TOOLCHAIN = 'go1.25.4';

/** Database names of this stack: its own, beside the test suites' databases on the same PostgreSQL. */
const STACK_DATABASES = {
  waardenpoort: 'waardenpoort_stack',
  temporal: 'temporal_stack',
  temporal_visibility: 'temporal_stack_visibility',
};

/** Ports of the four Temporal services (Compose's image defaults + 10000, clear of a dev server on 7233). */
const TEMPORAL_PORTS = {
  FRONTEND_GRPC_PORT: 17233,
  FRONTEND_HTTP_PORT: 17243,
  FRONTEND_MEMBERSHIP_PORT: 16933,
  HISTORY_GRPC_PORT: 17234,
  HISTORY_MEMBERSHIP_PORT: 16934,
  MATCHING_GRPC_PORT: 17235,
  MATCHING_MEMBERSHIP_PORT: 16935,
  WORKER_GRPC_PORT: 17239,
  WORKER_MEMBERSHIP_PORT: 16939,
};
const TEMPORAL_SERVICES = ['history', 'matching', 'frontend', 'worker'];
const API_PORTS = [3101, 3102];
const WORKER_REPLICAS = 2;

function pg() {
  return { host: process.env.PGHOST || '127.0.0.1', port: Number(process.env.PGPORT || 5432) };
}

/**
 * Resolves Compose's interpolation in one string: ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?err}, ${VAR?err}
 * (nested defaults too) and $$ for a literal $. A required variable that is unset comes back via `onMissing`.
 */
function interpolate(text, env, onMissing = (name, msg) => `\${${name}?${msg}}`) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$$', i)) {
      out += '$';
      i += 2;
    } else if (text.startsWith('${', i)) {
      let depth = 1;
      let j = i + 2;
      while (j < text.length && depth > 0) {
        if (text.startsWith('${', j)) depth += 1;
        else if (text[j] === '}') depth -= 1;
        j += text.startsWith('${', j) ? 2 : 1;
      }
      const body = text.slice(i + 2, j - 1);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([\s\S]*))?$/.exec(body);
      if (!m) throw new Error(`cannot interpolate \${${body}}`);
      const [, name, colon, op, rest] = m;
      const value = env[name];
      const unset = value === undefined || (colon === ':' && value === '');
      if (!op) out += value ?? '';
      else if (!unset) out += value;
      else if (op === '-') out += interpolate(rest, env, onMissing);
      else out += onMissing(name, rest);
      i = j;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

function readCompose(file = COMPOSE_FILE) {
  return YAML.parse(fs.readFileSync(file, 'utf8'), { merge: true });
}

/** A service's environment with every value interpolated from `env` (default: this process's environment). */
function serviceEnvironment(compose, service, env = process.env, onMissing) {
  const raw = compose.services[service].environment || {};
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, interpolate(String(v), env, onMissing)]));
}

/** The script of a one-shot service (`sh -c <script>`), $$ unescaped. */
function serviceScript(compose, service) {
  const cmd = compose.services[service].command;
  return interpolate(Array.isArray(cmd) ? cmd.join('\n') : String(cmd), {});
}

/** The role SQL of the PostgreSQL init script (configs.postgres-roles), as statements. */
function initSql(compose) {
  const content = compose.configs['postgres-roles'].content;
  const m = /<<'SQL'\n([\s\S]*?)\nSQL\b/.exec(content);
  if (!m) throw new Error("docker-compose.yml: configs.postgres-roles has no <<'SQL' block");
  return m[1]
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The psql variables the init script passes (`--set name="$$VAR"`), as { psqlVariable: environmentVariable }. */
function initSqlVariables(compose) {
  const content = interpolate(compose.configs['postgres-roles'].content, {});
  return Object.fromEntries([...content.matchAll(/--set (\w+)="\$(\w+)"/g)].map((m) => [m[1], m[2]]));
}

/** The search attributes temporal-setup creates, as { name: type }. */
function setupSearchAttributes(compose) {
  const script = serviceScript(compose, 'temporal-setup');
  const result = {};
  for (const m of script.matchAll(/for name in ([^;]+); do\s+[^\n]*--type (\w+)/g)) {
    for (const name of m[1].trim().split(/\s+/)) result[name] = m[2];
  }
  for (const m of script.matchAll(/--name (\w+) --type (\w+)/g)) result[m[1]] = m[2];
  return result;
}

/** What the stack overrides in Temporal's environment: this machine's hosts, ports, databases and file paths. */
function temporalOverrides() {
  const { host, port } = pg();
  return {
    POSTGRES_SEEDS: host,
    DB_PORT: String(port),
    DBNAME: STACK_DATABASES.temporal,
    VISIBILITY_DBNAME: STACK_DATABASES.temporal_visibility,
    BIND_ON_IP: '127.0.0.1',
    DYNAMIC_CONFIG_FILE_PATH: path.join(ROOT, 'deploy', 'temporal', 'dynamicconfig.yaml'),
    ...Object.fromEntries(Object.entries(TEMPORAL_PORTS).map(([k, v]) => [k, String(v)])),
  };
}

/** The dynamic config file Compose mounts into the image (the volume's host side). */
function composeDynamicConfigFile(compose) {
  const volume = compose.services.temporal.volumes.find((v) => v.includes('dynamicconfig'));
  return path.resolve(ROOT, volume.split(':')[0]);
}

/** Compose's docker-image tag of a service (`temporalio/server:1.29.1` → `1.29.1`). */
function imageTag(compose, service) {
  return compose.services[service].image.split(':').pop();
}

// ---- binaries -----------------------------------------------------------------------------------------------------

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function goBinary() {
  for (const c of ['go', '/usr/local/go/bin/go', path.join(os.homedir(), 'go', 'bin', 'go')]) {
    if (spawnSync(c, ['version'], { encoding: 'utf8' }).status === 0) return c;
  }
  return null;
}

function goBinDir(go) {
  const gobin = execFileSync(go, ['env', 'GOBIN'], { encoding: 'utf8' }).trim();
  if (gobin) return gobin;
  const gopath = execFileSync(go, ['env', 'GOPATH'], { encoding: 'utf8' }).trim().split(path.delimiter)[0];
  return path.join(gopath || path.join(os.homedir(), 'go'), 'bin');
}

function binaryVersion(file) {
  const r = spawnSync(file, ['--version'], { encoding: 'utf8' });
  const m = /(\d+\.\d+\.\d+)/.exec(`${r.stdout} ${r.stderr}`);
  return m ? m[1] : null;
}

/**
 * Finds `name` (server, sql) at SERVER_VERSION: the environment variable, PATH, the Go bin folder; else builds it
 * with `go install module` (minutes, once). A binary of another version is not used.
 */
function ensureBinary(name, envVar, module, log) {
  const candidates = [];
  if (process.env[envVar]) candidates.push(process.env[envVar]);
  for (const dir of (process.env.PATH || '').split(path.delimiter)) if (dir) candidates.push(path.join(dir, name));
  const go = goBinary();
  if (go) candidates.push(path.join(goBinDir(go), name));
  candidates.push(path.join(os.homedir(), 'go', 'bin', name));
  for (const c of candidates) {
    if (!isExecutable(c)) continue;
    const version = binaryVersion(c);
    if (version === SERVER_VERSION) return c;
    log(`${c} is version ${version}, not ${SERVER_VERSION}: not used`);
  }
  if (!go) throw new Error(`no ${name} ${SERVER_VERSION} and no Go toolchain; install Go or set ${envVar}`);
  for (const extra of [{}, { GOTOOLCHAIN: FALLBACK_TOOLCHAIN }]) {
    log(`building: go install ${module}${extra.GOTOOLCHAIN ? ` (GOTOOLCHAIN=${extra.GOTOOLCHAIN})` : ''}, once`);
    const r = spawnSync(go, ['install', module], {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, ...extra },
    });
    const built = path.join(goBinDir(go), name);
    if (r.status === 0 && isExecutable(built) && binaryVersion(built) === SERVER_VERSION) return built;
  }
  throw new Error(`go install ${module} failed`);
}

function ensureServerBinaries(log = () => undefined) {
  return {
    server: ensureBinary('server', 'TEMPORAL_SERVER_BIN', SERVER_MODULE, log),
    sql: ensureBinary('sql', 'TEMPORAL_SQL_TOOL_BIN', SQL_TOOL_MODULE, log),
  };
}

/** The module's source (schemas, config template), downloaded by `go install` into the module cache. */
function serverModuleDir() {
  const go = goBinary();
  const gomodcache = go ? execFileSync(go, ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim() : '';
  const dir = path.join(
    gomodcache || path.join(os.homedir(), 'go', 'pkg', 'mod'),
    `go.temporal.io/server@v${SERVER_VERSION}`,
  );
  if (!fs.existsSync(dir)) throw new Error(`the Temporal server module is not in ${dir}; run go mod download`);
  return dir;
}

/** The schema each Temporal database gets (temporal-schema's --schema-name), by Compose's database name. */
const SCHEMA_NAMES = { temporal: 'postgresql/v12/temporal', temporal_visibility: 'postgresql/v12/visibility' };

/** The highest schema version the module ships for a schema name (postgresql/v12/temporal), e.g. "1.18". */
function shippedSchemaVersion(moduleDir, schemaName) {
  const dir = path.join(moduleDir, 'schema', ...schemaName.split('/'), 'versioned');
  const versions = fs.readdirSync(dir).map((v) => v.replace(/^v/, ''));
  const key = (v) => v.split('.').map(Number);
  versions.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
  return versions.pop();
}

/**
 * The image's config template, made renderable by the server's own loader: the image fills it in with dockerize,
 * whose `.Env.X` and `default value fallback` the loader (Go templates with sprig) spells `env "X"` and
 * `default fallback value`; the first line switches its templating on.
 */
const ARG = String.raw`\.Env\.\w+|\$\w+|"[^"]*"`;
function configTemplate(moduleDir) {
  const text = fs.readFileSync(path.join(moduleDir, 'docker', 'config_template.yaml'), 'utf8');
  return (
    '# enable-template (docker/config_template.yaml of the server module, in sprig spelling)\n' +
    text
      .replace(new RegExp(`\\bdefault\\s+(${ARG})\\s+(${ARG})`, 'g'), 'default $2 $1')
      .replace(/\.Env\.([A-Z0-9_]+)/g, '(env "$1")')
      .replace(/range split (\(env "[A-Z_]+"\)) ","/g, 'range splitList "," $1')
  );
}

// ---- what the stack runs, derived from Compose ---------------------------------------------------------------------

/** The init script's statements with only the application database's name adapted to this stack. */
function stackInitSql(compose) {
  return initSql(compose).map((sql) =>
    sql.replace(/^CREATE DATABASE waardenpoort\b/, `CREATE DATABASE ${STACK_DATABASES.waardenpoort}`),
  );
}

/** temporal-schema's `temporal-sql-tool` lines as argument lists, the two database names adapted to this stack. */
function schemaCommands(compose) {
  return serviceScript(compose, 'temporal-schema')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('temporal-sql-tool '))
    .map((l) =>
      l
        .split(/\s+/)
        .slice(1)
        .map((arg, i, all) => (all[i - 1] === '--database' ? STACK_DATABASES[arg] || arg : arg)),
    );
}

/** temporal-schema's environment (SQL_*) with this machine's PostgreSQL. */
function schemaEnvironment(compose, env = process.env) {
  const { host, port } = pg();
  return { ...serviceEnvironment(compose, 'temporal-schema', env), SQL_HOST: host, SQL_PORT: String(port) };
}

/** Temporal's environment for render-config: Compose's temporal service, then the overrides. */
function temporalEnvironment(compose, env = process.env) {
  return { ...serviceEnvironment(compose, 'temporal', env), ...temporalOverrides() };
}

/** A Compose connection URL pointed at this machine's PostgreSQL and a stack database. */
function localUrl(url, database) {
  const u = new URL(url);
  const { host, port } = pg();
  u.hostname = host;
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * The app's environment for a Compose service (worker, api): Compose's values, secrets Compose requires (`${X?..}`)
 * from `secrets` when this environment lacks them, then the overrides for this machine (`local`).
 */
function appEnvironment(compose, service, { env = process.env, secrets = {}, local = {} } = {}) {
  const required = [];
  const resolved = serviceEnvironment(compose, service, env, (name) => {
    required.push(name);
    if (!(name in secrets)) throw new Error(`docker-compose.yml requires ${name} and the stack has no value for it`);
    return secrets[name];
  });
  const db = new URL(resolved.DATABASE_URL).pathname.slice(1);
  return {
    required,
    env: {
      ...resolved,
      DATABASE_URL: localUrl(resolved.DATABASE_URL, STACK_DATABASES[db] || db),
      TEMPORAL_ADDRESS: `127.0.0.1:${TEMPORAL_PORTS.FRONTEND_GRPC_PORT}`,
      ...local,
    },
  };
}

/** The keys appEnvironment and the stack script may override (anything else comes from Compose as it is). */
const APP_OVERRIDES = [
  'DATABASE_URL',
  'TEMPORAL_ADDRESS',
  'AUDIT_CHECKPOINT_KEY_FILE',
  'AUDIT_CHECKPOINT_DIR',
  'WORKFLOW_BUNDLE_PATH',
  'PORT',
  'PUBLIC_URL',
  'BIND_HOST',
  'SMTP_HOST',
  'SMTP_PORT',
];
/** The Compose secrets (`${X?...}`) the stack fills with development values when the environment lacks them. */
const DEV_SECRETS = ['JWT_SECRET', 'WEBHOOK_SECRET_KEY'];

module.exports = {
  SCHEMA_NAMES,
  APP_OVERRIDES,
  DEV_SECRETS,
  appEnvironment,
  localUrl,
  schemaCommands,
  schemaEnvironment,
  stackInitSql,
  temporalEnvironment,
  API_PORTS,
  COMPOSE_FILE,
  ROOT,
  SERVER_MODULE,
  SERVER_VERSION,
  SQL_TOOL_MODULE,
  STACK_DATABASES,
  TEMPORAL_PORTS,
  TEMPORAL_SERVICES,
  WORKER_REPLICAS,
  composeDynamicConfigFile,
  configTemplate,
  ensureServerBinaries,
  imageTag,
  initSql,
  initSqlVariables,
  interpolate,
  pg,
  readCompose,
  serverModuleDir,
  serviceEnvironment,
  serviceScript,
  setupSearchAttributes,
  shippedSchemaVersion,
  temporalOverrides,
};
