import type { INestApplication } from '@nestjs/common';
import ICAL from 'ical.js';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { testConfig } from './support/harness';
import { PEOPLE, type Person, type ProjectApi } from './support/project-api';
import { startTestSystem, type TestSystem } from './support/system';

/** Another case owner: his project is outside Anna's read scope, so outside her feed. */
const BOB: Person = { sub: 'bob.bakker', roles: ['case-owner'], name: 'Bob Bakker' };

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  description: string;
  url: string | null;
}

/** The feed as a calendar program reads it: parsed by ical.js, every VEVENT with its start as an instant. */
function parseFeed(text: string): { name: string | null; events: FeedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname') as string | null,
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        summary: e.summary,
        start: e.startDate.toJSDate().toISOString(),
        description: e.description,
        url: c.getFirstPropertyValue('url') as string | null,
      };
    }),
  };
}

/**
 * Personal calendar feeds (issue 19), over HTTP with Temporal and PostgreSQL: a person's open deadlines and the
 * commission meetings of their projects, within their read scope, read without a bearer token through a secret
 * address that can be replaced and revoked.
 */
describe('personal calendar feeds', () => {
  let app: INestApplication;
  let api: ProjectApi;
  let system: TestSystem | undefined;
  const tag = randomUUID().slice(0, 8);
  const department = `Kalender ${tag}`;

  beforeAll(async () => {
    system = await startTestSystem(testConfig());
    ({ app, api } = system);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const feedAddress = async (by: Person): Promise<string> => {
    const res = await request(app.getHttpServer())
      .post('/api/v1/me/calendar-feed')
      .set('Authorization', await api.as(by))
      .send({});
    expect(res.status).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    return new URL(res.body.url as string).pathname;
  };
  const read = (path: string) => request(app.getHttpServer()).get(path);

  it('gives the case owner her deadlines and meetings, nobody else’s, and stops at a new or revoked address', async () => {
    // Anna's camera project waits for her DPIA; her request for a reflection puts her parking project on a meeting.
    const camera = await api.register(department, `Camera’s kalender ${tag}`);
    expect((await api.post(camera, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK })).status).toBe(200);
    const parking = await api.register(department, `Parkeren kalender ${tag}`);
    expect((await api.post(parking, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(parking, 'commission/request', PEOPLE.owner, { reason: 'Graag.' })).status).toBe(200);
    const meetingDate = new Date(Date.now() + 3 * 24 * 3600_000);
    meetingDate.setUTCMilliseconds(0);
    const agenda = await api.post(parking, 'commission/agenda', PEOPLE.secretary, {
      meetingDate: meetingDate.toISOString(),
    });
    expect(agenda.status).toBe(200);
    // Bob's project: same department, his own DPIA task.
    const bobs = await api.register(department, `Bobs project ${tag}`, BOB);
    expect((await api.post(bobs, 'quick-scan', BOB, { answers: HIGH_RISK })).status).toBe(200);

    const dpiaTask = (await api.get(camera)).openTasks.find((t: { step: string }) => t.step === 'submit-dpia');
    expect(dpiaTask?.dueAt).toEqual(expect.any(String));

    const first = await feedAddress(PEOPLE.owner);
    expect(first).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await read(first);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const feed = parseFeed(res.text);
    expect(feed.name).toBe('Waardenpoort: termijnen van Anna Jansen');
    const deadline = feed.events.find((e) => e.summary.includes(`Camera’s kalender ${tag}`));
    expect(deadline).toMatchObject({
      summary: `De DPIA (gegevensbeschermingseffectbeoordeling) indienen: Camera’s kalender ${tag}`,
      // iCalendar times have whole seconds.
      start: new Date(Math.floor(Date.parse(dpiaTask.dueAt as string) / 1000) * 1000).toISOString(),
      url: expect.stringMatching(new RegExp(`/projecten/${camera}/taak/submit-dpia$`)),
    });
    expect(deadline?.description).toContain(`Afdeling: ${department}`);
    const meeting = feed.events.find((e) => e.summary === `Vergadering Ethische Commissie: Parkeren kalender ${tag}`);
    expect(meeting?.start).toBe(meetingDate.toISOString());
    // READ_SCOPE: Bob's project is not Anna's to read, so not in her calendar.
    expect(res.text).not.toContain(`Bobs project ${tag}`);
    expect(new Set(feed.events.map((e) => e.uid)).size).toBe(feed.events.length);

    // The secretary's feed has the meeting and the secretary's own work, not Anna's DPIA.
    const secretary = parseFeed((await read(await feedAddress(PEOPLE.secretary))).text);
    expect(secretary.events.map((e) => e.summary)).toContain(
      `Vergadering Ethische Commissie: Parkeren kalender ${tag}`,
    );
    expect(secretary.events.some((e) => e.summary.includes(`Camera’s kalender ${tag}`))).toBe(false);

    // In the language of the person's preference.
    const english = await request(app.getHttpServer())
      .put('/api/v1/me/preferences')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send({ language: 'en', digest: false });
    expect(english.status).toBe(200);
    expect(parseFeed((await read(first)).text).events.map((e) => e.summary)).toContain(
      `Submit the DPIA (data protection impact assessment): Camera’s kalender ${tag}`,
    );

    // A new address replaces the old one; a revoked address stops; every miss is the same 404 problem.
    const state = await request(app.getHttpServer())
      .get('/api/v1/me/calendar-feed')
      .set('Authorization', await api.as(PEOPLE.owner));
    expect(state.body).toMatchObject({ active: true, lastReadAt: expect.any(String) });
    const second = await feedAddress(PEOPLE.owner);
    expect(second).not.toBe(first);
    const replaced = await read(first);
    expect(replaced.status).toBe(404);
    expect(replaced.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(replaced.body.type).toMatch(/calendar-feed-not-found$/);
    expect((await read(second)).status).toBe(200);
    const revoke = async () =>
      request(app.getHttpServer())
        .delete('/api/v1/me/calendar-feed')
        .set('Authorization', await api.as(PEOPLE.owner));
    expect((await revoke()).status).toBe(204);
    expect((await read(second)).status).toBe(404);
    expect((await revoke()).status).toBe(404);
    const none = await request(app.getHttpServer())
      .get('/api/v1/me/calendar-feed')
      .set('Authorization', await api.as(PEOPLE.owner));
    expect(none.body).toEqual({ active: false, createdAt: null, lastReadAt: null });
  });

  it('refuses a malformed address, an unknown secret and fields it does not take', async () => {
    for (const path of [
      '/api/v1/calendar/abc.ics',
      `/api/v1/calendar/${'A'.repeat(43)}.ics`,
      `/api/v1/calendar/${'A'.repeat(43)}`,
    ]) {
      const res = await read(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    // Control characters and a broken UTF-8 sequence in the address: refused before anything is looked up.
    const hostile = await read(`/api/v1/calendar/${'%00%ED%A0%80'.repeat(30)}.ics`);
    expect(hostile.status).toBe(400);
    expect(hostile.headers['content-type']).toMatch(/^application\/problem\+json/);
    const extra = await request(app.getHttpServer())
      .post('/api/v1/me/calendar-feed')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send({ token: 'mijn-eigen-geheim' });
    expect(extra.status).toBe(400);
    expect(extra.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
