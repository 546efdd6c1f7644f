import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { PolicyActivationWorkflows } from '@waardenpoort/temporal';
import type { RunningWorker } from '@waardenpoort/worker';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { answer, LOW_RISK, TEST_POLICY_FILE } from './support/answers';
import { eventually, openDatabase, ownDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';

/**
 * Activating a policy version with intent (issue 20): the CIO office chooses per activation what happens to the
 * running projects, and the choice, who made it and the projects it reached are recorded. A database of its own, so
 * the portfolio is exactly the projects this suite registers.
 */
describe('activating a policy version with intent', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let dropOwn: () => Promise<void>;
  const ids: Record<string, string> = {};
  const activations: Record<string, string> = {};

  /** The test policy at `version`, without the local criterion "new technology counts on its own". */
  const withoutNewTechnology = (version: number): Record<string, any> => {
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    doc.version = version;
    doc.rules = doc.rules.filter((r: { id: string }) => r.id !== 'ec-new-technology');
    return doc;
  };
  const http = () => request(app.getHttpServer());
  const activate = async (body: object, by: Person = PEOPLE.cio) =>
    http()
      .post('/api/v1/policy/activations')
      .set('Authorization', await api.as(by))
      .send(body);
  const read = async (path: string, by: Person = PEOPLE.auditor, accept = 'application/json') =>
    http()
      .get(`/api/v1/policy/activations${path}`)
      .set('Authorization', await api.as(by))
      .set('Accept', accept);
  const ok = (res: request.Response, status = 200) => {
    expect(res.status).toBe(status);
    return res;
  };
  const delivered = (id: string) =>
    eventually(
      async () => {
        const res = await read(`/${id}?pageSize=100`);
        return res.body.state === 'done' ? (res.body as Record<string, any>) : undefined;
      },
      60_000,
      `the delivery of activation ${id}`,
    );
  const rowOf = (detail: Record<string, any>, projectId: string) =>
    detail.projects.items.find((p: { projectId: string }) => p.projectId === projectId);
  const trail = (projectId: string, action: string) =>
    db.query(`SELECT payload, actor_sub FROM audit_event WHERE project_id = $1 AND action = $2 ORDER BY seq`, [
      projectId,
      action,
    ]);
  const versionOf = async (projectId: string) => ((await api.get(projectId)).policy as { version: number }).version;

  beforeAll(async () => {
    const own = await ownDatabase('activation');
    dropOwn = own.drop;
    config = testConfig({ DATABASE_URL: own.url });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);

    const scanned = async (department: string, title: string, answers: object) => {
      const id = await api.register(department, title);
      expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers })).status).toBe(200);
      return id;
    };
    const newTechnology = answer({ 'new-technology': true });
    ids.newTech = await scanned('Stadsbeheer', 'Digitale tweeling', newTechnology);
    ids.parking = await scanned('Mobiliteit', 'Parkeersensoren', LOW_RISK);
    ids.fresh = await api.register('Mobiliteit', 'Nog niet gescand');
    ids.held = await scanned('Stadsbeheer', 'Gepauzeerde tweeling', newTechnology);
    expect((await api.post(ids.held, 'hold', PEOPLE.owner, { reason: 'Even wachten.' })).status).toBe(200);
    ids.withdrawn = await scanned('Stadsbeheer', 'Ingetrokken tweeling', newTechnology);
    expect((await api.post(ids.withdrawn, 'withdraw', PEOPLE.owner, { reason: 'Gaat niet door.' })).status).toBe(200);
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await dropOwn?.();
  });

  it('lets only the CIO office activate, and refuses a bad choice, reason or policy with nothing stored', async () => {
    const body = { policy: withoutNewTechnology(2), reroute: 'affected', reason: 'Nieuwe techniek telt niet alleen.' };
    for (const person of [PEOPLE.owner, PEOPLE.auditor, PEOPLE.head, PEOPLE.alderman]) {
      const res = await activate(body, person);
      expect(res.status).toBe(403);
    }
    await http().post('/api/v1/policy/activations').send(body).expect(401);

    for (const reason of ['Reden\u0000met een nul', '\u001b[31mrood\u001b[0m', '', 'x'.repeat(2001)]) {
      const res = await activate({ ...body, reason });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body.errors)).toContain('reason');
    }
    const noChoice = await activate({ policy: body.policy, reason: body.reason, reroute: 'some' });
    expect(noChoice.status).toBe(400);
    expect(JSON.stringify(noChoice.body.errors)).toContain('reroute');
    expect((await activate({ policy: body.policy, reroute: 'none' })).status).toBe(400);

    const invalid = withoutNewTechnology(2);
    delete invalid.questionnaire;
    invalid.gates['quick-scan'].deadline = 'soon';
    const bad = await activate({ ...body, policy: invalid });
    expect(bad.status).toBe(422);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = (bad.body.errors as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/', '/gates/quick-scan/deadline']));

    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM policy_activation`);
    expect(n).toBe(0);
    expect(await versionOf(ids.newTech)).toBe(1);
  });

  it('reroute none: stored and in force, every running project stays on its version, the tally recorded', async () => {
    const res = await activate({
      policy: withoutNewTechnology(2),
      reroute: 'none',
      reason: 'Alleen nieuwe projecten.',
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/v1/policy/activations/${res.body.id}`);
    activations.none = res.body.id;
    expect(res.body).toMatchObject({
      policy: { id: 'waardenpoort-test', version: 2 },
      reroute: 'none',
      reason: 'Alleen nieuwe projecten.',
      activatedBy: { sub: PEOPLE.cio.sub, name: PEOPLE.cio.name },
      selected: 0,
      state: 'done',
      delivered: { requested: 0, refused: 0, failed: 0, pending: 0 },
    });
    expect(res.body.policy.sha256).toMatch(/^[0-9a-f]{64}$/);
    // The withdrawn project is closed: in no tally. The held one is running.
    expect(res.body.tally).toMatchObject({ changed: 2, unchanged: 1, 'no-quick-scan': 1 });
    expect((await activate({ policy: withoutNewTechnology(2), reroute: 'none', reason: 'Nog eens.' })).status).toBe(
      409,
    );

    const detail = ok(await read(`/${activations.none}`));
    expect(detail.body.projects).toEqual({ items: [], total: 0, page: 1, pageSize: 100 });
    for (const id of [ids.newTech, ids.parking, ids.held]) expect(await versionOf(id)).toBe(1);
    expect(await trail(ids.newTech, 'reassessment-requested')).toEqual([]);
  });

  it('reroute affected: exactly the running projects whose route changes are asked; an on-hold one refuses', async () => {
    const res = await activate({
      policy: withoutNewTechnology(3),
      reroute: 'affected',
      reason: 'Nieuwe techniek alleen\nals die mensen raakt.',
    });
    expect(res.status).toBe(202);
    activations.affected = res.body.id;
    expect(res.headers.location).toBe(`/api/v1/policy/activations/${res.body.id}`);
    expect(res.body).toMatchObject({ reroute: 'affected', selected: 2, tally: { changed: 2, unchanged: 1 } });

    const done = await delivered(activations.affected);
    expect(done.delivered).toEqual({ requested: 1, refused: 1, failed: 0, pending: 0 });
    expect(done.projects.total).toBe(2);
    expect(rowOf(done, ids.newTech)).toMatchObject({
      title: 'Digitale tweeling',
      department: 'Stadsbeheer',
      verdict: 'changed',
      state: 'requested',
      refusal: null,
    });
    expect(rowOf(done, ids.newTech).requestedAt).toEqual(expect.any(String));
    expect(rowOf(done, ids.held)).toMatchObject({
      verdict: 'changed',
      state: 'refused',
      refusal: { code: 'project-on-hold' },
    });
    for (const id of [ids.parking, ids.fresh, ids.withdrawn]) expect(rowOf(done, id)).toBeUndefined();

    // The re-routed project records the request, moves to the version in force and its owner gets a quick-scan task.
    const [requested] = await trail(ids.newTech, 'reassessment-requested');
    expect(requested).toMatchObject({
      actor_sub: PEOPLE.cio.sub,
      payload: { activationId: activations.affected, scope: 'affected', verdict: 'changed' },
    });
    await eventually(async () => ((await versionOf(ids.newTech)) === 3 ? true : undefined), 30_000, 'version 3');
    await eventually(
      async () =>
        (await api.tasks(PEOPLE.owner)).find((t) => t.project?.id === ids.newTech && t.step === 'answer-quick-scan'),
      30_000,
      'the new quick-scan task',
    );
    // The others stay pinned.
    for (const id of [ids.parking, ids.held]) expect(await versionOf(id)).toBe(1);
    expect(await trail(ids.parking, 'reassessment-requested')).toEqual([]);
    expect(await trail(ids.held, 'reassessment-requested')).toEqual([]);
  }, 120_000);

  it('records a project that closed before its request as refused with its code, and asks nobody twice', async () => {
    // As if the withdrawn project had been selected before it closed: its row is pending when the delivery runs.
    await db.query(
      `INSERT INTO policy_activation_project (activation_id, project_id, verdict) VALUES ($1, $2, 'changed')`,
      [activations.affected, ids.withdrawn],
    );
    // And as if the delivery stopped after asking the re-routed project, before recording its answer.
    await db.query(
      `UPDATE policy_activation_project SET state = 'pending', requested_at = NULL
        WHERE activation_id = $1 AND project_id = $2`,
      [activations.affected, ids.newTech],
    );
    await app.get(PolicyActivationWorkflows).start(activations.affected);
    const done = await delivered(activations.affected);
    expect(rowOf(done, ids.withdrawn)).toMatchObject({ state: 'refused', refusal: { code: 'project-closed' } });
    // Asked again with the activation's Update id: the first answer again, and the project records it once.
    expect(rowOf(done, ids.newTech)).toMatchObject({ state: 'requested', refusal: null });
    expect(done.delivered).toEqual({ requested: 1, refused: 2, failed: 0, pending: 0 });
    expect(await trail(ids.newTech, 'reassessment-requested')).toHaveLength(1);
  }, 120_000);

  it('reroute all: every running project is asked, also one without a quick-scan; never a closed one', async () => {
    const res = await activate({ policy: withoutNewTechnology(4), reroute: 'all', reason: 'Alles opnieuw bekijken.' });
    expect(res.status).toBe(202);
    activations.all = res.body.id;
    expect(res.body.selected).toBe(4);
    const done = await delivered(activations.all);
    const selected = done.projects.items.map((p: { projectId: string }) => p.projectId).sort();
    expect(selected).toEqual([ids.newTech, ids.parking, ids.fresh, ids.held].sort());
    expect(rowOf(done, ids.held)).toMatchObject({ state: 'refused', refusal: { code: 'project-on-hold' } });
    expect(rowOf(done, ids.parking)).toMatchObject({ verdict: 'unchanged', state: 'requested' });
    expect(rowOf(done, ids.fresh)).toMatchObject({ verdict: 'no-quick-scan' });
    expect(done.delivered.pending).toBe(0);
    const [requested] = await trail(ids.parking, 'reassessment-requested');
    expect(requested.payload).toMatchObject({ activationId: activations.all, scope: 'all', verdict: 'unchanged' });
  }, 120_000);

  it('delivers what an activation left pending when a worker starts (the API stopped before starting it)', async () => {
    await db.query(
      `INSERT INTO policy_activation_project (activation_id, project_id, verdict) VALUES ($1, $2, 'changed')`,
      [activations.all, ids.withdrawn],
    );
    expect((await read(`/${activations.all}`)).body.state).toBe('delivering');
    await worker.shutdown();
    worker = await startTestWorker(config);
    const done = await delivered(activations.all);
    expect(rowOf(done, ids.withdrawn)).toMatchObject({ state: 'refused', refusal: { code: 'project-closed' } });
  }, 120_000);

  it('lists every activation newest first for the CIO office and the auditor, the old endpoint included', async () => {
    const old = await http()
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(withoutNewTechnology(5))
      .expect(201);
    expect(old.body).toMatchObject({ version: 5, active: true });
    for (const person of [PEOPLE.owner, PEOPLE.head, PEOPLE.alderman]) {
      expect((await read('', person)).status).toBe(403);
      expect((await read(`/${activations.all}`, person)).status).toBe(403);
    }
    const list = ok(await read('', PEOPLE.cio));
    expect(list.body).toMatchObject({ total: 4, page: 1, pageSize: 20 });
    expect(list.body.items.map((a: any) => [a.policy.version, a.reroute])).toEqual([
      [5, 'none'],
      [4, 'all'],
      [3, 'affected'],
      [2, 'none'],
    ]);
    expect(list.body.items[0]).toMatchObject({ reason: null, selected: 0, state: 'done' });
    expect(ok(await read('?pageSize=1&page=2')).body.items.map((a: any) => a.id)).toEqual([activations.all]);
    ok(await read('/00000000-0000-4000-8000-000000000000'), 404);
    ok(await read('/not-an-id'), 400);
  });

  it('exports the selected projects as CSV, Dutch or English, formulas defused', async () => {
    await db.query(`UPDATE project SET title = '=HYPERLINK("x")' WHERE id = $1`, [ids.fresh]);
    const nl = ok(await read(`/${activations.all}?format=csv`));
    expect(nl.headers['content-type']).toMatch(/^text\/csv/);
    expect(nl.text.startsWith('\uFEFF')).toBe(true);
    const lines = nl.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Project-id,Project,Afdeling,Gevolg,Herbeoordeling,Weigering,Toelichting,Gevraagd op');
    expect(lines).toHaveLength(6); // the header, the four selected and the one left pending at a restart
    expect(lines.find((l: string) => l.startsWith(ids.held))).toContain('geweigerd,project-on-hold');
    expect(lines.find((l: string) => l.startsWith(ids.fresh))).toContain(`"'=HYPERLINK(""x"")"`);
    const en = ok(await read(`/${activations.all}?lang=en`, PEOPLE.cio, 'text/csv'));
    expect(en.text).toContain('Project id,Project,Department,Effect,Re-assessment,Refusal,Explanation,Requested at');
  });

  it('puts who, when, the choice, the reason and the counts on the audit trail', async () => {
    const rows: Array<{ actor_sub: string; occurred_at: Date; payload: Record<string, any> }> = await db.query(
      `SELECT actor_sub, occurred_at, payload FROM audit_event WHERE action = 'policy-activated' ORDER BY occurred_at`,
    );
    expect(rows.map((r) => [r.payload.version, r.payload.reroute, r.payload.selected])).toEqual([
      [2, 'none', 0],
      [3, 'affected', 2],
      [4, 'all', 4],
      [5, 'none', 0],
    ]);
    for (const r of rows) {
      expect(r.actor_sub).toBe(PEOPLE.cio.sub);
      expect(r.occurred_at).toBeInstanceOf(Date);
    }
    expect(rows[1].payload).toMatchObject({
      activationId: activations.affected,
      reason: 'Nieuwe techniek alleen\nals die mensen raakt.',
      tally: { changed: 2, unchanged: 1, 'no-quick-scan': 1 },
    });
    // The record cannot be rewritten by the application's database role.
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE waardenpoort_app');
      await expect(runner.query(`UPDATE policy_activation SET reroute = 'none'`)).rejects.toThrow(/permission denied/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
