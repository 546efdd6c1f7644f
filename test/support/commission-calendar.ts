import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { forgetWaitingCases } from './harness';
import type { Person, ProjectApi } from './project-api';

/**
 * The Ethics Commission's calendar as the suites that plan meetings share it: they run one after another on one
 * database, and a meeting with room takes any case that waits for one, also another suite's.
 */

/** Before a suite: meetings of earlier suites take none of its cases, and their waiting cases none of its meetings. */
export async function clearCommissionCalendar(db: DataSource): Promise<void> {
  await db.query(`UPDATE commission_meeting SET status = 'cancelled' WHERE status = 'planned'`);
  await forgetWaitingCases(db);
}

/** Each person signs in once, so the person directory (names, roles, departments) knows them. */
export async function signInOnce(app: INestApplication, api: ProjectApi, people: readonly Person[]): Promise<void> {
  for (const p of people) {
    await request(app.getHttpServer())
      .get('/api/v1/me')
      .set('Authorization', await api.as(p))
      .expect(200);
  }
}

/** The secretary's meetings of one suite, cancelled at its end if still planned. */
export class MeetingPlanner {
  private readonly created: string[] = [];

  constructor(
    private readonly app: INestApplication,
    private readonly api: ProjectApi,
    private readonly secretary: Person,
  ) {}

  /** A planned meeting (201), at the town hall unless `extra` says otherwise. */
  async plan(startsAt: Date, capacity: number, extra: object = {}): Promise<Record<string, any>> {
    const res = await request(this.app.getHttpServer())
      .post('/api/v1/commission-meetings')
      .set('Authorization', await this.api.as(this.secretary))
      .send({ startsAt: startsAt.toISOString(), location: 'Stadhuis, raadzaal', capacity, ...extra });
    expect(res.status).toBe(201);
    this.created.push(res.body.id as string);
    return res.body as Record<string, any>;
  }

  /** After the suite: its meetings with room would take the cases of suites that run after it. */
  async cancelLeftovers(db: DataSource | undefined): Promise<void> {
    if (!db || this.created.length === 0) return;
    await db.query(`UPDATE commission_meeting SET status = 'cancelled' WHERE id = ANY($1) AND status = 'planned'`, [
      this.created,
    ]);
  }
}
