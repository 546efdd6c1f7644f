import type { INestApplication } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { createApp } from '@waardenpoort/api';
import { DEV_JWT_SECRET, loadConfig, type AppConfig } from '@waardenpoort/config';
import type { Role } from '@waardenpoort/domain';
import {
  APP_ROLE,
  createDataSource,
  dropDatabase,
  ensureDatabase,
  OWNER_ROLE,
  runMigrations,
  urlForLogin,
} from '@waardenpoort/persistence';
import { waardenpoortDataConverter } from '@waardenpoort/temporal';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startWorker, type RunningWorker } from '@waardenpoort/worker';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Configuration for a test process: the run's Temporal and database, second-scale deadlines. Dev mode is switched
 * on explicitly, as `npm start` does (the API listens on loopback only; the suites use the development secret and
 * the dev sign-in). A suite that asks for NODE_ENV=production gets production: no dev mode, webhooks off unless it
 * turns them on with a key.
 */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  const production = overrides['NODE_ENV'] === 'production';
  return loadConfig({
    NODE_ENV: 'test',
    ...(production ? { WEBHOOKS_ENABLED: 'false' } : { DEV_MODE: 'true' }),
    DATABASE_URL: requireEnv('DATABASE_URL'),
    TEMPORAL_ADDRESS: requireEnv('TEMPORAL_ADDRESS'),
    WORKFLOW_BUNDLE_PATH: requireEnv('WORKFLOW_BUNDLE_PATH'),
    // Each suite gets its own task queue so a worker of one suite never picks up another's workflows.
    TEMPORAL_TASK_QUEUE: `waardenpoort-test-${randomUUID().slice(0, 8)}`,
    // Second-scale deadlines, reminders and escalations; the same rules as the real policy.
    POLICY_FILE: 'policy/fixtures/test-policy.v1.yaml',
    LOG_LEVEL: 'error',
    // DATABASE_URL logs in as the application's own role (global setup), as in production: it cannot change the
    // audit trail, nor become a role that can.
    AUDIT_CHECKPOINT_KEY_FILE: requireEnv('AUDIT_CHECKPOINT_KEY_FILE'),
    AUDIT_CHECKPOINT_DIR: requireEnv('AUDIT_CHECKPOINT_DIR'),
    // The suites send thousands of requests from one address; the rate limit has a test of its own.
    RATE_LIMIT_PER_MINUTE: '1000000',
    PUBLIC_RATE_LIMIT_PER_MINUTE: '1000000',
    ...overrides,
  });
}

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run integration tests through jest's global setup`);
  return value;
}

/** A DIGEST_HOUR twelve hours from now (Amsterdam time): the worker's daily digest run never fires during a suite. */
export function digestHourAwayFromNow(): string {
  const hourNow = Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: 'numeric', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  return String((hourNow + 12) % 24);
}

export async function startApi(config: AppConfig): Promise<INestApplication> {
  const app = await createApp(config, { logger: false });
  await app.init();
  return app;
}

let runtimeInstalled = false;

export async function startTestWorker(config: AppConfig): Promise<RunningWorker> {
  if (!runtimeInstalled) {
    runtimeInstalled = true;
    try {
      // Worker state changes are noise in test output; warnings and errors still show.
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Another suite in this process installed it already.
    }
  }
  return startWorker({ config, identity: `test-worker-${process.pid}` });
}

/**
 * The test's own connection to the database of `config`, as the superuser (TEST_OWNER_DATABASE_URL's login): for
 * checks and set-ups the application may not do, and for attacks only the database's owner could make.
 */
export async function openDatabase(config: AppConfig): Promise<DataSource> {
  const ds = createDataSource({
    url: ownerUrl(config.database.url),
    poolSize: 2,
    applicationName: 'waardenpoort-test',
  });
  await ds.initialize();
  return ds;
}

/**
 * Cases of earlier suites that still wait for a commission meeting: their workers are gone, so a meeting a later suite
 * plans would take them and wait for workflows no worker runs. They no longer count as waiting.
 */
export async function forgetWaitingCases(db: DataSource): Promise<void> {
  await db.query(
    `UPDATE project SET details = jsonb_set(details, '{commission,waitingSince}', 'null'::jsonb)
      WHERE details->'commission'->>'waitingSince' IS NOT NULL`,
  );
}

/** `url` (the app's login to some database) with the superuser login of this test run instead. */
export function ownerUrl(url: string): string {
  const admin = new URL(requireEnv('TEST_OWNER_DATABASE_URL'));
  const u = new URL(url);
  u.username = admin.username;
  u.password = admin.password;
  return u.toString();
}

/**
 * A database of a suite's own next to the run's (named `<run's>_<suffix>`), made as production makes one: owned by
 * the NOLOGIN owner role, migrated as it. `url` is the application's login, `owner` the superuser's.
 */
export async function ownDatabase(suffix: string): Promise<{ url: string; owner: string; drop: () => Promise<void> }> {
  const owner = new URL(requireEnv('TEST_OWNER_DATABASE_URL'));
  owner.pathname = `${owner.pathname}_${suffix}`;
  await ensureDatabase(owner.toString(), OWNER_ROLE);
  await runMigrations({ url: owner.toString(), role: OWNER_ROLE });
  return {
    url: urlForLogin(owner.toString(), APP_ROLE),
    owner: owner.toString(),
    drop: () => dropDatabase(owner.toString()),
  };
}

export async function temporalClient(config: AppConfig): Promise<Client> {
  const connection = await Connection.connect({ address: config.temporal.address });
  return new Client({ connection, namespace: config.temporal.namespace, dataConverter: waardenpoortDataConverter });
}

export interface TokenClaims {
  sub: string;
  roles: Role[];
  name?: string;
  email?: string;
  /** The department claim (what a department head reads) */
  department?: string;
  expiresIn?: string;
  secret?: string;
}

/** A dev token signed like `npm run token` signs them. */
export async function token(claims: TokenClaims): Promise<string> {
  return new SignJWT({
    name: claims.name ?? `Test ${claims.sub}`,
    email: claims.email ?? `${claims.sub}@enschede.example`,
    roles: claims.roles,
    ...(claims.department ? { department: claims.department } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '1h')
    .sign(new TextEncoder().encode(claims.secret ?? DEV_JWT_SECRET));
}

/** Polls until `check` returns a value that is not undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs = 15_000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${lastError instanceof Error ? `: ${lastError.message}` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Every person back to Dutch, the default: a browser suite's English run switches the people it signs in (their
 * mails follow), and later suites on the same database expect the default.
 */
export async function peopleBackToDutch(config: AppConfig): Promise<void> {
  const db = await openDatabase(config);
  try {
    await db.query(`UPDATE person SET language = 'nl' WHERE language <> 'nl'`);
  } finally {
    await db.destroy();
  }
}
