import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { latestCheckpointTime, loadCheckpointKeys, writeCheckpoint } from '@waardenpoort/persistence';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { eventually, openDatabase, ownDatabase, startApi, testConfig } from './support/harness';
import { answer } from './support/answers';
import { kill, spawnWorker } from './support/processes';
import { PEOPLE, ProjectApi } from './support/project-api';
import { dashboardQueries, exposedNames, metricNames, readRules } from './support/promql';

const METRICS_TOKEN = 'metrics-token-for-the-alert-suite';
const POLICY = 'policy/fixtures/test-policy.v1.yaml';
/** Names no application exposes: Prometheus makes `up` for every target it scrapes. */
const PROMETHEUS_OWN = ['up'];

/** A port nothing listens on (taken and given back), or one for a server to bind. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The alert rules and the dashboard read only metrics that exist: the names in their PromQL are compared with what
 * a running API (/metrics) and worker (the Temporal SDK's endpoint at WORKER_METRICS_ADDRESS) really expose. The
 * worker is the production entry point in a process of its own, with the situations behind the alerts made real:
 * mail to an SMTP port nothing listens on, an activity PostgreSQL refuses (a constraint on the suite's own
 * database), an escalation left open, audit events without a checkpoint.
 */
describe('the metrics behind the alerts and the dashboard', () => {
  let config: AppConfig;
  let db: DataSource;
  let app: INestApplication;
  let api: ProjectApi;
  let worker: ChildProcess | undefined;
  let workerMetricsUrl: string;
  let checkpointDir: string;
  let dropOwn: (() => Promise<void>) | undefined;
  const department = `Alerts ${randomUUID().slice(0, 6)}`;

  const scrapeApi = async (on: INestApplication = app): Promise<string> =>
    (await request(on.getHttpServer()).get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200))
      .text;
  const value = (text: string, series: string): number => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line ? Number(line.split(' ').pop()) : NaN;
  };

  beforeAll(async () => {
    const own = await ownDatabase('alerts');
    dropOwn = own.drop;
    checkpointDir = mkdtempSync(join(tmpdir(), 'waardenpoort-alert-checkpoints-'));
    config = testConfig({ DATABASE_URL: own.url, METRICS_TOKEN, AUDIT_CHECKPOINT_DIR: checkpointDir });
    db = await openDatabase(config);
    const metricsPort = await freePort();
    workerMetricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    worker = spawnWorker(config, POLICY, {
      WORKER_METRICS_ADDRESS: `127.0.0.1:${metricsPort}`,
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(await freePort()),
      MAIL_MAX_ATTEMPTS: '1',
      MAIL_POLL_MS: '200',
      // The suite writes the checkpoint itself, when it wants one.
      AUDIT_CHECKPOINT_INTERVAL_MS: '3600000',
    });
    app = await startApi(config);
    api = new ProjectApi(app);
  });

  afterAll(async () => {
    await app?.close();
    if (worker) await kill(worker, 'SIGTERM');
    await db?.destroy();
    await dropOwn?.();
    if (checkpointDir) rmSync(checkpointDir, { recursive: true, force: true });
  });

  it('exposes every metric the alert rules and the dashboard read, and the new figures with real values', async () => {
    // A project through its quick-scan to a decision (lead times, decisions), an escalation left open, and a project
    // whose next step PostgreSQL refuses (as test/needs-attention does).
    const decided = await api.register(department, 'Besloten');
    // No register on its route: the decision is its last step.
    // The worker is a process of its own: the gate opens once it has run the workflow's first task.
    await eventually(
      async () => {
        const [row] = await db.query(`SELECT count(*)::int AS n FROM task WHERE project_id = $1 AND status = 'open'`, [
          decided,
        ]);
        return row.n > 0 ? true : undefined;
      },
      30_000,
      'the quick-scan task',
    );
    expect((await api.post(decided, 'quick-scan', PEOPLE.owner, { answers: answer({}) })).status).toBe(200);
    const decision = await api.post(decided, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Laag risico, geen persoonsgegevens.',
      adviceResponses: [],
    });
    expect(decision.status).toBe(200);
    const waiting = await api.register(department, 'Wacht op de quickscan');
    const poisoned = await api.register(department, 'Giftige pauze');
    await db.query(
      `ALTER TABLE audit_event ADD CONSTRAINT alert_test_poison CHECK (payload->>'reason' IS DISTINCT FROM 'GIFTIG') NOT VALID`,
    );
    expect((await api.post(poisoned, 'hold', PEOPLE.owner, { reason: 'GIFTIG' })).status).toBe(200);
    await eventually(async () => ((await api.get(poisoned)).attention ? true : undefined), 30_000, 'attention');
    await eventually(
      async () => {
        const [row] = await db.query(
          `SELECT count(*)::int AS n FROM task WHERE project_id = $1 AND status = 'open' AND escalation_level > 0`,
          [waiting],
        );
        return row.n > 0 ? true : undefined;
      },
      30_000,
      'an escalation',
    );
    // The owner's task mail goes to a port nothing listens on: one attempt, failed.
    await eventually(
      async () => {
        const [row] = await db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE status = 'failed'`);
        return row.n > 0 ? true : undefined;
      },
      30_000,
      'a failed mail',
    );

    // The worker's endpoint: wait until every Temporal SDK name the rules and the dashboard use has been recorded
    // at least once (a counter or histogram appears with its first observation).
    const used = new Map<string, string[]>();
    const use = (name: string, where: string): void => void used.set(name, [...(used.get(name) ?? []), where]);
    const rules = readRules();
    const recorded = new Set(rules.groups.flatMap((g) => g.rules.flatMap((r) => (r.record ? [r.record] : []))));
    for (const rule of rules.groups.flatMap((g) => g.rules)) {
      for (const name of metricNames(rule.expr)) use(name, `rule ${rule.alert ?? rule.record}`);
    }
    for (const q of dashboardQueries()) for (const name of metricNames(q.expr)) use(name, `panel "${q.panel}"`);
    const temporalNames = [...used.keys()].filter((n) => n.startsWith('temporal_'));
    let workerText = '';
    await eventually(
      async () => {
        workerText = await (await fetch(workerMetricsUrl)).text();
        const names = exposedNames(workerText);
        return temporalNames.every((n) => names.has(n)) ? true : undefined;
      },
      60_000,
      'the Temporal SDK metrics',
    ).catch(() => undefined); // the comparison below names what is missing
    await eventually(async () => {
      const [row] = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'decision-taken'`);
      return row.n > 0 ? true : undefined;
    });
    const apiText = await scrapeApi();

    const exposed = new Set([...exposedNames(apiText), ...exposedNames(workerText), ...recorded, ...PROMETHEUS_OWN]);
    const unknown = [...used].filter(([name]) => !exposed.has(name)).map(([name, where]) => `${name} (${where[0]})`);
    expect(unknown).toEqual([]);
    // Each side is really there: a worker metric from the worker's endpoint, the pipeline's from the API.
    expect(exposedNames(workerText).has('temporal_num_pollers')).toBe(true);
    expect(workerText).toMatch(/^temporal_local_activity_execution_failed_total\{.*activity_type="publishTransition"/m);

    // The figures added for the alerts, with the values this suite made.
    expect(value(apiText, 'waardenpoort_projects_needing_attention{activity="publishTransition"}')).toBe(1);
    expect(value(apiText, 'waardenpoort_oldest_open_escalation_seconds{gate="quick-scan"}')).toBeGreaterThan(0);
    expect(value(apiText, 'waardenpoort_mail_deliveries{status="failed"}')).toBeGreaterThanOrEqual(1);
    expect(value(apiText, 'waardenpoort_mail_deliveries_retrying')).toBe(0);
    expect(value(apiText, 'waardenpoort_webhook_deliveries{status="failed"}')).toBe(0);
    expect(value(apiText, 'waardenpoort_webhook_deliveries_retrying')).toBe(0);
  });

  it('tells how long audit events have waited for a checkpoint, and when the newest was made', async () => {
    // No checkpoint yet: time 0, and the wait counts from the suite's first event.
    const [{ first }] = await db.query(`SELECT min(recorded_at) AS first FROM audit_event`);
    const before = await scrapeApi();
    expect(value(before, 'waardenpoort_audit_checkpoint_timestamp_seconds')).toBe(0);
    const waited = value(before, 'waardenpoort_audit_checkpoint_lag_seconds');
    expect(waited).toBeGreaterThan(0);
    expect(waited).toBeLessThanOrEqual((Date.now() - (first as Date).getTime()) / 1000 + 1);

    // A checkpoint as the worker writes it; a new API instance (the trail's figures are read at most once a minute).
    const checkpoint = await writeCheckpoint({
      dataSource: db,
      dir: checkpointDir,
      keys: loadCheckpointKeys(config.auditWitness, true),
    });
    expect(checkpoint).not.toBeNull();
    const madeAt = new Date(checkpoint?.createdAt ?? 0);
    expect(latestCheckpointTime(checkpointDir)).toEqual(madeAt);
    const fresh = await startApi(config);
    try {
      const after = await scrapeApi(fresh);
      expect(value(after, 'waardenpoort_audit_checkpoint_timestamp_seconds')).toBe(madeAt.getTime() / 1000);
      // Only what came after the checkpoint waits (the open escalation's workflow goes on writing).
      expect(value(after, 'waardenpoort_audit_checkpoint_lag_seconds')).toBeLessThanOrEqual(
        (Date.now() - madeAt.getTime()) / 1000 + 1,
      );
    } finally {
      await fresh.close();
    }
  });
});
