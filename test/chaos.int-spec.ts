import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { AuditRepository, ensureDatabase, runMigrations } from '@waardenpoort/persistence';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { temporalScript, type DevServer } from './setup/test-run';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { eventually, openDatabase, startApi, testConfig } from './support/harness';
import { kill, spawnWorker, TestCluster } from './support/processes';
import { DPIA_BODY, PEOPLE, ProjectApi } from './support/project-api';

const POLICY = 'policy/waardenpoort-policy.v1.yaml';
const N = Number(process.env.CHAOS_PROJECTS ?? 40);

/**
 * Projects in flight through several gates while the parts fail underneath them: the worker is SIGKILLed, the
 * Temporal server restarts (its SQLite file keeps the state), and the PostgreSQL server stops and starts. Afterwards
 * every project is where its path leads, no audit event is missing or doubled, and every chain verifies.
 * `npm run test:chaos` runs it with 200 projects.
 */
describe(`chaos: ${N} projects while worker, Temporal and PostgreSQL fail`, () => {
  let cluster: TestCluster;
  let temporal: DevServer;
  let temporalFile: string;
  let config: AppConfig;
  let app: INestApplication;
  let worker: ChildProcess;
  let db: DataSource;
  let api: ProjectApi;
  const department = `Chaos ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    const script = temporalScript();
    cluster = new TestCluster(await script.freePort());
    cluster.init();
    cluster.start();
    const url = cluster.url('waardenpoort');
    await ensureDatabase(url);
    await runMigrations({ url });
    temporalFile = join(cluster.dir, 'temporal.sqlite');
    temporal = await script.startDevServer({
      address: `127.0.0.1:${await script.freePort()}`,
      headless: true,
      dbFile: temporalFile,
      logLevel: 'error',
    });
    config = testConfig({ DATABASE_URL: url, TEMPORAL_ADDRESS: temporal.address, POLICY_FILE: POLICY });
    db = await openDatabase(config);
    worker = spawnWorker(config, POLICY);
    app = await startApi(config);
    api = new ProjectApi(app);
  }, 180_000);

  afterAll(async () => {
    if (worker) await kill(worker);
    await app?.close();
    await db?.destroy().catch(() => undefined);
    await temporal?.stop();
    try {
      cluster?.stop('immediate');
    } catch {
      // already stopped
    }
  });

  /** An action as a careful client sends it: retried on 503 until it is recorded or refused as already done. */
  async function act(
    id: string,
    path: string,
    by: (typeof PEOPLE)[keyof typeof PEOPLE],
    body: object,
  ): Promise<number> {
    for (let attempt = 0; ; attempt += 1) {
      let status: number;
      try {
        status = (await api.post(id, path, by, body)).status;
      } catch {
        status = 503; // the socket died with the API's database connection
      }
      if (status !== 503 && status !== 500) return status;
      if (attempt > 60) throw new Error(`${path} on ${id} kept failing`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async function registerAll(): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < N; i += 1) ids.push(await api.register(department, `Chaosproject ${i + 1}`));
    return ids;
  }

  it('brings every project to its expected state, with whole and single audit trails', async () => {
    const ids = await registerAll();
    const high = new Set(ids.filter((_, i) => i % 2 === 0));

    // Burst 1: quick-scans, with the worker SIGKILLed in the middle and started again.
    const scans = ids.map((id) =>
      act(id, 'quick-scan', PEOPLE.owner, { answers: high.has(id) ? HIGH_RISK : LOW_RISK }),
    );
    await new Promise((r) => setTimeout(r, 300));
    await kill(worker);
    await new Promise((r) => setTimeout(r, 1500));
    worker = spawnWorker(config, POLICY);
    expect((await Promise.all(scans)).every((s) => s === 200 || s === 409)).toBe(true);

    // Temporal restarts between bursts; its SQLite file keeps every workflow.
    await temporal.stop();
    temporal = await temporalScript().startDevServer({
      address: temporal.address,
      headless: true,
      dbFile: temporalFile,
      logLevel: 'error',
    });

    // Burst 2: DPIAs and decisions, with PostgreSQL stopped and started in the middle.
    const burst2 = ids.map((id) =>
      high.has(id)
        ? act(id, 'dpia', PEOPLE.owner, DPIA_BODY)
        : act(id, 'decision', PEOPLE.alderman, { outcome: 'approved', rationale: 'Laag risico.', adviceResponses: [] }),
    );
    await new Promise((r) => setTimeout(r, 300));
    cluster.stop('fast');
    await new Promise((r) => setTimeout(r, 2000));
    cluster.start();
    expect((await Promise.all(burst2)).every((s) => s === 200 || s === 409)).toBe(true);

    // Burst 3: DPO advice on the high-risk projects, with the worker killed once more.
    const burst3 = ids
      .filter((id) => high.has(id))
      .map((id) =>
        act(id, 'dpia/advice', PEOPLE.dpo, {
          advice: 'positive',
          summary: 'Akkoord.',
          priorConsultationRequired: false,
        }),
      );
    await new Promise((r) => setTimeout(r, 200));
    await kill(worker);
    worker = spawnWorker(config, POLICY);
    expect((await Promise.all(burst3)).every((s) => s === 200 || s === 409)).toBe(true);

    for (const id of ids) {
      const project = await eventually(
        async () => {
          const p = await api.get(id);
          const done = high.has(id) ? p.currentGate === 'commission-reflection' : p.status === 'in-use';
          return done ? p : undefined;
        },
        120_000,
        `project ${id} to reach its state`,
      );
      if (high.has(id)) {
        expect(api.gate(project, 'commission-reflection')).toMatchObject({ state: 'active', step: 'schedule-meeting' });
        expect(api.gate(project, 'dpia').state).toBe('completed');
      } else {
        expect(project.status).toBe('in-use');
        expect(project.decision).toMatchObject({ outcome: 'approved' });
      }
      // Each step happened exactly once in the trail, whatever was retried underneath.
      const actions: Array<{ action: string; n: number }> = await db.query(
        `SELECT action, count(*)::int AS n FROM audit_event WHERE project_id = $1 AND action <> 'action-refused'
         GROUP BY action`,
        [id],
      );
      const count = Object.fromEntries(actions.map((a) => [a.action, a.n]));
      expect(count['registered']).toBe(1);
      expect(count['quick-scan-submitted']).toBe(1);
      if (high.has(id)) {
        expect([count['dpia-submitted'], count['dpo-advice-given']]).toEqual([1, 1]);
      } else {
        expect(count['decision-taken']).toBe(1);
      }
    }
    const verification = await new AuditRepository(db).verify();
    expect(verification).toMatchObject({ ok: true });
    const doubled = await db.query(`SELECT id FROM notification_outbox GROUP BY id HAVING count(*) > 1`);
    expect(doubled).toEqual([]);
  });
});
