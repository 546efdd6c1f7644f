import { DefaultLogger } from '@temporalio/worker';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { temporalScript, type TestRun } from './test-run';

/**
 * Once per `jest` run: one Temporal dev server (in memory, on a free port), one fresh PostgreSQL database with the
 * migrations applied, and one workflow bundle. The suites read where they are from the environment.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  // Jest loads global setup without the suites' module mapping, so the workspace packages below resolve to their
  // compiled output; and suites that run the worker as a separate process (a SIGKILL test) start the compiled entry
  // point, as production does. Build first (incremental: seconds when nothing changed), then load them.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'tsconfig.build.json'], {
    cwd: join(__dirname, '..', '..'),
    stdio: 'inherit',
  });
  const { APP_ROLE, ensureDatabase, ensureRoles, OWNER_ROLE, runMigrations, urlForLogin } =
    await import('@waardenpoort/persistence');
  const { buildWorkflowBundle, tracedBundlePath } = await import('@waardenpoort/worker');

  const temporal = temporalScript();
  const port = await temporal.freePort();
  const server = await temporal.startDevServer({
    address: `127.0.0.1:${port}`,
    headless: true,
    logLevel: 'error',
    readyTimeoutMs: 90_000,
  });

  const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/waardenpoort_test_${process.pid}_${Date.now().toString(36)}`;
  // As in production: a NOLOGIN owner owns every object (the migrations run as it), and the application logs in
  // as its own role. Roles are cluster-wide and may be shared with other runs: ensureRoles is idempotent.
  await ensureRoles(adminUrl);
  await ensureDatabase(dbUrl.toString(), OWNER_ROLE);
  await runMigrations({ url: dbUrl.toString(), role: OWNER_ROLE });

  const dir = mkdtempSync(join(tmpdir(), 'waardenpoort-test-'));
  const bundlePath = join(dir, 'workflow-bundle.js');
  // And its traced variant beside it, which workers with tracing on load (test/tracing.int-spec.ts).
  const [plain, traced] = await Promise.all(
    [false, true].map((tracing) => buildWorkflowBundle({ from: 'src', tracing, logger: new DefaultLogger('WARN') })),
  );
  writeFileSync(bundlePath, plain.code);
  writeFileSync(tracedBundlePath(bundlePath), traced.code);

  process.env.TEMPORAL_ADDRESS = server.address;
  // Every suite's API and worker log in as the application (trust authentication: no password locally); the
  // suites' own checks and attacks use the superuser URL (openDatabase).
  process.env.DATABASE_URL = urlForLogin(dbUrl.toString(), APP_ROLE);
  process.env.TEST_OWNER_DATABASE_URL = dbUrl.toString();
  // Audit checkpoints of this run: a key of its own, and a folder that suites may use (or make their own).
  const keyFile = join(dir, 'audit-checkpoint-key.pem');
  writeFileSync(keyFile, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), {
    mode: 0o600,
  });
  process.env.AUDIT_CHECKPOINT_KEY_FILE = keyFile;
  process.env.AUDIT_CHECKPOINT_DIR = join(dir, 'audit-checkpoints');
  process.env.WORKFLOW_BUNDLE_PATH = bundlePath;
  process.env.TEST_TEMPORAL_CLI = server.cli;
  const run: TestRun = { server, databaseUrl: dbUrl.toString(), tmpDir: dir };
  (globalThis as { __waardenpoortTestRun?: TestRun }).__waardenpoortTestRun = run;
  process.stderr.write(
    `\n[test] Temporal ${server.address}, database ${dbUrl.pathname.slice(1)}, bundle ready in ${Date.now() - started} ms\n`,
  );
}
