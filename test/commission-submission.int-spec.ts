import type { INestApplication } from '@nestjs/common';
import { deadlineEventUid } from '@waardenpoort/domain/texts';
import type { RunningWorker } from '@waardenpoort/worker';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import { eventually, openDatabase, ownDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { clearCommissionCalendar, MeetingPlanner, signInOnce } from './support/commission-calendar';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';
import { SmtpRecorder } from './support/smtp-recorder';

const DAY = 24 * 3600_000;
const TASK_NL = 'Stukken indienen voor de vergadering van de Ethische Commissie';

/** The VEVENTs of an iCalendar text as a calendar program reads them (ical.js). */
function vevents(text: string): Array<{ uid: string; summary: string; start: number }> {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { uid: e.uid, summary: e.summary, start: e.startDate.toJSDate().getTime() };
  });
}

/** iCalendar times have whole seconds. */
const wholeSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000) * 1000;

/**
 * The case owner's submission deadline as a task (issue 19), over HTTP with Temporal and PostgreSQL: a case placed on
 * a commission meeting gives its owner a task due at the submission deadline, in their task list (JSON and CSV), their
 * department head's view, their calendar feed and the mail about the place (one event UID); marking the documents
 * submitted closes it, on the trail, and a second time is refused; a move to another meeting carries the task along.
 */
