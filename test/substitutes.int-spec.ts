import type { INestApplication } from '@nestjs/common';
import { RefusalRecorder } from '@waardenpoort/api';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK } from './support/answers';
import { eventually, testConfig } from './support/harness';
import { DPIA_BODY, PEOPLE, type Person, type ProjectApi } from './support/project-api';
import { SmtpRecorder } from './support/smtp-recorder';
import { startTestSystem, type TestSystem } from './support/system';

const ADVICE = { advice: 'positive', summary: 'De DPIA is zorgvuldig.', priorConsultationRequired: false };

/**
 * Away with a substitute, delegation and claiming (issue 19), over HTTP against Temporal and PostgreSQL: a substitute
 * acts for an absent case owner and the trail says so; segregation of duties holds the substitute as a person; mail
 * for someone away reaches their substitute during the period only; a delegated or claimed task refuses everyone
 * but its holder.
 */
describe('substitutes, delegation and claiming', () => {
  const run = randomUUID().slice(0, 6);
  const department = `Vervanging ${run}`;
  const owner: Person = { sub: `olga.${run}`, roles: ['case-owner'], name: 'Olga Eigenaar' };
  // Olga's substitute is a case owner too, and also a DPO: as a DPO she may not advise on what she submitted.
  const sub: Person = { sub: `saskia.${run}`, roles: ['case-owner', 'dpo'], name: 'Saskia Vervanger' };
  const other: Person = { sub: `bob.${run}`, roles: ['case-owner'], name: 'Bob Buiten' };
  const dpoA: Person = { sub: `fenna.${run}`, roles: ['dpo'], name: 'Fenna FG' };
  const dpoB: Person = { sub: `gijs.${run}`, roles: ['dpo'], name: 'Gijs FG' };
  const dpoC: Person = { sub: `hanna.${run}`, roles: ['dpo'], name: 'Hanna FG' };
  const address = (p: Person): string => `${p.sub}@enschede.example`;

  let system: TestSystem | undefined;
  let app: INestApplication;
  let api: ProjectApi;
  let db: DataSource;
  let smtp: SmtpRecorder;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    system = await startTestSystem(
      testConfig({
        MAIL_ENABLED: 'true',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
        MAIL_POLL_MS: '100',
      }),
    );
    ({ app, api, db } = system);
    // Everyone signs in once: the person directory knows them (a substitute or delegate must be known).
    for (const p of [owner, sub, other, dpoA, dpoB, dpoC, PEOPLE.auditor]) {
      await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', await api.as(p))
        .expect(200);
    }
  });

  afterAll(async () => {
    await system?.stop();
    await smtp?.close();
  });

  const http = () => request(app.getHttpServer());
  const away = async (by: Person, body: object) =>
    http()
      .post('/api/v1/me/absences')
      .set('Authorization', await api.as(by))
      .send(body);
  const period = (fromMs: number, untilMs: number) => ({
    from: new Date(Date.now() + fromMs).toISOString(),
    until: new Date(Date.now() + untilMs).toISOString(),
  });
  const taskOf = async (projectId: string, by: Person, gate: string): Promise<Record<string, any>> => {
    const task = (await api.tasks(by)).find((t) => t.project.id === projectId && t.gate === gate);
    if (!task) throw new Error(`no ${gate} task of ${projectId} in the list of ${by.sub}`);
    return task;
  };
  const onTask = async (taskId: string, verb: string, by: Person, body: object = {}) =>
    http()
      .post(`/api/v1/tasks/${encodeURIComponent(taskId)}/${verb}`)
      .set('Authorization', await api.as(by))
      .send(body);
  const trail = async (projectId: string, action: string): Promise<Array<Record<string, any>>> =>
    db.query(`SELECT actor_sub, payload FROM audit_event WHERE project_id = $1 AND action = $2 ORDER BY seq`, [
      projectId,
      action,
    ]);

  it('lets the substitute act for the absent case owner, records both, and holds them to segregation of duties', async () => {
    const id = await api.register(department, `Camera’s ${run}`, owner);
    const later = await api.register(department, `Lantaarns ${run}`, owner);
    // Without an absence, another case owner may not act on Olga’s project.
    expect((await api.post(id, 'quick-scan', sub, { answers: HIGH_RISK })).status).toBe(403);

    const created = await away(owner, { substitute: sub.sub, ...period(-60_000, 3_600_000) });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ person: { sub: owner.sub }, substitute: { sub: sub.sub }, active: true });
    // Olga's quick-scan task shows in Saskia's list, and Saskia may read the project.
    expect((await taskOf(id, sub, 'quick-scan')).assigneeSub).toBe(owner.sub);
    await http()
      .get(`/api/v1/projects/${id}`)
      .set('Authorization', await api.as(sub))
      .expect(200);
    // Bob stands in for nobody: the project stays out of his reach.
    expect((await api.tasks(other)).some((t) => t.project.id === id)).toBe(false);

    expect((await api.post(id, 'quick-scan', sub, { answers: HIGH_RISK })).status).toBe(200);
    expect((await api.post(id, 'dpia', sub, DPIA_BODY)).status).toBe(200);
    const [scan] = await trail(id, 'quick-scan-submitted');
    expect(scan.actor_sub).toBe(sub.sub);
    expect(scan.payload.actingFor).toEqual({ sub: owner.sub, name: owner.name });
    const [dpia] = await trail(id, 'dpia-submitted');
    expect(dpia.payload.actingFor).toEqual({ sub: owner.sub, name: owner.name });
    // The auditor reads who acted for whom on the project's timeline.
    const timeline = await http()
      .get(`/api/v1/projects/${id}/audit`)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    const entry = (timeline.body as Array<Record<string, any>>).find((e) => e.action === 'quick-scan-submitted');
    expect(entry).toMatchObject({ actor: { sub: sub.sub }, payload: { actingFor: { sub: owner.sub } } });

    // Segregation of duties is Saskia's own: she submitted the DPIA, so as DPO she may not advise on it.
    const advice = await api.post(id, 'dpia/advice', sub, ADVICE);
    expect(advice.status).toBe(403);
    expect(advice.body.type).toMatch(/segregation-of-duties$/);
    expect((await api.post(id, 'dpia/advice', dpoA, ADVICE)).status).toBe(200);

    // The absence removed, Saskia no longer acts for Olga.
    const mine = await http()
      .get('/api/v1/me/absences')
      .set('Authorization', await api.as(owner))
      .expect(200);
    const absenceId = (mine.body as Array<{ id: string }>)[0].id;
    await http()
      .delete(`/api/v1/me/absences/${absenceId}`)
      .set('Authorization', await api.as(sub))
      .expect(404);
    await http()
      .delete(`/api/v1/me/absences/${absenceId}`)
      .set('Authorization', await api.as(owner))
      .expect(204);
    expect((await api.post(later, 'quick-scan', sub, { answers: HIGH_RISK })).status).toBe(403);
    const audit: Array<{ action: string }> = await db.query(
      `SELECT action FROM audit_event WHERE payload->>'absenceId' = $1 ORDER BY seq`,
      [absenceId],
    );
    expect(audit.map((a) => a.action)).toEqual(['absence-registered', 'absence-removed']);
  });

  it('sends mail for the absent person to the substitute during the period, and not after', async () => {
    const owner2: Person = { sub: `otto.${run}`, roles: ['case-owner'], name: 'Otto Eigenaar' };
    await http()
      .get('/api/v1/me')
      .set('Authorization', await api.as(owner2))
      .expect(200);
    // Long enough for the mail to go out within the period on a loaded machine (the dispatcher decides when it sends).
    expect((await away(owner2, { substitute: sub.sub, ...period(-60_000, 30_000) })).status).toBe(201);
    const during = await api.register(department, `Tijdens ${run}`, owner2);
    await eventually(() => Promise.resolve(smtp.to(address(sub), during).length > 0 || undefined), 30_000, 'mail');
    expect(smtp.to(address(owner2), during)).toHaveLength(0);
    // After the period the owner's mail is the owner's again.
    await eventually(
      async () => ((await api.tasks(sub)).some((t) => t.project.id === during) ? undefined : true),
      60_000,
      'the end of the absence',
    );
    const after = await api.register(department, `Daarna ${run}`, owner2);
    await eventually(() => Promise.resolve(smtp.to(address(owner2), after).length > 0 || undefined), 20_000, 'mail');
    expect(smtp.to(address(sub), after)).toHaveLength(0);
  });

  it('lets only the delegate act on a delegated task, and only the claimant on a claimed one', async () => {
    const id = await api.register(department, `Sensoren ${run}`, owner);
    expect((await api.post(id, 'quick-scan', owner, { answers: HIGH_RISK })).status).toBe(200);
    expect((await api.post(id, 'dpia', owner, DPIA_BODY)).status).toBe(200);
    const task = await taskOf(id, dpoA, 'dpia');
    expect(task.heldBy).toBeNull();

    const delegated = await onTask(task.id, 'delegate', dpoA, { to: dpoB.sub, reason: 'Gijs kent deze leverancier.' });
    expect(delegated.status).toBe(200);
    expect(delegated.body.heldBy).toMatchObject({ kind: 'delegated', sub: dpoB.sub, name: dpoB.name, bySub: dpoA.sub });
    expect((await taskOf(id, dpoC, 'dpia')).heldBy).toMatchObject({ kind: 'delegated', sub: dpoB.sub });
    expect((await api.get(id, dpoC)).openTasks[0].heldBy).toMatchObject({ sub: dpoB.sub });
    const refused = await api.post(id, 'dpia/advice', dpoC, ADVICE);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toMatch(/task-delegated$/);
    expect(refused.body.heldBy).toMatchObject({ sub: dpoB.sub, name: dpoB.name });
    expect(refused.body.detail).toContain(dpoB.name);
    await app.get(RefusalRecorder).flush(new Date(Date.now() + 3_600_000));
    const refusals = await db.query(
      `SELECT payload FROM audit_event WHERE project_id = $1 AND action = 'action-refused' AND actor_sub = $2`,
      [id, dpoC.sub],
    );
    expect(refusals.length).toBeGreaterThan(0);

    // Taken back: the task is the role's again.
    expect((await onTask(task.id, 'undelegate', dpoC)).status).toBe(409);
    const back = await onTask(task.id, 'undelegate', dpoA);
    expect(back.status).toBe(200);
    expect(back.body.heldBy).toBeNull();

    // Claimed by Hanna: Fenna can neither claim it too nor act on it; released, it is free again.
    expect((await onTask(task.id, 'claim', dpoC)).body.heldBy).toMatchObject({ kind: 'claimed', sub: dpoC.sub });
    const twice = await onTask(task.id, 'claim', dpoA);
    expect(twice.status).toBe(409);
    expect(twice.body.type).toMatch(/task-claimed$/);
    expect(twice.body.heldBy).toMatchObject({ sub: dpoC.sub });
    const claimedRefusal = await api.post(id, 'dpia/advice', dpoA, ADVICE);
    expect(claimedRefusal.status).toBe(409);
    expect(claimedRefusal.body.type).toMatch(/task-claimed$/);
    expect((await onTask(task.id, 'release', dpoA)).status).toBe(409);
    expect((await onTask(task.id, 'release', dpoC)).body.heldBy).toBeNull();

    // Delegated to Gijs again, Gijs acts; the task closes and nothing holds it any more.
    expect((await onTask(task.id, 'delegate', dpoA, { to: dpoB.sub, reason: 'Toch Gijs.' })).status).toBe(200);
    expect((await api.post(id, 'dpia/advice', dpoB, ADVICE)).status).toBe(200);
    expect((await onTask(task.id, 'claim', dpoA)).status).toBe(404);
    const actions: Array<{ action: string; actor_sub: string }> = await db.query(
      `SELECT action, actor_sub FROM audit_event WHERE project_id = $1 AND action LIKE 'task-%' ORDER BY seq`,
      [id],
    );
    expect(actions.map((a) => a.action)).toEqual([
      'task-delegated',
      'task-undelegated',
      'task-claimed',
      'task-released',
      'task-delegated',
    ]);
  });

  it("hands the case owner's own task to a colleague, who then acts for them", async () => {
    const id = await api.register(department, `Parkeren ${run}`, owner);
    const task = await taskOf(id, owner, 'quick-scan');
    const res = await onTask(task.id, 'delegate', owner, { to: sub.sub, reason: 'Saskia neemt dit over.' });
    expect(res.status).toBe(200);
    expect((await taskOf(id, sub, 'quick-scan')).heldBy).toMatchObject({ kind: 'delegated', sub: sub.sub });
    expect((await api.post(id, 'quick-scan', owner, { answers: HIGH_RISK })).status).toBe(409);
    expect((await api.post(id, 'quick-scan', sub, { answers: HIGH_RISK })).status).toBe(200);
    const [scan] = await trail(id, 'quick-scan-submitted');
    expect(scan).toMatchObject({ actor_sub: sub.sub, payload: { actingFor: { sub: owner.sub } } });
  });

  it('refuses claims outside the read scope or role, and bad input field by field', async () => {
    const id = await api.register(department, `Buiten bereik ${run}`, owner);
    const task = await taskOf(id, owner, 'quick-scan');
    // Bob cannot read Olga's project: her task does not exist for him.
    expect((await onTask(task.id, 'claim', other)).status).toBe(404);
    // A task addressed to one person is not claimed.
    expect((await onTask(task.id, 'claim', owner)).status).toBe(409);
    expect((await onTask(task.id, 'claim', dpoA)).status).toBe(404);
    expect((await onTask('not-a-task', 'claim', dpoA)).status).toBe(400);
    const extra = await onTask(task.id, 'claim', owner, { x: 1 });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.body.errors)).toContain('x');

    const field = (res: request.Response): string[] =>
      ((res.body.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
    const delegate = (body: object) => onTask(task.id, 'delegate', owner, body);
    expect(field(await delegate({ reason: 'r' }))).toContain('to');
    expect(field(await delegate({ to: sub.sub }))).toContain('reason');
    expect(field(await delegate({ to: 'a\u0000b', reason: 'r' }))).toContain('to');
    expect(field(await delegate({ to: sub.sub, reason: 'x'.repeat(2_001) }))).toContain('reason');
    expect(field(await delegate({ to: 42, reason: 'r' }))).toContain('to');
    const unknownPerson = await delegate({ to: `nobody.${run}`, reason: 'r' });
    expect([unknownPerson.status, field(unknownPerson)]).toEqual([422, ['to']]);
    const noRole = await delegate({ to: dpoA.sub, reason: 'r' });
    expect([noRole.status, field(noRole)]).toEqual([422, ['to']]);

    const ok = { substitute: sub.sub, ...period(86_400_000, 2 * 86_400_000) };
    expect(field(await away(other, { ...ok, substitute: undefined }))).toContain('substitute');
    expect(field(await away(other, { ...ok, from: '1 januari' }))).toContain('from');
    expect(field(await away(other, { ...ok, until: '2027-02-30T00:00:00Z' }))).toContain('until');
    expect(field(await away(other, { ...ok, until: ok.from }))).toEqual(['until']);
    expect(field(await away(other, { ...ok, ...period(-2 * 86_400_000, -86_400_000) }))).toEqual(['until']);
    expect(field(await away(other, { ...ok, substitute: other.sub }))).toEqual(['substitute']);
    expect(field(await away(other, { ...ok, substitute: dpoA.sub }))).toEqual(['substitute']);
    expect(field(await away(other, { ...ok, substitute: `nobody.${run}` }))).toEqual(['substitute']);
    expect(field(await away(other, { ...ok, reason: 'extra' }))).toContain('reason');
    expect((await away(other, ok)).status).toBe(201);
    const overlap = await away(other, { ...ok, ...period(36 * 3_600_000, 72 * 3_600_000) });
    expect([overlap.status, overlap.body.type]).toEqual([409, expect.stringMatching(/absence-overlaps$/)]);

    // Colleagues of a role: only of one's own role, sub and name only.
    const people = await http()
      .get('/api/v1/people?role=dpo')
      .set('Authorization', await api.as(dpoA))
      .expect(200);
    expect(people.body).toEqual(expect.arrayContaining([{ sub: dpoB.sub, name: dpoB.name }]));
    for (const p of people.body as object[]) expect(Object.keys(p).sort()).toEqual(['name', 'sub']);
    await http()
      .get('/api/v1/people?role=dpo')
      .set('Authorization', await api.as(owner))
      .expect(403);
    const bogus = await http()
      .get('/api/v1/people?role=bogus')
      .set('Authorization', await api.as(owner))
      .expect(400);
    expect(field(bogus)).toEqual(['role']);
  });
});
