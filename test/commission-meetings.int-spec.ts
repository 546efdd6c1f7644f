import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { AuditRepository, CommissionMeetingRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import { eventually, openDatabase, startApi, startTestWorker, testConfig } from './support/harness';
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
  const department = `Commissie ${run}`;
  const owner: Person = { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const other: Person = { sub: `bob.${run}`, roles: ['case-owner'], name: 'Bob Bakker' };
  const secretary: Person = { sub: `sam.${run}`, roles: ['ethics-secretary'], name: 'Sam Secretaris' };
  const address = (p: Person): string => `${p.sub}@enschede.example`;

  let smtp: SmtpRecorder;
  let config: AppConfig;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  const created: string[] = [];

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
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    for (const p of [owner, other, secretary]) {
      await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', await api.as(p))
        .expect(200);
    }
  });

  afterAll(async () => {
    // Meetings with room would take the cases of suites that run after this one in the same database.
    if (db && created.length > 0) {
      await db.query(`UPDATE commission_meeting SET status = 'cancelled' WHERE id = ANY($1) AND status = 'planned'`, [
        created,
      ]);
    }
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await smtp?.close();
  });

  const http = () => request(app.getHttpServer());
  const as = (p: Person) => api.as(p);

  async function meeting(startsAt: Date, capacity: number, extra: object = {}): Promise<Record<string, any>> {
    const res = await http()
      .post('/api/v1/commission-meetings')
      .set('Authorization', await as(secretary))
      .send({ startsAt: startsAt.toISOString(), location: 'Stadhuis, raadzaal', capacity, ...extra });
    expect(res.status).toBe(201);
    created.push(res.body.id as string);
    return res.body as Record<string, any>;
  }

  /** A project whose case owner asks for a reflection: the commission's gate opens and a place is sought. */
  async function toCommission(title: string, by: Person = owner): Promise<string> {
    const id = await api.register(department, `${title} ${run}`, by);
    expect((await api.post(id, 'quick-scan', by, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(id, 'commission/request', by, { reason: 'Graag een reflectie.' })).status).toBe(200);
    return id;
  }

  const commission = async (id: string) => (await api.get(id)).commission as Record<string, any> | null;
  const gate = async (id: string) => api.gate(await api.get(id), 'commission-reflection') as Record<string, any>;
  const onMeeting = (id: string, meetingId: string) =>
    eventually(async () => ((await commission(id))?.meetingId === meetingId ? true : undefined), 20_000, 'meeting');

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
    const list = await http().get('/api/v1/commission-meetings').set('Authorization', await as(owner));
    expect(list.status).toBe(200);
    expect((list.body as Array<{ id: string }>).map((x) => x.id)).toContain(m.id);
    expect((await http().get('/api/v1/commission-meetings/nope').set('Authorization', await as(owner))).status).toBe(
      400,
    );
    const monitoring = async (by: Person) =>
      (await http().get('/api/v1/monitoring/commission-meetings').set('Authorization', await as(by))).status;
    expect(await monitoring(owner)).toBe(403);
    expect(await monitoring(PEOPLE.cio)).toBe(200);
    // Every change of the calendar is on the audit trail with who and why.
    const audit = await db.query(`SELECT actor_sub, payload FROM audit_event WHERE action = 'commission-meeting-created'
                                   AND payload->>'meetingId' = $1`, [m.id]);
    expect(audit).toEqual([expect.objectContaining({ actor_sub: secretary.sub })]);
  });
});
