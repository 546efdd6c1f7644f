import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { RefusalRecorder } from '@waardenpoort/api';
import type { Actor } from '@waardenpoort/domain';
import { AuditRepository } from '@waardenpoort/persistence';
import { actionUpdateId } from '@waardenpoort/temporal';
import { holdProject } from '@waardenpoort/contracts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK } from './support/answers';
import { testConfig } from './support/harness';
import { useTestSystem } from './support/system';
import { DPIA_BODY, PEOPLE, type ProjectApi, type Person } from './support/project-api';

/**
 * Segregation of duties by person, refused attempts recorded once and coalesced per actor and project, and
 * Idempotency-Key as the Temporal Update id (issue 15, sections 4, 2 and 6).
 */
describe('segregation of duties, refused attempts and idempotent actions', () => {
  let app: INestApplication;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  const department = `Scheiding ${randomUUID().slice(0, 6)}`;

  useTestSystem(
    () => testConfig(),
    (system) => ({ db, temporal, app, api } = system),
  );

  const post = async (projectId: string, path: string, by: Person, body: object, key?: string) => {
    const req = request(app.getHttpServer())
      .post(`/api/v1/projects/${projectId}/${path}`)
      .set('Authorization', await api.as(by));
    if (key !== undefined) req.set('Idempotency-Key', key);
    return req.send(body);
  };

  const actions = async (projectId: string, action: string): Promise<number> => {
    const rows: Array<{ n: number }> = await db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE project_id = $1 AND action = $2`,
      [projectId, action],
    );
    return rows[0]?.n ?? 0;
  };

  /** The trail's refused-attempt entries of one actor on one project, and the attempts they account for. */
  const refusals = async (projectId: string, sub: string): Promise<{ entries: number; attempts: number }> => {
    const rows: Array<{ entries: number; attempts: number }> = await db.query(
      `SELECT count(*)::int AS entries, coalesce(sum((payload->>'count')::int), 0)::int AS attempts
         FROM audit_event WHERE project_id = $1 AND actor_sub = $2 AND action = 'action-refused'`,
      [projectId, sub],
    );
    return rows[0] ?? { entries: 0, attempts: 0 };
  };

  const flushRefusals = () => app.get(RefusalRecorder).flush(new Date(Date.now() + 3_600_000));

  describe('by person, not by role label', () => {
    it('refuses DPO advice by the person who submitted the DPIA as privacy officer, whatever roles they hold', async () => {
      const id = await api.register(department, "Camera's Oude Markt");
      expect((await post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK })).status).toBe(200);
      const piet: Person = { sub: 'piet.tweepet', roles: ['privacy-officer', 'dpo'], name: 'Piet Tweepet' };
      expect((await post(id, 'dpia', piet, DPIA_BODY)).status).toBe(200);
      const own = await post(id, 'dpia/advice', piet, {
        advice: 'positive',
        summary: 'Mijn eigen DPIA is goed.',
        priorConsultationRequired: false,
      });
      expect(own.status).toBe(403);
      expect(own.body.type).toMatch(/segregation-of-duties$/);
      const project = await api.get(id);
      expect(project.gates.find((g: { gate: string }) => g.gate === 'dpia').step).toBe('dpo-advice');
      const other = await post(id, 'dpia/advice', PEOPLE.dpo, {
        advice: 'positive',
        summary: 'Goed onderbouwd.',
        priorConsultationRequired: false,
      });
      expect(other.status).toBe(200);
    });

    it('lets only the owner of this project, the DPO or the CIO office ask for a reflection', async () => {
      const id = await api.register(department, 'Wifi-tellers Stationsplein');
      // A case owner (of other projects) who also holds another role is not the owner of this one.
      const bert: Person = { sub: 'bert.beide', roles: ['case-owner', 'privacy-officer'], name: 'Bert Beide' };
      const refused = await post(id, 'commission/request', bert, { reason: 'Ik wil een reflectie.' });
      expect(refused.status).toBe(403);
      expect(refused.body.type).toMatch(/missing-role$/);
      expect(await actions(id, 'reflection-requested')).toBe(0);
      expect((await post(id, 'commission/request', PEOPLE.owner, { reason: 'Graag een reflectie.' })).status).toBe(200);
      expect((await post(id, 'commission/request', PEOPLE.dpo, { reason: 'De FG vraagt erom.' })).status).toBe(200);
    });

    it("refuses a repeatable action beyond the policy's limit with 409 limit-reached", async () => {
      const id = await api.register(department, 'Reflectie na reflectie');
      // The test policy allows 3 reflection requests per project.
      for (let i = 0; i < 3; i += 1) {
        expect((await post(id, 'commission/request', PEOPLE.owner, { reason: `Verzoek ${i + 1}.` })).status).toBe(200);
      }
      const fourth = await post(id, 'commission/request', PEOPLE.cio, { reason: 'Nog een keer.' });
      expect(fourth.status).toBe(409);
      expect(fourth.body.type).toMatch(/limit-reached$/);
      expect(await actions(id, 'reflection-requested')).toBe(3);
    });
  });

  describe('refused attempts: recorded once, coalesced per actor and project', () => {
    it('records one refused request as exactly one entry, by the guard or by the workflow', async () => {
      const id = await api.register(department, 'Eén weigering, één regel');
      const head: Person = { sub: `hoofd.${randomUUID().slice(0, 6)}`, roles: ['department-head'] };
      // The guard refuses (no role to hold).
      expect((await post(id, 'hold', head, { reason: 'Stop.' })).status).toBe(403);
      expect(await refusals(id, head.sub)).toEqual({ entries: 1, attempts: 1 });
      // The workflow refuses (a case owner, but not of this project).
      const other: Person = { sub: `eigenaar.${randomUUID().slice(0, 6)}`, roles: ['case-owner'] };
      expect((await post(id, 'hold', other, { reason: 'Stop.' })).status).toBe(403);
      expect(await refusals(id, other.sub)).toEqual({ entries: 1, attempts: 1 });
      // Both paths again, and a retried refused request with an Idempotency-Key: counted, summarised once.
      expect((await post(id, 'hold', head, { reason: 'Stop!' })).status).toBe(403);
      expect((await post(id, 'hold', other, { reason: 'Stop!' }, 'k-1')).status).toBe(403);
      const retried = await post(id, 'hold', other, { reason: 'Stop!' }, 'k-1');
      expect(retried.status).toBe(403);
      await flushRefusals();
      expect(await refusals(id, head.sub)).toEqual({ entries: 2, attempts: 2 });
      expect(await refusals(id, other.sub)).toEqual({ entries: 2, attempts: 2 });
    });

    it('turns 1,000 refused requests by one actor into a bounded number of entries whose counts add up to 1,000', async () => {
      const id = await api.register(department, 'Stormloop');
      const head: Person = { sub: `storm.${randomUUID().slice(0, 6)}`, roles: ['department-head'] };
      const authorization = await api.as(head);
      const before = await actions(id, 'action-refused');
      const started = Date.now();
      let sent = 0;
      const statuses = new Map<number, number>();
      await Promise.all(
        Array.from({ length: 10 }, async () => {
          while (sent < 1_000) {
            sent += 1;
            const res = await request(app.getHttpServer())
              .post(`/api/v1/projects/${id}/withdraw`)
              .set('Authorization', authorization)
              .send({ reason: 'Weg ermee.' });
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          }
        }),
      );
      expect(Object.fromEntries(statuses)).toEqual({ 403: 1_000 });
      await flushRefusals();
      const trail = await refusals(id, head.sub);
      // At most two entries per one-minute window (the first attempt, one summary); the test takes well under two.
      const windows = Math.ceil((Date.now() - started) / 60_000) + 1;
      expect(trail.entries).toBeLessThanOrEqual(2 * windows);
      expect(trail.attempts).toBe(1_000);
      expect((await actions(id, 'action-refused')) - before).toBe(trail.entries);
      const summary: Array<{ payload: Record<string, unknown> }> = await db.query(
        `SELECT payload FROM audit_event WHERE project_id = $1 AND actor_sub = $2 AND action = 'action-refused'
          ORDER BY seq`,
        [id, head.sub],
      );
      expect(summary[0]?.payload).toMatchObject({ count: 1, code: 'missing-role' });
      expect(summary.at(-1)?.payload).toMatchObject({ summary: true, firstAt: expect.any(String) });
      // The trail still verifies.
      expect(await new AuditRepository(db).verify({ projectId: id })).toMatchObject({ ok: true });
    }, 120_000);
  });

  describe('Idempotency-Key is the Update id', () => {
    it('applies the same action sent twice with one key once, and answers both alike', async () => {
      const id = await api.register(department, 'Twee keer op pauze');
      const first = await post(id, 'hold', PEOPLE.owner, { reason: 'Budget.' }, 'pauze-1');
      const second = await post(id, 'hold', PEOPLE.owner, { reason: 'Budget.' }, 'pauze-1');
      expect(first.status).toBe(200);
      expect(second.status).toBe(200);
      expect(second.body).toEqual(first.body);
      expect(await actions(id, 'put-on-hold')).toBe(1);
      // Another body with the same key: refused, as at registration.
      const other = await post(id, 'hold', PEOPLE.owner, { reason: 'Iets anders.' }, 'pauze-1');
      expect(other.status).toBe(422);
      expect(other.body.type).toMatch(/idempotency-key-reused$/);
      // Concurrently: the resume sent twice at once is applied once, both answers equal.
      const [a, b] = await Promise.all([
        post(id, 'resume', PEOPLE.owner, { reason: 'Budget rond.' }, 'verder-1'),
        post(id, 'resume', PEOPLE.owner, { reason: 'Budget rond.' }, 'verder-1'),
      ]);
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(b.body).toEqual(a.body);
      expect(await actions(id, 'resumed')).toBe(1);
      // The project moved on since; a late retry of the hold still gets the first answer, as it was.
      const late = await post(id, 'hold', PEOPLE.owner, { reason: 'Budget.' }, 'pauze-1');
      expect(late.status).toBe(200);
      expect(late.body).toEqual(first.body);
      expect(late.body.status).toBe('on-hold');
      expect((await api.get(id)).status).toBe('active');
      // Keys are scoped per person: the CIO office's 'pauze-1' is a new action of its own.
      const cio = await post(id, 'hold', PEOPLE.cio, { reason: 'Budget.' }, 'pauze-1');
      expect(cio.status).toBe(200);
      expect(await actions(id, 'put-on-hold')).toBe(2);
    });

    it('returns the first result to a retry whose first answer was lost', async () => {
      const id = await api.register(department, 'Verloren antwoord');
      const key = 'verloren-1';
      const actor: Actor = {
        sub: PEOPLE.owner.sub,
        name: PEOPLE.owner.name,
        email: `${PEOPLE.owner.sub}@enschede.example`,
        roles: PEOPLE.owner.roles,
      };
      // The first request reached the workflow, but its answer never reached the caller (nor PostgreSQL's key row).
      await temporal.workflow.getHandle(`project-${id}`).executeUpdate(holdProject, {
        args: [{ actor, reason: 'Even wachten.' }],
        updateId: actionUpdateId(id, actor.sub, key),
      });
      const retry = await post(id, 'hold', PEOPLE.owner, { reason: 'Even wachten.' }, key);
      expect(retry.status).toBe(200);
      expect(retry.body.status).toBe('on-hold');
      expect(await actions(id, 'put-on-hold')).toBe(1);
      // Without a key each request is an action of its own: the second hold is refused, the project is on hold.
      const again = await post(id, 'hold', PEOPLE.owner, { reason: 'Even wachten.' });
      expect(again.status).toBe(409);
    });

    it('refuses an Idempotency-Key that is not 1 to 200 printable characters, naming the header', async () => {
      const id = await api.register(department, 'Rare sleutel');
      const res = await post(id, 'hold', PEOPLE.owner, { reason: 'x' }, 'x'.repeat(201));
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', messages: [expect.any(String)] }]);
    });
  });
});
