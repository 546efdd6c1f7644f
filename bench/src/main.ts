import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import {
  APP_ROLE,
  createDataSource,
  dropDatabase,
  ensureDatabase,
  ensureRoles,
  loadPolicyFile,
  OWNER_ROLE,
  runMigrations,
  urlForLogin,
} from '@waardenpoort/persistence';
import { waardenpoortDataConverter } from '@waardenpoort/temporal';
import { buildWorkflowBundle } from '@waardenpoort/worker';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { benchAuditVerify } from './audit-verify';
import { type BareWorker, bundleBareWorkflow, startBareWorker } from './bare/worker';
import type { BenchContext } from './context';
import {
  databaseUrl,
  type DevServer,
  freePort,
  machineInfo,
  NodeChild,
  PgBackends,
  ROOT,
  temporalScript,
  waitForHttp,
} from './env';
import { benchGate } from './gate';
import { ApiClient } from './http';
import { benchIntake, INTAKE_VARIANTS, type IntakeVariant } from './intake';
import { benchMonitoring } from './monitoring';
import { benchOpenProjects } from './open-projects';
import { writeBenchPolicy } from './policy';
import { type BenchResults, writeResults } from './report';
import { loadScaleData, SCALE_DEPARTMENTS, type ScaleCounts } from './scale-data';
import { sleep } from './stats';
import { benchWhatIf } from './what-if';

const USAGE = `npm run bench [-- options]

  --quick               small sizes, a few minutes (smoke test)
  --full                benchmark 4 with 1,000 then 10,000 open projects, benchmark 3 at 1,000,000 projects
  --only 1,2,3,4,5,6    run only these benchmarks
  --intake N            projects per side in benchmark 1 (default 400, in rounds of about 100)
  --variants A,B        benchmark 1's variants (default all: waardenpoort,bare,bare-with-policy-input,bare-start-only)
  --concurrency N       requests in flight in benchmarks 1 and 2 (set-up)
  --decisions N         decisions per side in benchmark 2
  --scale P,E           projects and audit events for benchmarks 3, 5 and 6 (default 100000,1000000;
                        --full 1000000,5000000)
  --open A,B            open projects per phase in benchmark 4 (default 1000; --full 1000,10000)
  --sample N            reminders measured per phase in benchmark 4 (default 500)
  --fire-rate R         reminders per second in benchmark 4 (default 10)
  --worker-cache N      WORKER_MAX_CACHED_WORKFLOWS for benchmark 4's worker (default: the configuration's)
  --profile             CPU-profile the bench process during benchmark 5, and API and worker (--cpu-prof)
  --temporal-config K=V dynamic config of the bench's dev server (JSON value; repeatable), to measure a setting
  --temporal-address A  a running Temporal instead of the bench's own dev server (npm run bench -- --stack
                        passes the frontend of npm run stack's services), with --temporal-namespace N and
                        --temporal-pids P,P (its processes, for CPU and memory)
  --stack               (scripts/bench.mjs) the benchmarks on the dev server, then on npm run stack's Temporal,
                        and both side by side
  --keep                keep the databases and the temporary folder
`;

function numbers(text: string | undefined, fallback: number[]): number[] {
  if (!text) return fallback;
  const out = text.split(',').map((x) => Number(x.trim().replace(/_/g, '')));
  if (out.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`not a list of positive numbers: ${text}`);
  return out;
}

interface Settings {
  mode: BenchResults['mode'];
  only: Set<number>;
  intake: number;
  /** Benchmark 1's variants, all by default */
  variants: readonly IntakeVariant[];
  concurrency: number;
  rounds: number;
  decisions: number;
  scaleProjects: number;
  scaleEvents: number;
  open: number[];
  sample: number;
  fireRate: number;
  workerCache: number | null;
  samples: number;
  budgetMs: number;
  profile: boolean;
  keep: boolean;
  /** --temporal-config: dynamic config of the bench's dev server on top of scripts/lib/temporal.cjs' */
  temporalConfig: Record<string, unknown>;
  /** --temporal-address: a running Temporal (the stack's frontend) instead of a dev server of our own */
  temporalAddress: string | null;
  temporalNamespace: string;
  temporalPids: number[];
}

