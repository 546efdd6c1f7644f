import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { AuditRepository, CommissionMeetingRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import { eventually, forgetWaitingCases, openDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { clearCommissionCalendar, MeetingPlanner, signInOnce } from './support/commission-calendar';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';
import { SmtpRecorder } from './support/smtp-recorder';

const DAY = 24 * 3600_000;

/**
 * The Ethics Commission as a meeting calendar (issue 19), over HTTP with Temporal and PostgreSQL: a case that reaches
 * the commission is put on the next planned meeting with room; a full meeting sends it to the next; a cancelled
 * meeting moves its cases (their workflows then wait on the new meeting) and tells the case owner and the secretary
 * by mail; the secretary may choose another meeting; bad input and the wrong roles are refused.
 */
describe('commission meetings', () => {
  const run = randomUUID().slice(0, 6);
  const owner: Person = { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const other: Person = { sub: `bob.${run}`, roles: ['case-owner'], name: 'Bob Bakker' };
  const secretary: Person = { sub: `sam.${run}`, roles: ['ethics-secretary'], name: 'Sam Secretaris' };

  let smtp: SmtpRecorder;
  let config: AppConfig;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let planner: MeetingPlanner;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    config = testConfig({
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      MAIL_POLL_MS: '100',
    });
    db = await openDatabase(config);
    await forgetWaitingCases(db);
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
  });

  const http = () => request(app.getHttpServer());
  const as = (p: Person) => api.as(p);

  const meeting = (startsAt: Date, capacity: number, extra: object = {}) => planner.plan(startsAt, capacity, extra);

  it('refuses bad input field by field, and the calendar is the secretary’s to keep', async () => {
    const post = async (body: object, by: Person = secretary) =>
      http()
        .post('/api/v1/commission-meetings')
        .set('Authorization', await as(by))
        .send(body);
    const soon = new Date(Date.now() + 40 * DAY).toISOString();
    const cases: Array<[object, number, string]> = [
      [{ startsAt: soon, location: 'Zaal', capacity: 0 }, 400, 'capacity'],
      [{ startsAt: soon, location: 'Zaal', capacity: 1e12 }, 400, 'capacity'],
      [{ startsAt: soon, location: 'Zaal', capacity: '3' }, 400, 'capacity'],
      [{ startsAt: 'morgen', location: 'Zaal', capacity: 3 }, 400, 'startsAt'],
      [{ startsAt: soon, location: 'Zaal\u0000', capacity: 3 }, 400, 'location'],
      [{ startsAt: soon, location: 'x'.repeat(5000), capacity: 3 }, 400, 'location'],
      [{ startsAt: soon, onlineUrl: 'http://meet.example/x', capacity: 3 }, 400, 'onlineUrl'],
      [{ startsAt: soon, location: 'Zaal', capacity: 3, room: 1 }, 400, 'room'],
      [{ startsAt: new Date(Date.now() - DAY).toISOString(), location: 'Zaal', capacity: 3 }, 422, 'startsAt'],
      [{ startsAt: soon, capacity: 3 }, 422, 'location'],
    ];
    for (const [body, status, field] of cases) {
      const res = await post(body);
      expect([JSON.stringify(body).slice(0, 80), res.status]).toEqual([JSON.stringify(body).slice(0, 80), status]);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(JSON.stringify(res.body.errors ?? [])).toContain(field);
    }
    // Roles: only the secretary keeps the calendar; everyone signed in reads it.
    expect((await post({ startsAt: soon, location: 'Zaal', capacity: 3 }, owner)).status).toBe(403);
    expect((await post({ startsAt: soon, location: 'Zaal', capacity: 3 }, PEOPLE.cio)).status).toBe(403);
    const m = await meeting(new Date(Date.now() + 60 * DAY), 2);
    expect(m).toMatchObject({ status: 'planned', capacity: 2, assigned: 0, version: 1 });
    // The submission deadline lies the policy's working days (default 10) before the meeting.
    expect(Date.parse(m.submissionDeadline as string)).toBeLessThan(Date.parse(m.startsAt as string) - 13 * DAY);
    const cancel = async (by: Person, body: object) =>
      http()
        .post(`/api/v1/commission-meetings/${m.id}/cancel`)
        .set('Authorization', await as(by))
        .send(body);
    expect((await cancel(owner, { reason: 'Nee' })).status).toBe(403);
    expect((await cancel(secretary, {})).status).toBe(400);
    const patch = await http()
      .patch(`/api/v1/commission-meetings/${m.id}`)
      .set('Authorization', await as(secretary))
      .send({ version: 7, capacity: 3, reason: 'Meer ruimte' });
    expect(patch.status).toBe(409);
    const list = await http()
      .get('/api/v1/commission-meetings')
      .set('Authorization', await as(owner));
    expect(list.status).toBe(200);
    expect((list.body as Array<{ id: string }>).map((x) => x.id)).toContain(m.id);
    expect(
      (
        await http()
          .get('/api/v1/commission-meetings/nope')
          .set('Authorization', await as(owner))
      ).status,
    ).toBe(400);
    const monitoring = async (by: Person) =>
      (
        await http()
          .get('/api/v1/monitoring/commission-meetings')
          .set('Authorization', await as(by))
      ).status;
    expect(await monitoring(owner)).toBe(403);
    expect(await monitoring(PEOPLE.cio)).toBe(200);
    // Every change of the calendar is on the audit trail with who and why.
    const audit = await db.query(
      `SELECT actor_sub, payload FROM audit_event WHERE action = 'commission-meeting-created'
                                   AND payload->>'meetingId' = $1`,
      [m.id],
    );
    expect(audit).toEqual([expect.objectContaining({ actor_sub: secretary.sub })]);
  });
});

describe('commission meetings: placing and moving cases', () => {
  const run = randomUUID().slice(0, 6);
  const department = `Agenda ${run}`;
  const owner: Person = { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const other: Person = { sub: `bob.${run}`, roles: ['case-owner'], name: 'Bob Bakker' };
  const secretary: Person = { sub: `sam.${run}`, roles: ['ethics-secretary'], name: 'Sam Secretaris' };
  const address = (p: Person): string => `${p.sub}@enschede.example`;

  let smtp: SmtpRecorder;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let planner: MeetingPlanner;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    const config = testConfig({
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
  });

  const http = () => request(app.getHttpServer());
  const as = (p: Person) => api.as(p);

  const meeting = (startsAt: Date, capacity: number, extra: object = {}) => planner.plan(startsAt, capacity, extra);

  async function toCommission(title: string, by: Person = owner): Promise<string> {
    const id = await api.register(department, `${title} ${run}`, by);
    expect((await api.post(id, 'quick-scan', by, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(id, 'commission/request', by, { reason: 'Graag een reflectie.' })).status).toBe(200);
    return id;
  }

  const commission = async (id: string) => (await api.get(id)).commission as Record<string, any> | null;
  const gate = async (id: string) => api.gate(await api.get(id), 'commission-reflection');
  const placed = (id: string, meetingId: string | null) =>
    eventually(
      async () => {
        const c = await commission(id);
        if (meetingId === null) return c?.waitingSince ? c : undefined;
        return c?.meetingId === meetingId ? c : undefined;
      },
      20_000,
      `project ${id} on meeting ${meetingId}`,
    );
  const agenda = async (meetingId: string, by: Person) =>
    (
      await http()
        .get(`/api/v1/commission-meetings/${meetingId}/agenda`)
        .set('Authorization', await as(by))
    ).body as {
      items: Array<{ projectId: string; how: string; project: Record<string, any> | null }>;
    };

  let first: Record<string, any>;
  let second: Record<string, any>;
  let p1: string;
  let p2: string;

  it('puts a case on the next meeting with room, and a case that finds it full on the one after', async () => {
    first = await meeting(new Date(Date.now() + 30 * DAY), 1);
    second = await meeting(new Date(Date.now() + 37 * DAY), 2);
    p1 = await toCommission('Slimme lantaarns');
    const c1 = await placed(p1, first.id as string);
    expect(c1.submissionDeadline).toBe(first.submissionDeadline);
    expect(c1.meetingDate).toBe(first.startsAt);
    // The workflow waits on the meeting with its timer: the gate's deadline is the meeting.
    expect(await gate(p1)).toMatchObject({ state: 'waiting', step: 'await-meeting', dueAt: first.startsAt });

    p2 = await toCommission('Parkeersensoren', other);
    await placed(p2, second.id as string);

    // The agenda: the secretary sees the case; another case owner sees it by id only (read scope).
    const forSecretary = await agenda(first.id as string, secretary);
    expect(forSecretary.items).toEqual([
      expect.objectContaining({
        projectId: p1,
        how: 'auto',
        project: expect.objectContaining({ title: `Slimme lantaarns ${run}` }),
      }),
    ]);
    const forBob = await agenda(first.id as string, other);
    expect(forBob.items).toEqual([expect.objectContaining({ projectId: p1, project: null })]);
    const csv = await http()
      .get(`/api/v1/commission-meetings/${first.id}/agenda/export`)
      .set('Authorization', await as(secretary));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\r\n')[1]).toContain(`Slimme lantaarns ${run}`);
    const ics = await http()
      .get(`/api/v1/commission-meetings/${first.id}/agenda/export?format=ics`)
      .set('Authorization', await as(secretary));
    expect(ics.status).toBe(200);
    const vevent = new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent('vevent');
    const event = new ICAL.Event(vevent ?? undefined);
    // iCalendar times have whole seconds.
    expect(event.startDate.toJSDate().getTime()).toBe(Math.floor(Date.parse(first.startsAt as string) / 1000) * 1000);
    expect(event.description).toContain(`Slimme lantaarns ${run}`);

    // The case owner is told where the case is, and by when the documents are due (Dutch first).
    const mail = await eventually(
      () => Promise.resolve(smtp.to(address(owner), p1).find((m) => m.kind === 'commission-meeting')),
      20_000,
      'mail to the case owner',
    );
    expect(mail.text).toContain('op de agenda van de vergadering van de Ethische Commissie');
  });

  it('moves the cases of a cancelled meeting to the next one with room, tells everyone, and moves the timer', async () => {
    const res = await http()
      .post(`/api/v1/commission-meetings/${first.id}/cancel`)
      .set('Authorization', await as(secretary))
      .send({ reason: 'De voorzitter is ziek.' });
    expect(res.status).toBe(200);
    expect(res.body.meeting.status).toBe('cancelled');
    expect(res.body.moves).toEqual([{ projectId: p1, meetingId: second.id, told: true }]);
    await placed(p1, second.id as string);
    expect(await gate(p1)).toMatchObject({ state: 'waiting', step: 'await-meeting', dueAt: second.startsAt });
    expect((await agenda(second.id as string, secretary)).items.map((i) => [i.projectId, i.how])).toEqual([
      [p2, 'auto'],
      [p1, 'moved'],
    ]);
    const moved = await eventually(
      () =>
        Promise.resolve(
          smtp
            .to(address(owner), p1)
            .find((m) => m.kind === 'commission-meeting' && m.text.includes('geannuleerd of vol')),
        ),
      20_000,
      'mail about the move to the case owner',
    );
    expect(moved.text).toContain('Het project staat nu op de agenda van de vergadering van');
    await eventually(
      () => Promise.resolve(smtp.to(address(secretary), p1).find((m) => m.kind === 'commission-meeting')),
      20_000,
      'mail about the move to the secretary',
    );
    // Who cancelled, when and why, on the trail; the project's own trail has the move.
    const trail = await db.query(
      `SELECT actor_sub, payload->>'reason' AS reason FROM audit_event
        WHERE action = 'commission-meeting-cancelled' AND payload->>'meetingId' = $1`,
      [first.id],
    );
    expect(trail).toEqual([{ actor_sub: secretary.sub, reason: 'De voorzitter is ziek.' }]);
    const moves = await db.query(
      `SELECT actor_sub FROM audit_event WHERE project_id = $1 AND action = 'commission-meeting-moved'`,
      [p1],
    );
    expect(moves).toEqual([{ actor_sub: secretary.sub }]);
    // Cancelled is final.
    const again = await http()
      .post(`/api/v1/commission-meetings/${first.id}/cancel`)
      .set('Authorization', await as(secretary))
      .send({ reason: 'Nog eens.' });
    expect(again.status).toBe(409);
  });

  it('moves the last case of an over-full meeting; with no meeting left it waits, and monitoring counts it', async () => {
    const res = await http()
      .patch(`/api/v1/commission-meetings/${second.id}`)
      .set('Authorization', await as(secretary))
      .send({ version: second.version, capacity: 1, reason: 'Kleinere zaal.' });
    expect(res.status).toBe(200);
    expect(res.body.moves).toEqual([{ projectId: p1, meetingId: null, told: true }]);
    await placed(p1, null);
    expect(await gate(p1)).toMatchObject({ step: 'schedule-meeting' });
    const figures = await http()
      .get('/api/v1/monitoring/commission-meetings')
      .set('Authorization', await as(PEOPLE.cio));
    expect(figures.status).toBe(200);
    expect(figures.body.waiting).toBeGreaterThanOrEqual(1);
    expect(figures.body.longestWaitSeconds).toEqual(expect.any(Number));
    expect(figures.body.meetings).toEqual(
      expect.arrayContaining([expect.objectContaining({ meetingId: second.id, cases: 1, capacity: 1 })]),
    );
  });

  it('lets the secretary choose a meeting; the workflow waits for it, then the reflection is recorded', async () => {
    const full = second.id as string;
    const choose = async (body: object) => api.post(p1, 'commission/agenda', secretary, body);
    const refusedFull = await choose({ meetingId: full });
    expect(refusedFull.status).toBe(409);
    expect(JSON.stringify(refusedFull.body.errors)).toContain('meetingId');
    expect((await choose({ meetingId: randomUUID() })).status).toBe(404);
    expect((await choose({ meetingId: 'geen' })).status).toBe(400);
    expect((await choose({ meetingId: full, meetingDate: new Date().toISOString() })).status).toBe(400);
    expect((await api.post(p1, 'commission/agenda', owner, { meetingId: full })).status).toBe(403);

    const soon = await meeting(new Date(Date.now() + 4_000), 3);
    const chosen = await choose({ meetingId: soon.id });
    expect(chosen.status).toBe(200);
    await placed(p1, soon.id as string);
    expect((await agenda(soon.id as string, secretary)).items).toEqual([
      expect.objectContaining({ projectId: p1, how: 'secretary' }),
    ]);
    // The meeting passes: the durable timer opens the reflection step, recorded per case as before.
    await eventually(
      async () => ((await gate(p1)).step === 'record-reflection' ? true : undefined),
      30_000,
      'the reflection step after the meeting',
    );
    const held = await http()
      .post(`/api/v1/commission-meetings/${soon.id}/held`)
      .set('Authorization', await as(secretary))
      .send({ reason: 'Vergadering gehouden.' });
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('held');
    const reflection = await api.post(p1, 'commission/reflection', secretary, {
      summary: 'De commissie ziet meerwaarde.',
      recommendations: ['Betrek bewoners'],
      publish: false,
    });
    expect(reflection.status).toBe(200);
    expect(await gate(p1)).toMatchObject({ state: 'completed' });
  });

  it('frees the place of a case that is withdrawn', async () => {
    const seat = async () =>
      (
        await http()
          .get(`/api/v1/commission-meetings/${second.id}`)
          .set('Authorization', await as(secretary))
      ).body as { assigned: number };
    expect((await seat()).assigned).toBe(1);
    expect((await api.post(p2, 'withdraw', other, { reason: 'Het project gaat niet door.' })).status).toBe(200);
    await eventually(async () => ((await seat()).assigned === 0 ? true : undefined), 20_000, 'the place freed');
  });

  it('never puts a meeting over its capacity under concurrent reservations', async () => {
    const repo = new CommissionMeetingRepository(db, new AuditRepository(db));
    const m = await meeting(new Date(Date.now() + 90 * DAY), 3);
    const projects = Array.from({ length: 12 }, () => randomUUID());
    const now = new Date();
    const results = await Promise.all(projects.map((projectId) => repo.reserve({ projectId, meetingId: m.id, now })));
    expect(results.filter((r) => r !== null)).toHaveLength(3);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM commission_meeting_assignment WHERE meeting_id = $1 AND released_at IS NULL`,
      [m.id],
    );
    expect(n).toBe(3);
    await db.query(`DELETE FROM commission_meeting_assignment WHERE meeting_id = $1`, [m.id]);
  });
});

describe('commission meetings: a waiting case takes a newly planned meeting', () => {
  const run = randomUUID().slice(0, 6);
  const owner: Person = { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const secretary: Person = { sub: `sam.${run}`, roles: ['ethics-secretary'], name: 'Sam Secretaris' };

  let smtp: SmtpRecorder;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let planner: MeetingPlanner;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    const config = testConfig({
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      MAIL_POLL_MS: '100',
    });
    db = await openDatabase(config);
    // No planned meeting, and no waiting case of an earlier suite (their workers are gone).
    await db.query(`UPDATE commission_meeting SET status = 'cancelled' WHERE status = 'planned'`);
    await forgetWaitingCases(db);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    planner = new MeetingPlanner(app, api, secretary);
    await signInOnce(app, api, [owner, secretary]);
  });

  afterAll(async () => {
    await planner?.cancelLeftovers(db);
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await smtp?.close();
  });

  const http = () => request(app.getHttpServer());
  const waiting = async () =>
    (
      await http()
        .get('/api/v1/monitoring/commission-meetings')
        .set('Authorization', await api.as(PEOPLE.cio))
    ).body.waiting as number;

  async function waitingCase(title: string): Promise<string> {
    const id = await api.register(`Wachtrij ${run}`, `${title} ${run}`, owner);
    expect((await api.post(id, 'quick-scan', owner, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(id, 'commission/request', owner, { reason: 'Graag een reflectie.' })).status).toBe(200);
    await eventually(
      async () => (((await api.get(id)).commission as Record<string, any> | null)?.waitingSince ? true : undefined),
      20_000,
      `${title} waits`,
    );
    return id;
  }

  let m: Record<string, any>;

  it('puts the case on the meeting the secretary plans, moves its timer, tells the owner; it waits no more', async () => {
    const id = await waitingCase('Slimme bankjes');
    const commission = async () => (await api.get(id)).commission as Record<string, any> | null;
    expect(await waiting()).toBe(1);

    m = await planner.plan(new Date(Date.now() + 45 * DAY), 2, { location: 'Stadhuis' });
    expect(m.assigned).toBe(1);

    const c = await eventually(
      async () => {
        const now = await commission();
        return now?.meetingId === m.id ? now : undefined;
      },
      20_000,
      'the case on the new meeting',
    );
    expect(c).toMatchObject({ meetingDate: m.startsAt, submissionDeadline: m.submissionDeadline, waitingSince: null });
    expect(api.gate(await api.get(id), 'commission-reflection')).toMatchObject({
      state: 'waiting',
      step: 'await-meeting',
      dueAt: m.startsAt,
    });
    const agenda = await http()
      .get(`/api/v1/commission-meetings/${m.id}/agenda`)
      .set('Authorization', await api.as(secretary));
    expect((agenda.body.items as Array<{ projectId: string; how: string }>).map((i) => [i.projectId, i.how])).toEqual([
      [id, 'auto'],
    ]);
    const mail = await eventually(
      () =>
        Promise.resolve(
          smtp
            .to(`${owner.sub}@enschede.example`, id)
            .find((x) => x.kind === 'commission-meeting' && x.text.includes('wachtte op een plek')),
        ),
      20_000,
      'mail to the case owner',
    );
    expect(mail.text).toContain('staat nu op de agenda van de vergadering van');
    await eventually(
      () =>
        Promise.resolve(smtp.to(`${secretary.sub}@enschede.example`, id).find((x) => x.kind === 'commission-meeting')),
      20_000,
      'mail to the secretary',
    );
    // On the project's trail as a move, how 'auto', by the secretary who planned the meeting; on the meeting's too.
    const moves = await db.query(
      `SELECT actor_sub, payload->>'how' AS how FROM audit_event
        WHERE project_id = $1 AND action = 'commission-meeting-moved'`,
      [id],
    );
    expect(moves).toEqual([{ actor_sub: secretary.sub, how: 'auto' }]);
    const planned = await db.query(
      `SELECT payload->'placed' AS placed FROM audit_event
        WHERE action = 'commission-meeting-created' AND payload->>'meetingId' = $1`,
      [m.id],
    );
    expect(planned).toEqual([{ placed: [id] }]);
    expect(await waiting()).toBe(0);
  });

  it('gives the place back when the workflow does not take it (on hold)', async () => {
    // Full, so the next case waits; it is put on hold, and the read model still shows it active (as in a race).
    const full = await http()
      .patch(`/api/v1/commission-meetings/${m.id}`)
      .set('Authorization', await api.as(secretary))
      .send({ capacity: 1, reason: 'Kleinere zaal.' });
    expect(full.status).toBe(200);
    const id = await waitingCase('Slimme prullenbakken');
    expect((await api.post(id, 'hold', PEOPLE.cio, { reason: 'Even pauze.' })).status).toBe(200);
    await eventually(async () => ((await api.get(id)).status === 'on-hold' ? true : undefined), 20_000, 'on hold');
    await db.query(`UPDATE project SET status = 'active' WHERE id = $1`, [id]);
    try {
      await placesBack(id);
    } finally {
      // The read model as the workflow left it: later suites check its figures against a rebuild.
      await db.query(`UPDATE project SET status = 'on-hold' WHERE id = $1`, [id]);
    }
  });

  async function placesBack(id: string): Promise<void> {
    const more = await http()
      .patch(`/api/v1/commission-meetings/${m.id}`)
      .set('Authorization', await api.as(secretary))
      .send({ capacity: 3, reason: 'Grotere zaal.' });
    expect(more.status).toBe(200);
    expect(more.body.moves).toEqual([
      {
        projectId: id,
        meetingId: null,
        told: false,
        refusal: expect.objectContaining({ code: 'project-on-hold', place: 'released' }),
      },
    ]);
    expect(more.body.meeting).toMatchObject({ capacity: 3, assigned: 1 });
    const released = await db.query(
      `SELECT actor_sub, payload->'released' AS released FROM audit_event
        WHERE action = 'commission-meeting-updated' AND payload->>'meetingId' = $1 AND payload ? 'released'`,
      [m.id],
    );
    expect(released).toEqual([{ actor_sub: secretary.sub, released: [id] }]);
  }
});
