import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { ProjectEntity, ProjectReadModelRepository, TaskEntity } from '@waardenpoort/persistence';
import { CurrentGateKey, NextDeadlineKey } from '@waardenpoort/contracts';
import {
  eventually,
  openDatabase,
  startApi,
  startTestWorker,
  temporalClient,
  testConfig,
  token,
} from './support/harness';

/** Intake end to end: HTTP → PostgreSQL → Temporal workflow → worker → read model, all real. */
describe('project intake', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let temporal: Client;
  let ownerToken: string;

  const department = `Stadsontwikkeling ${randomUUID().slice(0, 6)}`;
  const body = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    title: 'Slimme lantaarnpalen Oude Markt',
    summary: 'Lantaarnpalen die met sensoren drukte meten en het licht daarop aanpassen.',
    department,
    technologies: ['sensor', 'algorithm'],
    plannedStart: '2027-04-01',
    ...overrides,
  });

  beforeAll(async () => {
    // The real policy's deadlines (working days), so nothing fires while these tests look at the first snapshot.
    config = testConfig({ POLICY_FILE: 'policy/waardenpoort-policy.v1.yaml' });
    db = await openDatabase(config);
    temporal = await temporalClient(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    ownerToken = await token({ sub: 'anna.jansen', roles: ['case-owner'], name: 'Anna Jansen' });
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await temporal?.connection.close();
    await db?.destroy();
  });

  const post = (payload: unknown, headers: Record<string, string> = {}): request.Test =>
    request(app.getHttpServer())
      .post('/api/v1/projects')
      .set('Authorization', `Bearer ${ownerToken}`)
      .set(headers)
      .send(payload as object);

  const projectCount = async (): Promise<number> =>
    Number((await db.query(`SELECT count(*)::int AS n FROM project`))[0].n);

  it('registers a project: row, running workflow with search attributes, and a quick-scan task for the owner', async () => {
    const res = await post(body()).expect(201);
    const project = res.body;
    expect(project.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.location).toBe(`/api/v1/projects/${project.id}`);
    expect(project.workflowId).toBe(`project-${project.id}`);
    expect(project.status).toBe('active');
    expect(project.currentGate).toBe('quick-scan');
    expect(project.caseOwner).toEqual({ sub: 'anna.jansen', name: 'Anna Jansen' });
    expect(project.openTasks).toHaveLength(1);
    const task = project.openTasks[0];
    expect(task).toMatchObject({
      gate: 'quick-scan',
      assigneeRole: 'case-owner',
      assigneeSub: 'anna.jansen',
      overdue: false,
    });
    expect(task.label.nl).toBe('Ethische quickscan');
    // The real policy: ten working days, ending at the end of a working day in Enschede.
    const due = Date.parse(task.dueAt) - Date.parse(task.openedAt);
    // Ten working days span at least 11 and at most about 23 calendar days (weekends, Christmas and New Year).
    expect(due).toBeGreaterThanOrEqual(11 * 24 * 3600 * 1000);
    expect(due).toBeLessThan(24 * 24 * 3600 * 1000);
    const weekday = new Date(task.dueAt).toLocaleDateString('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'long' });
    expect(['Saturday', 'Sunday']).not.toContain(weekday);
    expect(new Date(task.dueAt).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam' })).toBe('23:59:59');

    const quickScan = project.gates.find((g: { gate: string }) => g.gate === 'quick-scan');
    expect(quickScan).toMatchObject({ state: 'active', assigneeRole: 'case-owner', dueAt: task.dueAt });
    expect(project.gates.map((g: { gate: string }) => g.gate)).toEqual([
      'quick-scan',
      'dpia',
      'commission-reflection',
      'portfolio-decision',
      'publication',
      'council-information',
    ]);

    const handle = temporal.workflow.getHandle(project.workflowId);
    const description = await handle.describe();
    expect(description.status.name).toBe('RUNNING');
    expect(description.taskQueue).toBe(config.temporal.taskQueue);
    // The input names the policy version it runs under; the document itself (60 KB) stays in PostgreSQL, and the
    // worker read it from there (the snapshot below has run under it).
    const history = await handle.fetchHistory();
    const [input] = history.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads ?? [];
    const policyId = (await db.query(`SELECT policy_id FROM project WHERE id = $1`, [project.id]))[0].policy_id;
    expect(Buffer.from(input?.metadata?.encoding ?? []).toString()).toBe('json/plain');
    expect(Buffer.from(input?.metadata?.['waardenpoort-policy'] ?? []).toString()).toBe(`${policyId}@1`);
    expect(input?.metadata?.['waardenpoort-policy-document']).toBeUndefined();
    expect(input?.data?.length).toBeLessThan(2_000);
    expect(JSON.parse(Buffer.from(input?.data ?? []).toString()).policy).toEqual({
      $waardenpoortPolicy: policyId,
      version: 1,
    });

    // The start carries every search attribute, the quick-scan's deadline included (the API plans it with the
    // worker's calendar), so the workflow upserts nothing at intake: an upsert is a history event and a visibility
    // write for Temporal.
    expect(description.typedSearchAttributes.get(NextDeadlineKey)?.toISOString()).toBe(task.dueAt);
    expect(description.typedSearchAttributes.get(CurrentGateKey)).toBe('quick-scan');
    const types = (history.events ?? []).map((e) => proto.api.enums.v1.EventType[e.eventType ?? 0]);
    // planTask and the first publish ran, as local activities in the first workflow task (issue 21): their markers.
    const localActivities = (history.events ?? []).filter(
      (e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity',
    );
    expect(localActivities.length).toBeGreaterThanOrEqual(2);
    expect(types).not.toContain('EVENT_TYPE_ACTIVITY_TASK_SCHEDULED');
    expect(types).not.toContain('EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES');

    // The answer's one-round-trip read gives exactly the entities TypeORM's own reads give.
    const readModel = new ProjectReadModelRepository(db);
    const one = await readModel.findWithOpenTasks(project.id);
    expect(one).toEqual({
      project: await db.getRepository(ProjectEntity).findOneBy({ id: project.id }),
      openTasks: await db
        .getRepository(TaskEntity)
        .find({ where: { projectId: project.id, status: 'open' }, order: { dueAt: 'ASC' } }),
    });
    expect(one?.openTasks).toHaveLength(1);
    expect(one?.openTasks[0]?.dueAt).toBeInstanceOf(Date);

    const rows = await db.query(`SELECT status, current_gate, state_version FROM project WHERE id = $1`, [project.id]);
    expect(rows).toEqual([{ status: 'active', current_gate: 'quick-scan', state_version: 1 }]);
    const policyRow = await db.query(`SELECT policy_id, policy_version FROM project WHERE id = $1`, [project.id]);
    expect(policyRow[0].policy_version).toBe(1);
    const tasks = await db.query(`SELECT id, gate, status, assignee_role FROM task WHERE project_id = $1`, [
      project.id,
    ]);
    expect(tasks).toEqual([
      {
        id: `${project.id}:quick-scan:1:answer-quick-scan`,
        gate: 'quick-scan',
        status: 'open',
        assignee_role: 'case-owner',
      },
    ]);

    // Visibility is eventually consistent; the same question through Temporal's list query finds the project.
    const found = await eventually(
      async () => {
        const ids: string[] = [];
        for await (const wf of temporal.workflow.list({
          query: `ProjectStatus = "active" AND CurrentGate = "quick-scan" AND Department = "${department}"`,
        })) {
          ids.push(wf.workflowId);
        }
        return ids.includes(project.workflowId) ? ids : undefined;
      },
      20_000,
      'the workflow to show in a visibility query',
    );
    expect(found).toContain(project.workflowId);

    const fetched = await request(app.getHttpServer())
      .get(`/api/v1/projects/${project.id}`)
      .set('Authorization', `Bearer ${ownerToken}`)
      .expect(200);
    expect(fetched.body).toMatchObject({ id: project.id, currentGate: 'quick-scan', status: 'active' });
  });

  it('answers after the wait with the registered row when no worker publishes; the workflow completes it later', async () => {
    // An API on a task queue no worker polls (yet): the start succeeds, the first publish does not come.
    const lonely = testConfig({ POLICY_FILE: 'policy/waardenpoort-policy.v1.yaml' });
    const lonelyApp = await startApi(lonely);
    let lateWorker: RunningWorker | undefined;
    try {
      const started = Date.now();
      const res = await request(lonelyApp.getHttpServer())
        .post('/api/v1/projects')
        .set('Authorization', `Bearer ${ownerToken}`)
        .send(body({ title: 'Registratie zonder worker' }))
        .expect(201);
      expect(Date.now() - started).toBeGreaterThanOrEqual(4_500); // the API waited for the first task
      expect(res.body).toMatchObject({ title: 'Registratie zonder worker', status: 'active', openTasks: [] });
      const row = async (): Promise<Array<{ state_version: number; tasks: number }>> =>
        db.query(
          `SELECT state_version, (SELECT count(*)::int FROM task t WHERE t.project_id = p.id) AS tasks
             FROM project p WHERE id = $1`,
          [res.body.id],
        );
      expect(await row()).toEqual([{ state_version: 0, tasks: 0 }]); // the API wrote the registered row
      // What the waiter reads: a project is ready once it has an open task (or is no longer active).
      const readModel = new ProjectReadModelRepository(db);
      const readyIds = async (): Promise<string[]> => [
        ...(await readModel.findManyWithOpenTasks([res.body.id, randomUUID()], { readyOnly: true })).keys(),
      ];
      expect(await readyIds()).toEqual([]);
      expect([...(await readModel.findManyWithOpenTasks([res.body.id])).keys()]).toEqual([res.body.id]);
      const listed = await request(lonelyApp.getHttpServer())
        .get(`/api/v1/projects/${res.body.id}`)
        .set('Authorization', `Bearer ${ownerToken}`)
        .expect(200);
      expect(listed.body.id).toBe(res.body.id);

      lateWorker = await startTestWorker(lonely);
      const done = await eventually(
        async () => {
          const [r] = await row();
          return r && r.state_version >= 1 ? r : undefined;
        },
        30_000,
        'the late worker to publish the first snapshot over the registered row',
      );
      expect(done).toEqual({ state_version: 1, tasks: 1 });
      expect(await readyIds()).toEqual([res.body.id]);
    } finally {
      await lonelyApp.close();
      await lateWorker?.shutdown();
    }
  });

  it('returns the same project for a retried request with the same Idempotency-Key, also when retries race', async () => {
    const key = `intake-${randomUUID()}`;
    const before = await projectCount();
    const first = await post(body({ title: 'Idempotente registratie' }), { 'Idempotency-Key': key }).expect(201);
    const retries = await Promise.all(
      [1, 2, 3, 4].map(() => post(body({ title: 'Idempotente registratie' }), { 'Idempotency-Key': key })),
    );
    for (const r of retries) {
      expect(r.status).toBe(201);
      expect(r.body.id).toBe(first.body.id);
      expect(r.headers['idempotent-replayed']).toBe('true');
    }
    expect(await projectCount()).toBe(before + 1);

    const conflict = await post(body({ title: 'Een ander project' }), { 'Idempotency-Key': key }).expect(422);
    expect(conflict.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(conflict.body.type).toMatch(/idempotency-key-reused$/);
    expect(await projectCount()).toBe(before + 1);

    // Another caller's identical key is theirs, not this one's.
    const otherOwner = await token({ sub: 'bram.de.vries', roles: ['case-owner'] });
    const other = await request(app.getHttpServer())
      .post('/api/v1/projects')
      .set('Authorization', `Bearer ${otherOwner}`)
      .set('Idempotency-Key', key)
      .send(body({ title: 'Idempotente registratie' }))
      .expect(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it('answers an invalid body with 400 problem+json naming every wrong field, and writes nothing', async () => {
    const before = await projectCount();
    const res = await post({
      title: '',
      summary: 42,
      technologies: ['camera', 'teleporter'],
      plannedStart: '2027-02-30',
      colour: 'blue',
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, title: 'Validation failed' });
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['colour', 'department', 'plannedStart', 'summary', 'technologies', 'title']);
    expect(await projectCount()).toBe(before);

    const malformed = await request(app.getHttpServer())
      .post('/api/v1/projects')
      .set('Authorization', `Bearer ${ownerToken}`)
      .set('Content-Type', 'application/json')
      .send('{"title": "half')
      .expect(400);
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(malformed.body.detail).toMatch(/not valid JSON/);

    const wrongType = await request(app.getHttpServer())
      .post('/api/v1/projects')
      .set('Authorization', `Bearer ${ownerToken}`)
      .set('Content-Type', 'text/plain')
      .send('title=x')
      .expect(415);
    expect(wrongType.headers['content-type']).toMatch(/^application\/problem\+json/);

    const huge = await post(body({ summary: 'x'.repeat(200_000) })).expect(413);
    expect(huge.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await projectCount()).toBe(before);

    // Nor did any of them start a workflow.
    const started: string[] = [];
    for await (const wf of temporal.workflow.list({
      query: `Department = "${department}" AND ProjectStatus = "active"`,
    })) {
      started.push(wf.workflowId);
    }
    const rows: Array<{ workflow_id: string }> = await db.query(
      `SELECT workflow_id FROM project WHERE department = $1`,
      [department],
    );
    expect(started.every((id) => rows.some((r) => r.workflow_id === id))).toBe(true);
  });

  it('refuses calls without a valid token (401) or without the role (403), as problem+json', async () => {
    const server = app.getHttpServer();
    const none = await request(server).get('/api/v1/projects').expect(401);
    expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(none.headers['www-authenticate']).toMatch(/^Bearer/);

    await request(server).get('/api/v1/projects').set('Authorization', 'Bearer not.a.jwt').expect(401);
    const expired = await token({ sub: 'x', roles: ['case-owner'], expiresIn: '-2m' });
    const res = await request(server).get('/api/v1/projects').set('Authorization', `Bearer ${expired}`).expect(401);
    expect(res.body.detail).toMatch(/expired/);
    const forged = await token({
      sub: 'x',
      roles: ['case-owner'],
      secret: 'another-secret-of-at-least-32-characters!!',
    });
    await request(server).get('/api/v1/projects').set('Authorization', `Bearer ${forged}`).expect(401);

    const auditor = await token({ sub: 'audit', roles: ['auditor'] });
    const before = await projectCount();
    const forbidden = await request(server)
      .post('/api/v1/projects')
      .set('Authorization', `Bearer ${auditor}`)
      .send(body())
      .expect(403);
    expect(forbidden.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await projectCount()).toBe(before);
    await request(server).get('/api/v1/projects').set('Authorization', `Bearer ${auditor}`).expect(200);
  });

  it('lists projects with paging and filters, and answers 404/400 for unknown or malformed ids', async () => {
    const server = app.getHttpServer();
    const auth = { Authorization: `Bearer ${ownerToken}` };
    const page = await request(server)
      .get('/api/v1/projects')
      .query({ department, status: 'active', currentGate: 'quick-scan', pageSize: 2, page: 1 })
      .set(auth)
      .expect(200);
    expect(page.body.items.length).toBeLessThanOrEqual(2);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    for (const p of page.body.items)
      expect(p).toMatchObject({ department, status: 'active', currentGate: 'quick-scan' });
    const second = await request(server)
      .get('/api/v1/projects')
      .query({ department, pageSize: 2, page: 2 })
      .set(auth)
      .expect(200);
    const firstIds = page.body.items.map((p: { id: string }) => p.id);
    for (const p of second.body.items) expect(firstIds).not.toContain(p.id);

    const none = await request(server)
      .get('/api/v1/projects')
      .query({ currentGate: 'dpia', department })
      .set(auth)
      .expect(200);
    expect(none.body).toMatchObject({ items: [], total: 0 });

    const bad = await request(server)
      .get('/api/v1/projects')
      .query({ status: 'sleeping', pageSize: 0 })
      .set(auth)
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'status']);

    await request(server).get(`/api/v1/projects/${randomUUID()}`).set(auth).expect(404);
    const malformed = await request(server).get('/api/v1/projects/not-a-uuid').set(auth).expect(400);
    expect(malformed.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('reports PostgreSQL, Temporal and the worker in /health, and serves the OpenAPI document', async () => {
    // The details are for the monitoring roles (test/fail-closed.int-spec.ts: anonymous callers get only the status).
    const health = await request(app.getHttpServer())
      .get('/health')
      .set('Authorization', `Bearer ${await token({ sub: 'ops', roles: ['cio-office'] })}`)
      .expect(200);
    expect(health.body.status).toBe('up');
    expect(health.body.checks.postgres.status).toBe('up');
    expect(health.body.checks.temporal.status).toBe('up');
    expect(health.body.checks.worker).toMatchObject({ status: 'up' });
    expect(health.body.checks.worker.pollers).toBeGreaterThanOrEqual(1);

    const doc = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/projects', '/api/v1/projects/{id}', '/health']),
    );
    expect(doc.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