function settings(argv: string[]): Settings {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean' },
      full: { type: 'boolean' },
      only: { type: 'string' },
      intake: { type: 'string' },
      variants: { type: 'string' },
      concurrency: { type: 'string' },
      decisions: { type: 'string' },
      scale: { type: 'string' },
      open: { type: 'string' },
      sample: { type: 'string' },
      'fire-rate': { type: 'string' },
      'worker-cache': { type: 'string' },
      profile: { type: 'boolean' },
      keep: { type: 'boolean' },
      'temporal-config': { type: 'string', multiple: true },
      'temporal-address': { type: 'string' },
      'temporal-namespace': { type: 'string' },
      'temporal-pids': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const quick = values.quick === true;
  const mode: Settings['mode'] = quick ? 'quick' : values.full ? 'full' : 'default';
  const [scaleProjects, scaleEvents] = numbers(
    values.scale,
    quick ? [10_000, 100_000] : values.full ? [1_000_000, 5_000_000] : [100_000, 1_000_000],
  );
  const intake = numbers(values.intake, [quick ? 24 : 400])[0] ?? 400;
  const variants = values.variants ? values.variants.split(',').map((v) => v.trim()) : [...INTAKE_VARIANTS];
  const unknown = variants.filter((v) => !(INTAKE_VARIANTS as readonly string[]).includes(v));
  if (unknown.length > 0 || !variants.includes('waardenpoort') || !variants.includes('bare'))
    throw new Error(
      `--variants: waardenpoort and bare, and any of ${INTAKE_VARIANTS.join(', ')}; got ${values.variants}`,
    );
  const temporalConfig: Record<string, unknown> = {};
  for (const kv of values['temporal-config'] ?? []) {
    const at = kv.indexOf('=');
    if (at < 1) throw new Error(`--temporal-config: KEY=JSON, got ${kv}`);
    temporalConfig[kv.slice(0, at)] = JSON.parse(kv.slice(at + 1)) as unknown;
  }
  return {
    temporalConfig,
    temporalAddress: values['temporal-address'] ?? null,
    temporalNamespace: values['temporal-namespace'] ?? 'default',
    temporalPids: numbers(values['temporal-pids'], []),
    mode,
    only: new Set(numbers(values.only, [1, 2, 3, 4, 5, 6])),
    intake,
    variants: variants as IntakeVariant[],
    concurrency: numbers(values.concurrency, [16])[0] ?? 16,
    // Rounds of about 100 projects per side, the sides taking turns: the load of whatever else runs on the machine
    // falls on all of them alike (two rounds of 200 moved the ratio by ±0.1 from run to run here).
    rounds: Math.max(2, Math.round(intake / 100)),
    decisions: numbers(values.decisions, [quick ? 20 : 200])[0] ?? 200,
    scaleProjects: scaleProjects ?? 100_000,
    scaleEvents: scaleEvents ?? 1_000_000,
    open: numbers(values.open, quick ? [300] : mode === 'full' ? [1000, 10_000] : [1000]),
    sample: numbers(values.sample, [quick ? 100 : 500])[0] ?? 500,
    fireRate: numbers(values['fire-rate'], [10])[0] ?? 10,
    workerCache: values['worker-cache'] ? (numbers(values['worker-cache'], [])[0] ?? null) : null,
    samples: quick ? 12 : 60,
    budgetMs: quick ? 15_000 : 60_000,
    profile: values.profile === true,
    keep: values.keep === true,
  };
}

/** Everything the run started, stopped in reverse order exactly once. */
class Teardown {
  private readonly steps: Array<{ what: string; run: () => Promise<unknown> }> = [];
  private done: Promise<void> | null = null;
  add(what: string, run: () => Promise<unknown>): void {
    this.steps.push({ what, run });
  }
  run(): Promise<void> {
    this.done ??= (async () => {
      for (const s of this.steps.reverse()) {
        try {
          await s.run();
        } catch (err) {
          process.stderr.write(`[bench] ${s.what}: ${(err as Error).message}\n`);
        }
      }
    })();
    return this.done;
  }
}

