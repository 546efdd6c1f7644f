import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { ROLES } from '@waardenpoort/domain';
import {
  APP_ROLE,
  AuditRepository,
  ensureDatabase,
  ensureRoles,
  OWNER_ROLE,
  runMigrations,
  urlForLogin,
} from '@waardenpoort/persistence';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { temporalScript, type DevServer } from './setup/test-run';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { digestHourAwayFromNow, eventually, openDatabase, startApi, testConfig } from './support/harness';
import { kill, spawnWorker, TestCluster } from './support/processes';
import { DPIA_BODY, PEOPLE, ProjectApi } from './support/project-api';
import { SmtpRecorder } from './support/smtp-recorder';

const POLICY = 'policy/waardenpoort-policy.v1.yaml';
const N = Number(process.env.CHAOS_PROJECTS ?? 40);

/**
 * Projects in flight through several gates while the parts fail underneath them: the worker is SIGKILLed, the
 * Temporal server restarts (its SQLite file keeps the state), and the PostgreSQL server stops and starts. Afterwards
 * every project is where its path leads, no audit event is missing or doubled, every chain verifies, and no mail is
 * lost or sent twice (but for the one copy SMTP's at-least-once allows, see the last assertions).
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
  let smtp: SmtpRecorder;
  /** The worker's mail settings: every notification goes out through the recorder, retried quickly. */
  let mailEnv: Record<string, string>;
  const department = `Chaos ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    const script = temporalScript();
    cluster = new TestCluster(await script.freePort());
    cluster.init();
    cluster.start();
    const url = cluster.url('waardenpoort');
    await ensureRoles(url);
    await ensureDatabase(url, OWNER_ROLE);
    await runMigrations({ url, role: OWNER_ROLE });
    temporalFile = join(cluster.dir, 'temporal.sqlite');
    temporal = await script.startDevServer({
      address: `127.0.0.1:${await script.freePort()}`,
      headless: true,
      dbFile: temporalFile,
      logLevel: 'error',
    });
    config = testConfig({
      DATABASE_URL: urlForLogin(url, APP_ROLE),
      TEMPORAL_ADDRESS: temporal.address,
      POLICY_FILE: POLICY,
    });
    db = await openDatabase(config);
    smtp = await SmtpRecorder.start();
    mailEnv = {
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      // A mailbox for every role a notification can go to, so each one is delivered (none waits for a person).
      ROLE_MAILBOXES: ROLES.map((role) => `${role}=${role}@enschede.example`).join(','),
      MAIL_POLL_MS: '100',
      MAIL_RETRY_BASE_MS: '300',
      MAIL_MAX_ATTEMPTS: '8',
      // The digest hour furthest from now: no daily digest run while the test looks.
      DIGEST_HOUR: digestHourAwayFromNow(),
    };
    worker = spawnWorker(config, POLICY, mailEnv);
    app = await startApi(config);
    api = new ProjectApi(app);
  }, 180_000);

  afterAll(async () => {
    if (worker) await kill(worker);
    await app?.close();
    await db?.destroy().catch(() => undefined);
    await temporal?.stop();
    await smtp?.close();
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

  it(
    'brings every project to its expected state, with whole and single audit trails',
    async () => {
      const ids = await registerAll();
      const high = new Set(ids.filter((_, i) => i % 2 === 0));

      // Burst 1: quick-scans, with the worker SIGKILLed in the middle and started again.
      const scans = ids.map((id) =>
        act(id, 'quick-scan', PEOPLE.owner, { answers: high.has(id) ? HIGH_RISK : LOW_RISK }),
      );
      await new Promise((r) => setTimeout(r, 300));
      await kill(worker);
      await new Promise((r) => setTimeout(r, 1500));
      worker = spawnWorker(config, POLICY, mailEnv);
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
          : act(id, 'decision', PEOPLE.alderman, {
              outcome: 'approved',
              rationale: 'Laag risico.',
              adviceResponses: [],
            }),
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
      worker = spawnWorker(config, POLICY, mailEnv);
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
          expect(api.gate(project, 'commission-reflection')).toMatchObject({
            state: 'active',
            step: 'schedule-meeting',
          });
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

      // Mail: wait until the outbox has nothing left to send, then hold what SMTP received against the deliveries.
      await eventually(
        async () => {
          const [open] = await db.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM notification_outbox o
            WHERE o.project_id = ANY($1::uuid[]) AND o.status IN ('pending', 'sending')`,
            [ids],
          );
          return open?.n === 0 ? true : undefined;
        },
        120_000,
        'the outbox to be delivered',
      );
      const deliveries = await db.query<Array<{ messageId: string; status: string; attempts: number }>>(
        `SELECT d.message_id AS "messageId", d.status, d.attempts
         FROM notification_delivery d JOIN notification_outbox o ON o.id = d.notification_id
        WHERE o.project_id = ANY($1::uuid[])`,
        [ids],
      );
      const received = new Map<string, number>();
      for (const m of smtp.accepted) received.set(m.messageId, (received.get(m.messageId) ?? 0) + 1);
      // Every project's case owner got the quick-scan's task mail: the mail path ran through all of it.
      for (const id of ids) {
        expect(
          smtp
            .forProject(id)
            .some((m) => m.kind === 'task-opened' && m.rcpt === `${PEOPLE.owner.sub}@enschede.example`),
        ).toBe(true);
      }
      // Nothing recorded as sent is missing at the SMTP server, and nothing arrived that no delivery stands for.
      const sent = deliveries.filter((d) => d.status === 'sent');
      expect(sent.filter((d) => !received.has(d.messageId))).toEqual([]);
      const known = new Set(deliveries.map((d) => d.messageId));
      expect([...received.keys()].filter((messageId) => !known.has(messageId))).toEqual([]);
      // Sent twice only where an attempt's outcome was lost (the worker killed between SMTP's accept and the record):
      // that delivery was started again (attempts > 1), and the copy carries the same Message-ID, by which a receiver
      // can recognise it. A delivery started once reached SMTP at most once.
      const copies = deliveries
        .map((d) => ({ ...d, received: received.get(d.messageId) ?? 0 }))
        .filter((d) => d.received > 1);
      expect(copies.filter((d) => d.attempts < d.received)).toEqual([]);
      expect(deliveries.filter((d) => d.status !== 'sent')).toEqual([]);
    },
    Math.max(240_000, N * 3_000),
  );
});
