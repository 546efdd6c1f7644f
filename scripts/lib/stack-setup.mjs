// The set-up steps of `npm run stack` (scripts/lib/stack-control.mjs): the init script's roles and database,
// Temporal's schemas, its configuration file, and the development values of Compose's secrets.
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const stack = require('./temporal-stack.cjs');

const root = stack.ROOT;
const dir = path.join(root, '.data', 'stack');
const logs = path.join(dir, 'logs');

export function sh(cmd, args, what, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...options, env: { ...process.env, ...options.env } });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${(r.stderr || r.stdout || '').trim()}`);
  return r.stdout;
}

const { host: pgHost, port: pgPort } = stack.pg();
const pgUser = process.env.PGUSER || 'postgres';
export const psql = (sql, db = 'postgres', vars = {}) =>
  sh(
    'psql',
    ['-v', 'ON_ERROR_STOP=1', '-h', pgHost, '-p', String(pgPort), '-U', pgUser, '-d', db, '-Atq']
      .concat(Object.entries(vars).flatMap(([k, v]) => ['--set', `${k}=${v}`]))
      .concat(['-c', sql]),
    `psql ${sql.split(' ').slice(0, 3).join(' ')}`,
  ).trim();

/** The init script's SQL, each statement only where its role or database is missing (as on an empty volume). */
export function ensureRolesAndDatabase(compose, say) {
  const vars = Object.fromEntries(
    Object.entries(stack.initSqlVariables(compose)).map(([v, envName]) => [
      v,
      stack.serviceEnvironment(compose, 'postgres')[envName],
    ]),
  );
  for (const sql of stack.stackInitSql(compose)) {
    const m = /^CREATE (ROLE|DATABASE) (\w+)/.exec(sql);
    const table = m[1] === 'ROLE' ? `pg_roles WHERE rolname` : `pg_database WHERE datname`;
    if (psql(`SELECT 1 FROM ${table} = '${m[2]}'`) === '1') continue;
    say(`init script: ${sql.replace(/PASSWORD :'\w+'/, 'PASSWORD ***')}`);
    // psql substitutes :'var' only in statements from a file or stdin, so the statement goes through stdin.
    sh(
      'psql',
      ['-v', 'ON_ERROR_STOP=1', '-h', pgHost, '-p', String(pgPort), '-U', pgUser, '-d', 'postgres', '-q'].concat(
        Object.entries(vars).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
      ),
      sql,
      { input: `${sql};\n` },
    );
  }
}

/** temporal-schema's commands, then the schema versions against the highest the server module ships. */
export function ensureTemporalSchemas(compose, sqlTool) {
  const env = stack.schemaEnvironment(compose);
  for (const args of stack.schemaCommands(compose)) {
    const out = sh(sqlTool, args, `temporal-sql-tool ${args.join(' ')}`, { env });
    writeFileSync(path.join(logs, 'temporal-schema.log'), out, { flag: 'a' });
  }
  const moduleDir = stack.serverModuleDir();
  const result = {};
  for (const [composeDb, schemaName] of Object.entries(stack.SCHEMA_NAMES)) {
    const db = stack.STACK_DATABASES[composeDb];
    const expected = stack.shippedSchemaVersion(moduleDir, schemaName);
    const actual = psql(`SELECT curr_version FROM schema_version`, db);
    if (actual !== expected)
      throw new Error(`database ${db}: schema version ${actual}, server ${stack.SERVER_VERSION} ships ${expected}`);
    result[db] = actual;
  }
  return result;
}

/**
 * One configuration file for the four services: the image's config template (sprig spelling, see configTemplate) in
 * config/stack.yaml, filled in by every service from the same environment (Compose's temporal service plus the
 * overrides), as the image fills it in on start. render-config writes the result to rendered.yaml for reading: its
 * output masks secrets (passwords, TLS keys), so it cannot be fed back to the server.
 */
export function renderConfig(compose, server) {
  const configDir = path.join(dir, 'config');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(path.join(configDir, 'stack.yaml'), stack.configTemplate(stack.serverModuleDir()));
  const env = stack.temporalEnvironment(compose);
  const rendered = sh(server, ['--config', configDir, '--env', 'stack', 'render-config'], 'render-config', { env });
  writeFileSync(
    path.join(dir, 'rendered.yaml'),
    `# npm run stack: render-config of config/stack.yaml (secrets masked)\n${rendered}`,
  );
  return env;
}

/** Development values for what Compose requires as secrets, generated once into .data/stack (said in the table). */
export function devSecrets() {
  const file = path.join(dir, 'dev-secrets.json');
  const saved = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  saved.JWT_SECRET ??= randomBytes(48).toString('base64');
  saved.WEBHOOK_SECRET_KEY ??= randomBytes(32).toString('base64');
  writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  const key = path.join(dir, 'audit-checkpoint-key.pem');
  if (!existsSync(key)) {
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  }
  const secrets = {};
  for (const name of stack.DEV_SECRETS) secrets[name] = process.env[name] ?? saved[name];
  return { secrets, keyFile: key };
}
