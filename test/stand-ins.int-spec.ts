import type { INestApplication } from '@nestjs/common';
import { NotificationOutboxRepository } from '@waardenpoort/persistence';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK } from './support/answers';
import { digestHourAwayFromNow, eventually, testConfig } from './support/harness';
import { DPIA_BODY, type Person, type ProjectApi } from './support/project-api';
import { SmtpRecorder, type ReceivedMail } from './support/smtp-recorder';
import { SseClient } from './support/sse-client';
import { startTestSystem, type TestSystem } from './support/system';

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Standing in (issue 19) where it is easy to forget, with the real Temporal server and PostgreSQL: the live event
 * stream gives a substitute and a delegate the projects they stand in on, and only while that lasts (the rule of the
 * project list); a department head's mail that their substitute gets is recorded as it went, naming whom the
 * substitute stood in for; and a department head's task that the CIO office gets keeps its reason in the digest.
 */
describe('stand-ins: the event stream and department-head routing', () => {
  const run = randomUUID().slice(0, 6);
  const department = `Invallers ${run}`;
  const LED = `Afdeling X ${run}`;
  const UNKNOWN = `Onbekend ${run}`;
  const owner: Person = { sub: `olga.${run}`, roles: ['case-owner'], name: 'Olga Eigenaar' };
  const substitute: Person = { sub: `saskia.${run}`, roles: ['case-owner'], name: 'Saskia Vervanger' };
  const delegate: Person = { sub: `dirk.${run}`, roles: ['case-owner'], name: 'Dirk Gedelegeerd' };
  const other: Person = { sub: `bob.${run}`, roles: ['case-owner'], name: 'Bob Buiten' };
  const head: Person = { sub: `henk.${run}`, roles: ['department-head'], name: 'Henk Hoofd', department: LED };
  const deputy: Person = { sub: `dora.${run}`, roles: ['department-head'], name: 'Dora Deputy', department: LED };
  const cio: Person = { sub: `cora.${run}`, roles: ['cio-office'], name: 'Cora CIO' };
  const cioMailbox = `cio-office.${run}@enschede.example`;
  const address = (p: Person): string => `${p.sub}@enschede.example`;

  let system: TestSystem | undefined;
  let app: INestApplication;
  let api: ProjectApi;
  let db: DataSource;
  let smtp: SmtpRecorder;
  let baseUrl: string;
  const streams: SseClient[] = [];

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    system = await startTestSystem(
      testConfig({
        MAIL_ENABLED: 'true',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
        MAIL_POLL_MS: '100',
        ROLE_MAILBOXES: `cio-office=${cioMailbox}`,
        // The digest hour furthest from now, so the worker's own daily run never fires while a test looks.
        DIGEST_HOUR: digestHourAwayFromNow(),
        EVENTS_POLL_MS: '200',
      }),
    );
    ({ app, api, db } = system);
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    // Everyone signs in once: the person directory knows them (a substitute or delegate must be known).
    for (const p of [owner, substitute, delegate, other, head, deputy, cio]) {
      await http()
        .get('/api/v1/me')
        .set('Authorization', await api.as(p))
        .expect(200);
    }
  });

  afterAll(async () => {
    for (const s of streams) s.close();
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
  const onTask = async (taskId: string, verb: string, by: Person, body: object = {}) =>
    http()
      .post(`/api/v1/tasks/${encodeURIComponent(taskId)}/${verb}`)
      .set('Authorization', await api.as(by))
      .send(body);

  /** An open event stream of this person, connected. */
  async function stream(p: Person): Promise<SseClient> {
    const client = new SseClient(`${baseUrl}/api/v1/events`, { Authorization: await api.as(p) });
    streams.push(client);
    await client.waitFor(() => (client.comments.includes('connected') ? true : undefined), `${p.sub}'s stream`);
    return client;
  }
  const of = (client: SseClient, projectId: string) =>
    client.projectEvents().filter((e) => e.project['id'] === projectId);
  /** Waits until `client` got more events of the project than `count`. */
  const more = (client: SseClient, projectId: string, count: number, what: string) =>
    client.waitFor(() => (of(client, projectId).length > count ? true : undefined), what, 30_000);

  it('streams the absent colleague’s project to the substitute during the absence only', async () => {
    const [watcher, standIn, outsider] = [await stream(owner), await stream(substitute), await stream(other)];
    const id = await api.register(department, `Camera’s ${run}`, owner);
    await more(watcher, id, 0, 'the registration on the owner’s stream');
    // The same batch went to every stream; give the other sockets a moment.
    await settle(500);
    expect(of(standIn, id)).toEqual([]);

    const created = await away(owner, { substitute: substitute.sub, ...period(-60_000, 3_600_000) });
    expect(created.status).toBe(201);
    expect((await api.post(id, 'quick-scan', owner, { answers: HIGH_RISK })).status).toBe(200);
    // A reminder of the quick-scan may reach her first: she stands in already.
    await standIn.waitFor(
      () => of(standIn, id).find((e) => e.project['currentGate'] === 'dpia'),
      'the change on the substitute’s stream',
      30_000,
    );
    expect(of(outsider, id)).toEqual([]);

    // The absence removed, the project's changes stop reaching her.
    await http()
      .delete(`/api/v1/me/absences/${(created.body as { id: string }).id}`)
      .set('Authorization', await api.as(owner))
      .expect(204);
    // A batch that was on its way when the absence ended may still arrive.
    await settle(1_000);
    const [seenBefore, watcherBefore] = [of(standIn, id).length, of(watcher, id).length];
    expect((await api.post(id, 'dpia', owner, DPIA_BODY)).status).toBe(200);
    await more(watcher, id, watcherBefore, 'the DPIA on the owner’s stream');
    await settle(500);
    expect(of(standIn, id)).toHaveLength(seenBefore);
    expect(of(outsider, id)).toEqual([]);
  }, 90_000);

  it('streams a project to the colleague its task was delegated to, until the delegation is taken back', async () => {
    const [watcher, delegated] = [await stream(owner), await stream(delegate)];
    const id = await api.register(department, `Parkeren ${run}`, owner);
    await more(watcher, id, 0, 'the registration on the owner’s stream');
    await settle(500);
    expect(of(delegated, id)).toEqual([]);

    const task = (await api.tasks(owner)).find((t) => t.project.id === id && t.gate === 'quick-scan');
    expect(task).toBeDefined();
    const handed = await onTask(task!.id as string, 'delegate', owner, { to: delegate.sub, reason: 'Dirk neemt dit.' });
    expect(handed.status).toBe(200);
    // The delegation is itself a change of the project: the delegate sees it.
    await more(delegated, id, 0, 'the delegation on the delegate’s stream');

    expect((await onTask(task!.id as string, 'undelegate', owner)).status).toBe(200);
    await settle(1_000);
    const [seenBefore, watcherBefore] = [of(delegated, id).length, of(watcher, id).length];
    expect((await api.post(id, 'quick-scan', owner, { answers: HIGH_RISK })).status).toBe(200);
    await more(watcher, id, watcherBefore, 'the quick-scan on the owner’s stream');
    await settle(500);
    expect(of(delegated, id)).toHaveLength(seenBefore);
  }, 90_000);

  it('records the substitute of an absent department head as the recipient, and whom they stood in for', async () => {
    const put = await http()
      .put(`/api/v1/organisation/departments/${encodeURIComponent(LED)}`)
      .set('Authorization', await api.as(cio))
      .send({
        nameNl: 'Afdeling X',
        nameEn: 'Department X',
        headSub: head.sub,
        deputySubs: [deputy.sub],
        version: 0,
        reason: 'test',
      });
    expect(put.status).toBe(201);
    // Henk is away; Dora, his deputy, stands in for him.
    expect((await away(head, { substitute: deputy.sub, ...period(-60_000, 3_600_000) })).status).toBe(201);

    const id = await api.register(LED, `Vuilcontainers ${run}`, owner);
    const escalations = (p: Person): ReceivedMail[] => smtp.to(address(p), id).filter((m) => m.kind === 'escalation');
    await eventually(() => Promise.resolve(escalations(deputy).length > 0 || undefined), 45_000, 'the escalation');
    expect(escalations(head)).toHaveLength(0);

    const routed: Array<{ reason: string; recipients: string[]; stand_ins: unknown }> = await db.query(
      `SELECT reason, recipients, stand_ins FROM notification_routing WHERE project_id = $1`,
      [id],
    );
    const standIns = [
      {
        recipient: address(deputy),
        sub: deputy.sub,
        name: deputy.name,
        standsInFor: { sub: head.sub, name: head.name },
      },
    ];
    expect(routed.length).toBeGreaterThan(0);
    for (const r of routed) {
      expect(r).toEqual({ reason: 'department-head', recipients: [address(deputy)], stand_ins: standIns });
    }
    const trail: Array<{ payload: Record<string, unknown> }> = await db.query(
      `SELECT payload FROM audit_event WHERE project_id = $1 AND action = 'notification-routed'`,
      [id],
    );
    expect(trail[0]?.payload).toMatchObject({ recipients: [address(deputy)], standIns });
  }, 90_000);

  it("keeps the reason a department head's task went to the CIO office in the CIO office's digest", async () => {
    await http()
      .put('/api/v1/me/preferences')
      .set('Authorization', await api.as(cio))
      .send({ language: 'nl', digest: true })
      .expect(200);
    const id = await api.register(UNKNOWN, `Parkeersensoren ${run}`, owner);
    // A policy may give the department head a task; the test policy does not, so the task is queued as a workflow
    // would queue it.
    const notificationId = `stand-ins:${id}:task-opened:department-head`;
    await db.transaction((em) =>
      new NotificationOutboxRepository(db).enqueue(em, [
        {
          notificationId,
          projectId: id,
          kind: 'task-opened',
          gate: 'quick-scan',
          recipientRole: 'department-head',
          recipientSub: null,
          dueAt: new Date(Date.now() + 86_400_000).toISOString(),
          at: new Date().toISOString(),
          escalationLevel: 0,
          payload: { title: `Parkeersensoren ${run}`, step: 'answer-quick-scan' },
        },
      ]),
    );
    const held = async (): Promise<true | undefined> => {
      const rows: Array<{ status: string }> = await db.query(
        `SELECT status FROM notification_delivery WHERE notification_id = $1 AND recipient = $2`,
        [notificationId, address(cio)],
      );
      return rows[0]?.status === 'held' ? true : undefined;
    };
    await eventually(held, 20_000, "the task held for Cora's digest");
    const nl = `Deze escalatie gaat naar het CIO-office omdat de afdeling ${UNKNOWN} niet bekend is`;
    const en = `This escalation goes to the CIO office because the department ${UNKNOWN} is not known`;
    // The shared mailbox has no digest: its single mail says why, as before.
    const single = await eventually(
      () => Promise.resolve(smtp.to(cioMailbox, id).find((m) => m.kind === 'task-opened')),
      20_000,
      "the mailbox's task mail",
    );
    expect(single.text).toContain(nl);

    expect((await system!.worker.notifications!.runDigest(new Date())).digests).toBeGreaterThan(0);
    const digest = await eventually(
      () => Promise.resolve(smtp.to(address(cio)).find((m) => m.digestId !== undefined)),
      15_000,
      "Cora's digest",
    );
    const entry = digest.text.split(/\n\n(?=\d+\. )/).find((block) => block.includes(`Parkeersensoren ${run}`));
    expect(entry).toContain(nl);
    expect(entry).toContain(en);
    expect(entry!.indexOf(nl)).toBeLessThan(entry!.indexOf(en));
  }, 90_000);
});
