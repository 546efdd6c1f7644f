import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { AuditRepository } from '@waardenpoort/persistence';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { HIGH_RISK, TEST_POLICY_FILE } from './support/answers';
import { eventually, openDatabase, startApi, testConfig } from './support/harness';
import { kill as killed, spawnWorker as spawn } from './support/processes';
import { DPIA_BODY, PEOPLE, ProjectApi } from './support/project-api';

describe('worker killed mid-gate', () => {
  let config: AppConfig;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let worker: ChildProcess | null = null;
  const department = `Crash ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    config = testConfig();
    db = await openDatabase(config);
    app = await startApi(config);
    api = new ProjectApi(app);
  });

  afterAll(async () => {
    if (worker) await killed(worker);
    await app?.close();
    await db?.destroy();
  });

  it('loses nothing and doubles nothing when the worker is SIGKILLed while timers fire', async () => {
    worker = spawn(config, TEST_POLICY_FILE);
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) ids.push(await api.register(department, `Camera's wijk ${i + 1}`));
    for (const id of ids) {
      const res = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
      expect(res.status).toBe(200);
    }
    // The DPIA steps are open: reminders after ~1 s and ~2 s, escalations after ~5 s and ~7 s (test policy).
    await new Promise((r) => setTimeout(r, 1500));
    await killed(worker);
    await new Promise((r) => setTimeout(r, 2500)); // timers come due while no worker runs
    worker = spawn(config, TEST_POLICY_FILE);

    for (const id of ids) {
      const rows = await eventually(
        async () => {
          const r: Array<{ kind: string; recipient_role: string; escalation_level: number }> = await db.query(
            `SELECT kind, recipient_role, escalation_level FROM notification_outbox
             WHERE project_id = $1 AND gate = 'dpia' ORDER BY created_at, escalation_level, id`,
            [id],
          );
          return r.some((x) => x.escalation_level === 2) ? r : undefined;
        },
        60_000,
        `the second DPIA escalation of ${id}`,
      );
      expect(rows.map((r) => `${r.kind}:${r.recipient_role}:${r.escalation_level}`)).toEqual([
        'task-opened:case-owner:0',
        'reminder:case-owner:0',
        'reminder:case-owner:0',
        'escalation:department-head:1',
        'escalation:cio-office:2',
      ]);
      const actions: Array<{ action: string }> = await db.query(
        `SELECT action FROM audit_event WHERE project_id = $1 AND gate = 'dpia' ORDER BY seq`,
        [id],
      );
      expect(actions.filter((a) => a.action === 'escalated')).toHaveLength(2);
      expect(actions.filter((a) => a.action === 'reminder-sent')).toHaveLength(2);
    }
    const verification = await new AuditRepository(db).verify();
    expect(verification.ok).toBe(true);

    // The projects carry on with the new worker.
    const next = await api.post(ids[0], 'dpia', PEOPLE.owner, DPIA_BODY);
    expect(next.status).toBe(200);
    expect(api.gate(next.body, 'dpia')).toMatchObject({ step: 'dpo-advice' });
  });
});
