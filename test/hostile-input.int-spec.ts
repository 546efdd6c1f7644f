import type { INestApplication } from '@nestjs/common';
import { WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { workflowIdFor, type HoldRequest } from '@waardenpoort/domain';
import * as defs from '@waardenpoort/contracts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { testConfig, token } from './support/harness';
import { useTestSystem } from './support/system';
import { PEOPLE, type ProjectApi } from './support/project-api';

/**
 * Hostile text at the edge. On the code before issue 15 a NUL in a registration's title answered 500 after 5 s and
 * left a workflow running without a project row; a NUL in a hold reason made the project's workflow retry its
 * publish activity forever, and every later action on the project answered 503.
 */
describe('hostile text never reaches PostgreSQL or freezes a workflow', () => {
  let app: INestApplication;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  const department = `Vijandig ${randomUUID().slice(0, 6)}`;

  useTestSystem(
    () => testConfig(),
    (system) => ({ db, temporal, app, api } = system),
  );

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

  it('refuses hostile text in an Update sent straight to Temporal in its validator: nothing enters history', async () => {
    const id = await api.register(department, 'Buiten de API om');
    const handle = temporal.workflow.getHandle(workflowIdFor(id));
    const accepted = async (): Promise<number> =>
      (await handle.fetchHistory()).events?.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length ?? 0;
    const before = await accepted();
    const owner = { sub: PEOPLE.owner.sub, name: PEOPLE.owner.name, email: '', roles: PEOPLE.owner.roles };
    const hostile: Array<[string, HoldRequest]> = [
      ['NUL in the reason', { actor: owner, reason: 'Even\u0000wachten' }],
      ['a lone surrogate in the reason', { actor: owner, reason: 'Even \ud800 wachten' }],
      ['a bidi override in the actor name', { actor: { ...owner, name: 'Anna \u202eJansen' }, reason: 'Pauze' }],
      ['a non-character in the actor sub', { actor: { ...owner, sub: `${owner.sub}\uffff` }, reason: 'Pauze' }],
    ];
    for (const [what, payload] of hostile) {
      const err = await handle.executeUpdate(defs.holdProject, { args: [payload] }).then(
        () => new Error(`${what}: accepted`),
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(WorkflowUpdateFailedError);
      const cause = (err as WorkflowUpdateFailedError).cause;
      expect(cause).toBeInstanceOf(ApplicationFailure);
      expect((cause as ApplicationFailure).type).toBe('invalid-payload');
    }
    expect(await accepted()).toBe(before);
    const held = await api.post(id, 'hold', PEOPLE.owner, { reason: 'Even wachten' });
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('on-hold');
  });

  it('stores accepted text NFC-normalised', async () => {
    const id = await api.register(department, 'Cafe\u0301 de Zon');
    expect((await api.get(id)).title).toBe('Caf\u00e9 de Zon');
    const held = await api.post(id, 'hold', PEOPLE.owner, { reason: 'Cafe\u0301 dicht\nTot maandag' });
    expect(held.status).toBe(200);
    const [row] = await db.query(
      `SELECT payload->>'reason' AS reason FROM audit_event WHERE project_id = $1 AND action = 'put-on-hold'`,
      [id],
    );
    expect(row.reason).toBe('Caf\u00e9 dicht\nTot maandag');
  });

  it('refuses hostile text in query strings and path parameters, and out-of-range numbers, naming the field', async () => {
    const auth = await api.as(PEOPLE.auditor);
    const cases: Array<[string, string]> = [
      ['/api/v1/projects?department=a%00b', 'department'],
      ['/api/v1/projects?department=a%E2%80%AEb', 'department'],
      ['/api/v1/projects?pageSize=1e309', 'pageSize'],
      ['/api/v1/projects?page=-1', 'page'],
      ['/api/v1/projects?page=NaN', 'page'],
      ['/api/v1/projects?page=99999999999999999999', 'page'],
      ['/api/v1/policy/versions/99999999999', 'version'],
      ['/api/v1/policy/versions/1.5', 'version'],
      ['/api/v1/policy/versions/-3', 'version'],
      ['/api/v1/policy/versions/1e309', 'version'],
      ['/api/v1/monitoring/pipeline?department=%C2%85', 'department'],
    ];
    for (const [url, field] of cases) {
      const res = await http().get(url).set('Authorization', auth);
      expect([url, res.status]).toEqual([url, 400]);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    const evaluate = await http()
      .post('/api/v1/quick-scan/evaluate')
      .set('Authorization', auth)
      .set('Content-Type', 'application/json')
      .send('{"answers":{"data-subjects":1e309},"policyVersion":99999999999}');
    expect(evaluate.status).toBe(400);
    expect(evaluate.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'answers.data-subjects',
      'policyVersion',
    ]);
  });

  it('refuses a token whose claims hold hostile text (401), before they reach the directory or a workflow', async () => {
    for (const claims of [
      { sub: 'anna.jansen', name: 'Anna\u0000Jansen' },
      { sub: 'anna\u202ejansen', name: 'Anna Jansen' },
      { sub: 'anna.jansen', name: 'Anna \ud800' },
    ]) {
      const bearer = await token({ ...claims, roles: ['case-owner'] });
      const res = await http().get('/api/v1/me').set('Authorization', `Bearer ${bearer}`);
      expect([claims, res.status]).toEqual([claims, 401]);
    }
    // The suites share one database: look for the hostile subject itself, not for every other Anna.
    const people = await db.query(`SELECT count(*)::int AS n FROM person WHERE sub = $1`, ['anna\u202ejansen']);
    expect(people[0].n).toBe(0);
  });
});
