import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import { openDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { clearCommissionCalendar, MeetingPlanner, signInOnce } from './support/commission-calendar';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';

const DAY = 24 * 3600_000;

/**
 * A cancelled or over-full meeting moves its cases: the database reserves each a place on the next meeting with room,
 * then tells the case's workflow. A workflow that refuses the move (its case moved on meanwhile) must not keep that
 * place: it is given up again, on the meeting's trail with the refusal, the secretary reads in the answer which
 * case did not move and why, and monitoring counts only the cases that are on the agenda.
 */
describe('commission meetings: a move the workflow refuses', () => {
  const run = randomUUID().slice(0, 6);
  const department = `Verplaatst ${run}`;
  const owner: Person = { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const secretary: Person = { sub: `sam.${run}`, roles: ['ethics-secretary'], name: 'Sam Secretaris' };

  let config: AppConfig;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let planner: MeetingPlanner;

  beforeAll(async () => {
    config = testConfig();
    db = await openDatabase(config);
    await clearCommissionCalendar(db);
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
  });

  const http = () => request(app.getHttpServer());

  const meeting = (startsAt: Date, capacity: number, extra: object = {}) => planner.plan(startsAt, capacity, extra);

  /** A case at the commission, on `meetingId` (the next meeting with room takes it). */
  async function onMeeting(title: string, meetingId: string): Promise<string> {
    const id = await api.register(department, `${title} ${run}`, owner);
    expect((await api.post(id, 'quick-scan', owner, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(id, 'commission/request', owner, { reason: 'Graag een reflectie.' })).status).toBe(200);
    await eventuallyOn(id, meetingId);
    return id;
  }

  async function eventuallyOn(id: string, meetingId: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const c = (await api.get(id)).commission as Record<string, any> | null;
      if (c?.meetingId === meetingId) return;
      if (Date.now() > deadline) throw new Error(`project ${id} never reached meeting ${meetingId}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /**
   * The case moves on without its place: the commission meets on a date typed in, and the reflection is recorded. Its
   * place on the calendar's meeting stays in the database, as after a race; its workflow refuses any move now.
   */
  async function movesOn(id: string): Promise<void> {
    await api.reflect(id, { summary: 'Al besproken.', recommendations: [], publish: false });
    expect(api.gate(await api.get(id), 'commission-reflection')).toMatchObject({ state: 'completed' });
  }

  const agenda = async (meetingId: string) =>
    (
      (
        await http()
          .get(`/api/v1/commission-meetings/${meetingId}/agenda`)
          .set('Authorization', await api.as(secretary))
      ).body.items as Array<{ projectId: string; how: string }>
    ).map((i) => i.projectId);
  const figures = async (meetingId: string) =>
    (
      (
        await http()
          .get('/api/v1/monitoring/commission-meetings')
          .set('Authorization', await api.as(PEOPLE.cio))
      ).body.meetings as Array<{ meetingId: string; cases: number }>
    ).find((m) => m.meetingId === meetingId);
  const releases = (meetingId: string) =>
    db.query<Array<{ actor_sub: string; released: string[]; refusals: Array<Record<string, string>> }>>(
      `SELECT actor_sub, payload->'released' AS released, payload->'refusals' AS refusals FROM audit_event
        WHERE action = 'commission-meeting-updated' AND payload->>'meetingId' = $1 AND payload ? 'released'`,
      [meetingId],
    );

  let next: Record<string, any>;
  let moved: string;
  let later: Record<string, any>;
  let movesToo: string;

  it('cancelling a meeting frees the place reserved for a case that moved on, and moves the others', async () => {
    const cancelled = await meeting(new Date(Date.now() + 30 * DAY), 3);
    next = await meeting(new Date(Date.now() + 37 * DAY), 3);
    const gone = await onMeeting('Slimme afvalbakken', cancelled.id as string);
    moved = await onMeeting('Geluidssensoren', cancelled.id as string);
    await movesOn(gone);
    expect(await agenda(cancelled.id as string)).toEqual([gone, moved]);

    const res = await http()
      .post(`/api/v1/commission-meetings/${cancelled.id}/cancel`)
      .set('Authorization', await api.as(secretary))
      .send({ reason: 'De voorzitter is ziek.' });
    expect(res.status).toBe(200);
    expect(res.body.moves).toEqual([
      {
        projectId: gone,
        meetingId: null,
        told: false,
        refusal: {
          code: 'gate-not-active',
          message: expect.stringContaining('commission-reflection'),
          place: 'released',
        },
      },
      { projectId: moved, meetingId: next.id, told: true },
    ]);
    await eventuallyOn(moved, next.id as string);
    // Only the case that moved holds a place on the next meeting, on its agenda, its count and monitoring alike.
    expect(await agenda(next.id as string)).toEqual([moved]);
    const after = await http()
      .get(`/api/v1/commission-meetings/${next.id}`)
      .set('Authorization', await api.as(secretary));
    expect(after.body).toMatchObject({ assigned: 1, capacity: 3 });
    next = after.body as Record<string, any>;
    expect(await figures(next.id as string)).toMatchObject({ cases: 1 });
    // On the trail of the meeting that reserved the place: who, which case, and the workflow's refusal.
    expect(await releases(next.id as string)).toEqual([
      {
        actor_sub: secretary.sub,
        released: [gone],
        refusals: [expect.objectContaining({ projectId: gone, code: 'gate-not-active', place: 'released' })],
      },
    ]);
  });

  it('lowering the capacity frees the place reserved for a case that moved on, and moves the others', async () => {
    later = await meeting(new Date(Date.now() + 44 * DAY), 3);
    // The next meeting has room for two more: both new cases take it, the one that will move on last.
    const stays = moved;
    movesToo = await onMeeting('Slimme parkeerplaatsen', next.id as string);
    const gone = await onMeeting('Drukte tellers', next.id as string);
    await movesOn(gone);
    expect(await agenda(next.id as string)).toEqual([stays, movesToo, gone]);

    const res = await http()
      .patch(`/api/v1/commission-meetings/${next.id}`)
      .set('Authorization', await api.as(secretary))
      .send({ version: next.version, capacity: 1, reason: 'Kleinere zaal.' });
    expect(res.status).toBe(200);
    expect(res.body.moves).toEqual([
      {
        projectId: gone,
        meetingId: null,
        told: false,
        refusal: expect.objectContaining({ code: 'gate-not-active', place: 'released' }),
      },
      { projectId: movesToo, meetingId: later.id, told: true },
    ]);
    expect(res.body.meeting).toMatchObject({ capacity: 1, assigned: 1 });
    await eventuallyOn(movesToo, later.id as string);
    expect(await agenda(later.id as string)).toEqual([movesToo]);
    expect(await agenda(next.id as string)).toEqual([stays]);
    expect(await figures(later.id as string)).toMatchObject({ cases: 1 });
    expect(await figures(next.id as string)).toMatchObject({ cases: 1 });
    expect(await releases(later.id as string)).toEqual([
      {
        actor_sub: secretary.sub,
        released: [gone],
        refusals: [expect.objectContaining({ projectId: gone, code: 'gate-not-active' })],
      },
    ]);
  });

  it('keeps the place while the workflow’s answer is unknown (no worker), and says so', async () => {
    const last = await meeting(new Date(Date.now() + 51 * DAY), 2);
    // No worker: the move Update meets its deadline unanswered and the query too. It may still be applied once a
    // worker is back, so the place stays reserved rather than going to someone else.
    await worker.shutdown();
    try {
      const res = await http()
        .post(`/api/v1/commission-meetings/${later.id}/cancel`)
        .set('Authorization', await api.as(secretary))
        .send({ reason: 'Zaal niet beschikbaar.' });
      expect(res.status).toBe(200);
      expect(res.body.moves).toEqual([
        {
          projectId: movesToo,
          meetingId: last.id,
          told: false,
          refusal: expect.objectContaining({ code: 'outcome-unknown', place: 'kept' }),
        },
      ]);
      expect(await agenda(last.id as string)).toEqual([movesToo]);
      const trail = await db.query<Array<{ kept: string[]; released: string[] }>>(
        `SELECT payload->'kept' AS kept, payload->'released' AS released FROM audit_event
          WHERE action = 'commission-meeting-updated' AND payload->>'meetingId' = $1`,
        [last.id],
      );
      expect(trail).toEqual([{ kept: [movesToo], released: [] }]);
    } finally {
      worker = await startTestWorker(config);
    }
  });
});
