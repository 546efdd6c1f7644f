import type { INestApplication } from '@nestjs/common';
import { AuditRepository } from '@waardenpoort/persistence';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { eventually, ownDatabase, testConfig } from './support/harness';
import { startTestSystem, type TestSystem } from './support/system';
import { PEOPLE, type ProjectApi } from './support/project-api';

const METRICS_TOKEN = 'metrics-token-for-the-attention-suite';

/**
 * Defence in depth behind the edge: data that passes every validator but that PostgreSQL refuses (here a CHECK
 * constraint the test adds to its own database) must not freeze the project. Before issue 15 the workflow retried
 * its publish activity forever and every later action on the project answered 503.
 */
describe('a write PostgreSQL refuses: the step needs attention, the project goes on', () => {
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let dropOwn: () => Promise<void>;
  let system: TestSystem | undefined;
  const department = `Aandacht ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    // A database of its own (the test adds a constraint to its trail), made as the owner; the API and worker log in
    // as the application's role, the test's own connection as the superuser.
    const own = await ownDatabase('attention');
    dropOwn = own.drop;
    system = await startTestSystem(testConfig({ DATABASE_URL: own.url, METRICS_TOKEN }));
    ({ db, app, api } = system);
  });

  afterAll(async () => {
    await system?.stop();
    await dropOwn?.();
  });

  const http = () => request(app.getHttpServer());
  const actions = async (projectId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_event WHERE project_id = $1 ORDER BY seq`, [projectId])).map(
      (r: { action: string }) => r.action,
    );

  it('marks the step, shows it in monitoring and /metrics, tells the CIO office, and writes it once it can', async () => {
    const id = await api.register(department, 'Giftige pauze');
    await db.query(
      `ALTER TABLE audit_event ADD CONSTRAINT hostile_test_poison CHECK (payload->>'reason' IS DISTINCT FROM 'GIFTIG') NOT VALID`,
    );
    try {
      const started = Date.now();
      const held = await api.post(id, 'hold', PEOPLE.owner, { reason: 'GIFTIG' });
      // The workflow took the action; PostgreSQL refused to record it, at once and for good (SQLSTATE 23514).
      expect(held.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(15_000);

      const attention = await eventually(async () => ((await api.get(id)).attention as unknown) ?? undefined);
      expect(attention).toMatchObject({
        activity: 'publishTransition',
        sqlstate: '23514',
        parkedEventIds: [expect.stringMatching(new RegExp(`^${id}:\\d+$`))],
      });
      expect((await api.get(id)).status).toBe('on-hold'); // the notice carries the newest snapshot

      const cio = await api.as(PEOPLE.cio);
      const report = await http().get('/api/v1/monitoring/pipeline').set('Authorization', cio).expect(200);
      expect(report.body.needsAttention).toEqual([
        expect.objectContaining({ projectId: id, activity: 'publishTransition', sqlstate: '23514' }),
      ]);
      const metrics = await http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
      expect(metrics.text).toMatch(/^waardenpoort_projects_needing_attention\{activity="publishTransition"\} 1$/m);

      const escalations = await db.query(
        `SELECT recipient_role, payload FROM notification_outbox WHERE project_id = $1 AND kind = 'escalation'`,
        [id],
      );
      expect(escalations).toEqual([
        {
          recipient_role: 'cio-office',
          payload: expect.objectContaining({ reason: 'needs-attention', activity: 'publishTransition' }),
        },
      ]);
      expect(await actions(id)).toContain('needs-attention');
      expect(await actions(id)).not.toContain('put-on-hold');

      // The next valid action works, the poison still in place.
      const resumed = await api.post(id, 'resume', PEOPLE.owner, { reason: 'Verder' });
      expect(resumed.status).toBe(200);
      expect(resumed.body.status).toBe('active');
    } finally {
      await db.query(`ALTER TABLE audit_event DROP CONSTRAINT IF EXISTS hostile_test_poison`);
    }

    // The cause lifted: the next action writes what was parked first, the step no longer needs attention, nothing
    // was lost, and every chain still verifies.
    const held = await api.post(id, 'hold', PEOPLE.owner, { reason: 'Nog een pauze' });
    expect(held.status).toBe(200);
    await eventually(async () => ((await api.get(id)).attention === null ? true : undefined));
    const trail = await actions(id);
    expect(trail.filter((a) => a === 'put-on-hold')).toHaveLength(2);
    expect(trail).toEqual(expect.arrayContaining(['resumed', 'needs-attention', 'attention-resolved']));
    const [{ reason }] = await db.query(
      `SELECT payload->>'reason' AS reason FROM audit_event WHERE project_id = $1 AND action = 'put-on-hold' ORDER BY seq LIMIT 1`,
      [id],
    );
    expect(['GIFTIG', 'Nog een pauze']).toContain(reason);
    expect((await new AuditRepository(db).verify()).ok).toBe(true);
    const metrics = await http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(metrics.text).toMatch(/^waardenpoort_projects_needing_attention\{activity="publishTransition"\} 0$/m);
  });
});