describe('commission meetings: the submission task', () => {
  const run = randomUUID().slice(0, 6);
  const department = `Stukken ${run}`;
  const owner: Person = { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const other: Person = { sub: `bob.${run}`, roles: ['case-owner'], name: 'Bob Bakker' };
  const secretary: Person = { sub: `sam.${run}`, roles: ['ethics-secretary'], name: 'Sam Secretaris' };
  const head: Person = { ...PEOPLE.head, sub: `hans.${run}`, department };

  let smtp: SmtpRecorder;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let planner: MeetingPlanner;

  let dropOwn: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    // A database of its own: the mail about the place must not queue behind every other suite's notifications.
    const own = await ownDatabase('submission');
    dropOwn = own.drop;
    const config = testConfig({
      DATABASE_URL: own.url,
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      MAIL_POLL_MS: '100',
    });
    db = await openDatabase(config);
    await clearCommissionCalendar(db);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    planner = new MeetingPlanner(app, api, secretary);
    await signInOnce(app, api, [owner, other, secretary]);
  });

  afterAll(async () => {
    await planner?.cancelLeftovers(db);
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await smtp?.close();
    await dropOwn?.();
  });

  const http = () => request(app.getHttpServer());
  const as = (p: Person) => api.as(p);

  const meeting = (startsAt: Date, capacity: number, extra: object = {}) => planner.plan(startsAt, capacity, extra);

  async function toCommission(title: string, by: Person): Promise<string> {
    const id = await api.register(department, `${title} ${run}`, by);
    expect((await api.post(id, 'quick-scan', by, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(id, 'commission/request', by, { reason: 'Graag een reflectie.' })).status).toBe(200);
    return id;
  }

  const submissionTask = async (by: Person, projectId: string, dueAt?: string) =>
    eventually(
      async () =>
        (await api.tasks(by)).find(
          (t) => t.project?.id === projectId && t.step === 'submit-documents' && (!dueAt || t.dueAt === dueAt),
        ),
      20_000,
      `the submission task of ${projectId}`,
    );

  let first: Record<string, any>;
  let second: Record<string, any>;
  let p1: string;
  let p2: string;
  let taskId: string;

  it('gives the case owner the submission deadline as a task: list, CSV, department view, feed and mail', async () => {
    first = await meeting(new Date(Date.now() + 40 * DAY), 2);
    second = await meeting(new Date(Date.now() + 47 * DAY), 2);
    p1 = await toCommission('Slimme bankjes', owner);
    const task = await submissionTask(owner, p1);
    taskId = task.id as string;
    expect(task).toMatchObject({
      gate: 'commission-reflection',
      assigneeRole: 'case-owner',
      assigneeSub: owner.sub,
      dueAt: first.submissionDeadline,
    });
    expect(taskId).toMatch(new RegExp(`^${p1}:commission-reflection:\\d+:submit-documents$`));
    // The secretary keeps the wait for the meeting; the owner's task is not theirs.
    const forSecretary = (await api.tasks(secretary)).filter((t) => t.project?.id === p1);
    expect(forSecretary.map((t) => [t.step, t.dueAt])).toEqual([['await-meeting', first.startsAt]]);

    const csv = await http()
      .get('/api/v1/tasks.csv')
      .set('Authorization', await as(owner));
    expect(csv.status).toBe(200);
    expect(csv.text.split('\r\n').find((row) => row.includes(`Slimme bankjes ${run}`))).toContain(TASK_NL);

    const view = await http()
      .get('/api/v1/tasks/department')
      .set('Authorization', await as(head));
    expect(view.status).toBe(200);
    expect((view.body.tasks as Array<Record<string, any>>).map((t) => [t.id, t.step])).toEqual(
      expect.arrayContaining([[taskId, 'submit-documents']]),
    );

    const address = await http()
      .post('/api/v1/me/calendar-feed')
      .set('Authorization', await as(owner))
      .send({});
    expect(address.status).toBe(201);
    const feed = await http().get(new URL(address.body.url as string).pathname);
    expect(feed.status).toBe(200);
    const event = vevents(feed.text).find((e) => e.uid === deadlineEventUid(taskId));
    expect(event).toEqual({
      uid: deadlineEventUid(taskId),
      summary: `${TASK_NL}: Slimme bankjes ${run}`,
      start: wholeSeconds(first.submissionDeadline as string),
    });

    // The mail about the place carries the same event: importing it updates the feed's instead of adding one.
    const mail = await eventually(
      () =>
        Promise.resolve(
          smtp
            .to(`${owner.sub}@enschede.example`, p1)
            .find((m) => m.kind === 'commission-meeting' && m.calendars.length > 0),
        ),
      20_000,
      'the mail about the place, with its calendar attachment',
    );
    expect(vevents(mail.calendars[0] ?? '').map((e) => [e.uid, e.start])).toEqual([
      [deadlineEventUid(taskId), wholeSeconds(first.submissionDeadline as string)],
    ]);
  });

  it('closes the task when the owner marks the documents submitted; on the trail; a second time refused', async () => {
    const post = (by: Person, body: object) => api.post(p1, 'commission/documents', by, body);
    // The wrong people and bad input are refused with a problem naming the field.
    expect((await post(secretary, {})).status).toBe(403);
    const notHers = await post(other, {});
    expect(notHers.status).toBe(403);
    expect(notHers.headers['content-type']).toContain('application/problem+json');
    for (const [body, field] of [
      [{ note: '' }, 'note'],
      [{ documents: [{ reference: 'corsa://1', sha256: 'nee' }] }, 'sha256'],
      [{ documents: 'alles' }, 'documents'],
      [{ stukken: true }, 'stukken'],
    ] as const) {
      const res = await post(owner, body);
      expect([field, res.status]).toEqual([field, 400]);
      expect(JSON.stringify(res.body)).toContain(field);
    }

    // The secretary's claim of their own task at the gate (the wait for the meeting) does not hold the owner's.
    const waitTask = (await api.tasks(secretary)).find((t) => t.project?.id === p1 && t.step === 'await-meeting');
    const claim = await http()
      .post(`/api/v1/tasks/${encodeURIComponent(waitTask?.id as string)}/claim`)
      .set('Authorization', await as(secretary))
      .send({});
    expect(claim.status).toBe(200);

    const documents = [{ reference: 'corsa://2027/EC-7', sha256: 'd'.repeat(64), title: 'Toelichting' }];
    const done = await post(owner, { note: 'De stukken staan in Corsa.', documents });
    expect(done.status).toBe(200);
    expect(done.body.commission.submission).toMatchObject({ submittedBy: { sub: owner.sub }, closedAt: null });
    expect((done.body.openTasks as Array<{ step: string }>).map((t) => t.step)).toEqual(['await-meeting']);
    await eventually(
      async () => ((await api.tasks(owner)).some((t) => t.id === taskId) ? undefined : true),
      20_000,
      'the task gone from the list',
    );
    const trail = await db.query(
      `SELECT actor_sub, payload FROM audit_event WHERE project_id = $1 AND action = 'commission-documents-submitted'`,
      [p1],
    );
    expect(trail).toEqual([
      {
        actor_sub: owner.sub,
        payload: expect.objectContaining({ note: 'De stukken staan in Corsa.', late: false, documents }),
      },
    ]);
    // The remaining reminders are cancelled with it.
    const details = await api.get(p1);
    expect(
      (details.timers as Array<{ step: string; fired: boolean }>).filter(
        (t) => t.step === 'submit-documents' && !t.fired,
      ),
    ).toEqual([]);

    const again = await post(owner, {});
    expect(again.status).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('carries the task of a case moved to another meeting along: same task, the new deadline', async () => {
    p2 = await toCommission('Slimme bomen', other);
    const before = await submissionTask(other, p2, first.submissionDeadline as string);
    const cancelled = await http()
      .post(`/api/v1/commission-meetings/${first.id}/cancel`)
      .set('Authorization', await as(secretary))
      .send({ reason: 'De voorzitter is ziek.' });
    expect(cancelled.status).toBe(200);
    const after = await submissionTask(other, p2, second.submissionDeadline as string);
    expect(after.id).toBe(before.id);
    // Documents already in stay in: the first case gets no task for its new meeting.
    await eventually(
      async () => ((await api.get(p1)).commission?.meetingId === second.id ? true : undefined),
      20_000,
      'the first case on the second meeting',
    );
    expect((await api.tasks(owner)).some((t) => t.project?.id === p1 && t.step === 'submit-documents')).toBe(false);
  });
});
