import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { openDatabase, startApi, startTestWorker, temporalClient, testConfig } from './support/harness';
import { PEOPLE, ProjectApi } from './support/project-api';

/**
 * Hostile text at the edge. On the code before issue 15 a NUL in a registration's title answered 500 after 5 s and
 * left a workflow running without a project row; a NUL in a hold reason made the project's workflow retry its
 * publish activity forever, and every later action on the project answered 503.
 */
describe('hostile text never reaches PostgreSQL or freezes a workflow', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  const department = `Vijandig ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    config = testConfig();
    db = await openDatabase(config);
    temporal = await temporalClient(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await temporal?.connection.close();
    await db?.destroy();
  });

  const http = () => request(app.getHttpServer());

  async function workflowsOf(dept: string): Promise<string[]> {
    const ids: string[] = [];
    for await (const wf of temporal.workflow.list({ query: `Department = "${dept}"` })) ids.push(wf.workflowId);
    return ids;
  }

  it('refuses a registration whose title holds a NUL at once (400 naming title), and starts no workflow', async () => {
    const dept = `${department} nul`;
    const started = Date.now();
    const res = await http()
      .post('/api/v1/projects')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send({
        title: 'Slimme\u0000lantaarnpalen',
        summary: 'Lantaarnpalen die drukte meten.',
        department: dept,
        technologies: ['sensor'],
        plannedStart: '2027-04-01',
      });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'title' })]));
    expect(Date.now() - started).toBeLessThan(2_000);
    // Visibility lags a little behind a start: give it the time a start would need to show.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await workflowsOf(dept)).toEqual([]);
    expect((await db.query(`SELECT count(*)::int AS n FROM project WHERE department = $1`, [dept]))[0].n).toBe(0);
  });

  it('refuses a hold whose reason holds a NUL (400 naming reason), and the project takes its next actions', async () => {
    const id = await api.register(department, 'Pauzeknop');
    const hostile = await api.post(id, 'hold', PEOPLE.owner, { reason: 'Even\u0000wachten' });
    expect(hostile.status).toBe(400);
    expect(hostile.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
    const held = await api.post(id, 'hold', PEOPLE.owner, { reason: 'Even wachten' });
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('on-hold');
    const resumed = await api.post(id, 'resume', PEOPLE.owner, { reason: 'Verder' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe('active');
  });
});