async function main(): Promise<void> {
  const s = settings(process.argv.slice(2));
  const startedAt = new Date();
  const runId = startedAt.getTime().toString(36);
  const log = (line: string): void => void process.stdout.write(`${line}\n`);
  const teardown = new Teardown();
  let interrupted = false;
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.on(sig, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`\n[bench] ${sig}: stopping what the bench started…\n`);
      void teardown.run().then(() => process.exit(130));
    });
  }

  try {
    const tmpDir = mkdtempSync(join(os.tmpdir(), 'waardenpoort-bench-'));
    if (!s.keep)
      teardown.add('remove temporary folder', () => Promise.resolve(rmSync(tmpDir, { recursive: true, force: true })));
    const adminUrl =
      process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const appDbName = `waardenpoort_bench_${runId}`;
    const scaleDbName = `waardenpoort_bench_${runId}_scale`;
    const appDbUrl = databaseUrl(adminUrl, appDbName);
    const scaleDbUrl = databaseUrl(adminUrl, scaleDbName);
    const errors: BenchResults['errors'] = [];
    const results: Partial<BenchResults> = {};

    log(`Waardenpoort benchmarks (${s.mode}); temporary files in ${tmpDir}`);
    Runtime.install({ logger: new DefaultLogger('WARN') });

    // Temporal: our own dev server on a free port, in memory (nothing of the developer's .data/ is touched), or the
    // running one --temporal-address names (npm run stack's frontend, for --stack).
    const namespace = s.temporalNamespace;
    const server: DevServer = s.temporalAddress
      ? {
          address: s.temporalAddress,
          cli: temporalScript().ensureTemporalCli(),
          reused: true,
          stop: () => Promise.resolve(),
        }
      : await temporalScript().startDevServer({
          address: `127.0.0.1:${await freePort()}`,
          headless: true,
          logLevel: 'error',
          logFile: join(tmpDir, 'temporal.log'),
          readyTimeoutMs: 90_000,
          dynamicConfig: s.temporalConfig,
        });
    const temporalKind = s.temporalAddress ? 'stack' : 'dev server';
    const temporalPids = s.temporalAddress ? s.temporalPids : server.pid ? [server.pid] : [];
    teardown.add('stop Temporal', () => server.stop());
    log(
      `  Temporal (${temporalKind}) ${server.address}, namespace ${namespace} (pids ${temporalPids.join(', ') || '?'})`,
    );

    // As production: the tables belong to the NOLOGIN owner, the API and worker log in as the application.
    await ensureRoles(adminUrl);
    await ensureDatabase(appDbUrl, OWNER_ROLE);
    if (!s.keep) teardown.add(`drop ${appDbName}`, () => dropDatabase(appDbUrl));
    await runMigrations({ url: appDbUrl, role: OWNER_ROLE });
    const appLoginUrl = urlForLogin(appDbUrl, APP_ROLE);
    log(`  database ${appDbName} migrated`);

    const machine = await machineInfo(adminUrl, server.cli);
    log(
      `  machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, load ${machine.loadAverageAtStart.join(' ')}; PostgreSQL ${machine.postgres}; Node ${machine.node}`,
    );

    const bundlePath = join(tmpDir, 'workflow-bundle.js');
    const [real, bareCode] = await Promise.all([
      buildWorkflowBundle({ from: 'dist', logger: new DefaultLogger('WARN') }),
      bundleBareWorkflow(),
    ]);
    writeFileSync(bundlePath, real.code);
    const bareBundlePath = join(tmpDir, 'bare-workflow-bundle.js');
    writeFileSync(bareBundlePath, bareCode);
    log(
      `  workflow bundles: Waardenpoort ${Math.round(real.code.length / 1024)} KiB, bare ${Math.round(bareCode.length / 1024)} KiB`,
    );

    const secret = randomBytes(24).toString('hex');
    const checkpointKeyFile = join(tmpDir, 'audit-checkpoint-key.pem');
    writeFileSync(
      checkpointKeyFile,
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }),
      {
        mode: 0o600,
      },
    );
    const policyFile = join(ROOT, 'policy', 'waardenpoort-policy.v1.yaml');
    const childEnv: Record<string, string> = {
      NODE_ENV: 'production',
      DATABASE_URL: appLoginUrl,
      AUDIT_CHECKPOINT_KEY_FILE: checkpointKeyFile,
      AUDIT_CHECKPOINT_DIR: join(tmpDir, 'audit-checkpoints'),
      TEMPORAL_ADDRESS: server.address,
      TEMPORAL_NAMESPACE: namespace,
      TEMPORAL_TASK_QUEUE: `bench-${runId}`,
      WORKFLOW_BUNDLE_PATH: bundlePath,
      POLICY_FILE: policyFile,
      JWT_SECRET: secret,
      LOG_LEVEL: 'warn',
      // One client address sends everything; the limit is per address (600/min by default).
      RATE_LIMIT_PER_MINUTE: '1000000',
      // No SMTP server in the bench: the outbox fills, nothing is mailed.
      MAIL_ENABLED: 'false',
      // No receivers either; production refuses webhooks without a key for their secrets.
      WEBHOOKS_ENABLED: 'false',
    };
    const profileArgs = (name: string): string[] =>
      s.profile
        ? // One folder per process and Node's default file names (one profile per thread: the worker's workflow
          // threads write their own next to the main thread's).
          ['--cpu-prof', `--cpu-prof-dir=${join(tmpDir, 'profiles', name)}`]
        : [];
    const workerChild = new NodeChild(
      'worker',
      join(ROOT, 'apps', 'worker', 'dist', 'main.js'),
      // The worker says at level log that it polls (read below); it logs little else at that level.
      { ...childEnv, LOG_LEVEL: 'log' },
      join(tmpDir, 'worker.log'),
      profileArgs('worker'),
    );
    teardown.add('stop worker', () => workerChild.stop());
    const apiPort = await freePort();
    const apiChild = new NodeChild(
      'api',
      join(ROOT, 'apps', 'api', 'dist', 'main.js'),
      { ...childEnv, PORT: String(apiPort) },
      join(tmpDir, 'api.log'),
      profileArgs('api'),
    );
    teardown.add('stop API', () => apiChild.stop());
    const apiBase = `http://127.0.0.1:${apiPort}`;
    await waitForHttp(`${apiBase}/health`, apiChild);
    for (let i = 0; i < 600 && !readFileSync(workerChild.logFile, 'utf8').includes('polling task queue'); i++) {
      if (workerChild.exited) throw new Error(`worker exited:\n${workerChild.tail()}`);
      await sleep(200);
    }
    log(`  API ${apiBase} (pid ${apiChild.pid}), worker (pid ${workerChild.pid})`);

    const connection = await Connection.connect({ address: server.address });
    teardown.add('close Temporal client', () => connection.close());
    const client = new Client({ connection, namespace });
    const waardenpoortClient = new Client({
      connection,
      namespace,
      dataConverter: waardenpoortDataConverter,
    });
    const appDb: DataSource = createDataSource({ url: appDbUrl, poolSize: 4, applicationName: 'waardenpoort-bench' });
    await appDb.initialize();
    teardown.add('close bench database pool', () => appDb.destroy());
    // The bare worker's own pool, the size of the real worker's (DATABASE_POOL_SIZE default 10), as the app role.
    const bareDb: DataSource = createDataSource({
      url: appLoginUrl,
      poolSize: 10,
      applicationName: 'waardenpoort-bench-bare',
    });
    await bareDb.initialize();
    teardown.add('close bare worker pool', () => bareDb.destroy());
    const policy = loadPolicyFile(policyFile);
    const bareQueue = `bench-bare-${runId}`;
    const bare: BareWorker = await startBareWorker({
      address: server.address,
      namespace,
      taskQueue: bareQueue,
      code: bareCode,
      dataSource: bareDb,
      policy,
    });
    teardown.add('stop bare worker', () => bare.stop());
    const pg = new PgBackends(adminUrl, () => [appDbName, scaleDbName]);
    await pg.start();
    teardown.add('stop sampler connection', () => pg.stop());

    const api = new ApiClient(apiBase, secret);
    teardown.add('close HTTP connections', () => Promise.resolve(api.close()));
    const ctx: BenchContext = {
      runId,
      quick: s.mode === 'quick',
      cores: machine.cores,
      tmpDir,
      adminUrl,
      appDbUrl,
      appDb,
      api,
      apiChild,
      workerChild,
      temporal: { address: server.address, namespace, pids: temporalPids, kind: temporalKind },
      client,
      waardenpoortClient,
      taskQueue: childEnv.TEMPORAL_TASK_QUEUE ?? '',
      bareQueue,
      bareBundlePath,
      policy,
      pg,
      childEnv,
      log,
    };

    const attempt = async (name: string, fn: () => Promise<void>): Promise<void> => {
      if (interrupted) return;
      try {
        await fn();
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        errors.push({ benchmark: name, message });
        process.stderr.write(`[bench] ${name} failed: ${err instanceof Error ? (err.stack ?? message) : message}\n`);
      }
    };

    try {
      if (s.only.has(1))
        await attempt('1', async () => {
          results.intake = await benchIntake(ctx, {
            n: s.intake,
            concurrency: s.concurrency,
            rounds: s.rounds,
            warmup: s.mode === 'quick' ? 4 : 10,
            variants: s.variants,
          });
        });
      if (s.only.has(2))
        await attempt('2', async () => {
          results.gate = await benchGate(ctx, {
            n: s.decisions,
            concurrency: s.concurrency,
            warmup: s.mode === 'quick' ? 3 : 10,
          });
        });
      let scale: ScaleCounts | null = null;
      if (s.only.has(3) || s.only.has(5) || s.only.has(6))
        await attempt('3/5/6 data', async () => {
          log(
            `\nLoading ${s.scaleProjects.toLocaleString('en-US')} projects and ${s.scaleEvents.toLocaleString('en-US')} audit events (valid hash chains) into ${scaleDbName} with COPY…`,
          );
          await ensureDatabase(scaleDbUrl, OWNER_ROLE);
          if (!s.keep) teardown.add(`drop ${scaleDbName}`, () => dropDatabase(scaleDbUrl));
          await runMigrations({ url: scaleDbUrl, role: OWNER_ROLE });
          scale = await loadScaleData(scaleDbUrl, s.scaleProjects, s.scaleEvents, policy);
          log(
            `  loaded ${scale.projects.toLocaleString('en-US')} projects (${scale.routed.toLocaleString('en-US')} with a quick-scan), ${scale.tasks.toLocaleString('en-US')} tasks, ${scale.auditEvents.toLocaleString('en-US')} audit events in ${scale.seconds} s (VACUUM ANALYZE included)`,
          );
        });
      const loaded = scale as ScaleCounts | null;
      if (s.only.has(3) && loaded)
        await attempt('3', async () => {
          results.monitoring = await benchMonitoring(ctx, {
            url: scaleDbUrl,
            data: {
              projects: loaded.projects,
              tasks: loaded.tasks,
              auditEvents: loaded.auditEvents,
              loadSeconds: loaded.seconds,
            },
            samples: s.samples,
            budgetMs: s.budgetMs,
            department: SCALE_DEPARTMENTS[1] ?? 'Veiligheid',
          });
        });
      if (s.only.has(5) && loaded)
        await attempt('5', async () => {
          results.auditVerify = await benchAuditVerify(ctx, { url: scaleDbUrl, profile: s.profile });
        });
      if (s.only.has(6) && loaded)
        await attempt('6', async () => {
          results.whatIf = await benchWhatIf(ctx, {
            url: scaleDbUrl,
            projects: loaded.projects,
            routed: loaded.routed,
          });
        });
      if (s.only.has(4))
        await attempt('4', async () => {
          results.openProjects = await benchOpenProjects(ctx, {
            counts: s.open,
            sample: s.sample,
            fireRate: s.fireRate,
            concurrency: 32,
            benchPolicy: writeBenchPolicy(tmpDir),
            workerCache: s.workerCache,
          });
        });
    } finally {
      const full: BenchResults = {
        startedAt: startedAt.toISOString(),
        finishedAt: new Date().toISOString(),
        mode: s.mode,
        temporal: { kind: temporalKind, address: server.address, namespace },
        machine: { ...machine, loadAverageAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
        settings: { ...s, only: [...s.only] },
        ...results,
        errors,
      };
      const files = writeResults(join(ROOT, 'bench', 'results'), full);
      log(`\nResults: ${files.md}\n         ${files.json}`);
      if (s.profile)
        log(`CPU profiles of API and worker (one file per thread): ${join(tmpDir, 'profiles')} (kept with --keep)`);
    }
    if (errors.length > 0) process.exitCode = 1;
  } finally {
    await teardown.run();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`[bench] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
