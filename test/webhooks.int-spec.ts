import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { ProjectEvent } from '@waardenpoort/domain';
import { AuditRepository, WebhookFeedRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import { eventually, openDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, any>;
  status: number;
}

/** What a monitoring pipeline's receiver does: check the signature over the timestamp and the raw body. */
function verifies(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = String(headers['x-waardenpoort-timestamp']);
  const given = String(headers['x-waardenpoort-signature']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** Webhooks end to end: subscriptions over HTTP, the worker's dispatcher, a real receiver on 127.0.0.1. */
describe('webhooks for the CIO office', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let receiver: http.Server;
  let receiverUrl: string;
  const received: Received[] = [];
  /** Deliveries the /flaky path has refused once already. */
  const refusedOnce = new Set<string>();
  const created: string[] = [];
  const department = `Webhooks ${randomUUID().slice(0, 8)}`;

  const subscribe = async (path: string, eventTypes: string[]): Promise<{ id: string; secret: string }> => {
    const res = await request(app.getHttpServer())
      .post('/api/v1/webhooks')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send({ targetUrl: `${receiverUrl}${path}`, eventTypes, description: `test ${path}` })
      .expect(201);
    created.push(res.body.id as string);
    return { id: res.body.id as string, secret: res.body.secret as string };
  };

  const deliveries = async (subscriptionId: string): Promise<Array<Record<string, any>>> =>
    (
      await request(app.getHttpServer())
        .get(`/api/v1/webhooks/${subscriptionId}/deliveries`)
        .set('Authorization', await api.as(PEOPLE.cio))
        .expect(200)
    ).body as Array<Record<string, any>>;

  const receivedFor = (path: string, projectId: string): Received[] =>
    received.filter((r) => r.path === path && r.json.project?.id === projectId);

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const delivery = String(req.headers['x-waardenpoort-delivery']);
        const path = req.url ?? '/';
        const status = path === '/flaky' && !refusedOnce.has(delivery) ? 503 : path === '/ok' ? 204 : 200;
        if (status === 503) refusedOnce.add(delivery);
        received.push({ path, headers: req.headers, body, json: JSON.parse(body) as Record<string, any>, status });
        res.writeHead(status).end(status === 503 ? 'even geduld' : '');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

    config = testConfig({
      WEBHOOKS_ENABLED: 'true',
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_BASE_MS: '300',
      WEBHOOK_TIMEOUT_MS: '3000',
    });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
  });

  afterAll(async () => {
    // The database outlives this suite: leave no subscription behind for a later dispatcher.
    for (const id of created) {
      await request(app.getHttpServer())
        .delete(`/api/v1/webhooks/${id}`)
        .set('Authorization', await api.as(PEOPLE.cio));
    }
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await new Promise((resolve) => receiver?.close(resolve));
  });

  it('delivers signed events of the types subscribed to, each once', async () => {
    const sub = await subscribe('/ok', ['project.registered', 'gate.opened', 'gate.completed', 'decision']);
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const listed = await request(app.getHttpServer())
      .get('/api/v1/webhooks')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    const mine = (listed.body as Array<Record<string, any>>).find((s) => s.id === sub.id);
    expect(mine).toMatchObject({ targetUrl: `${receiverUrl}/ok`, createdBy: PEOPLE.cio.sub, deletedAt: null });
    expect(mine).not.toHaveProperty('secret');

    const id = await api.register(department, 'Gevolgd door de CIO-pijplijn');
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Vertrouwelijke afweging die niet in een webhook hoort.',
      adviceResponses: [],
    });
    expect(decided.status).toBe(200);

    const expected = [
      'project.registered',
      'gate.opened:quick-scan',
      'gate.completed:quick-scan',
      'gate.opened:portfolio-decision',
      'gate.completed:portfolio-decision',
      'decision',
    ];
    const got = await eventually(
      async () => {
        const r = receivedFor('/ok', id);
        return Promise.resolve(r.length >= expected.length ? r : undefined);
      },
      20_000,
      'six deliveries',
    );
    const label = (r: Received): string =>
      r.json.type === 'gate.opened' || r.json.type === 'gate.completed' ? `${r.json.type}:${r.json.gate}` : r.json.type;
    expect(got.map(label).sort()).toEqual([...expected].sort());

    for (const r of got) {
      expect(verifies(sub.secret, r.headers, r.body)).toBe(true);
      expect(verifies('whsec_someone-else', r.headers, r.body)).toBe(false);
      expect(Math.abs(Number(r.headers['x-waardenpoort-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-waardenpoort-event']).toBe(r.json.type);
      expect(r.json).toMatchObject({
        id: expect.stringContaining(id),
        occurredAt: expect.any(String),
        project: { id, title: 'Gevolgd door de CIO-pijplijn', department },
      });
    }
    const decision = got.find((r) => r.json.type === 'decision');
    expect(decision?.json.data).toEqual({ outcome: 'approved', returnTo: null });
    // Rationales, answers and other free text stay inside the municipality.
    expect(got.map((r) => r.body).join('\n')).not.toMatch(/Vertrouwelijke afweging|public-space-sensors/);

    // A tampered body no longer verifies.
    const first = got[0];
    expect(first && verifies(sub.secret, first.headers, first.body.replace(department, 'Andere afdeling'))).toBe(false);

    // Each once, also after more dispatcher rounds; the log says so.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(receivedFor('/ok', id)).toHaveLength(expected.length);
    const log = (await deliveries(sub.id)).filter((d) => d.body.project.id === id);
    expect(log).toHaveLength(expected.length);
    for (const d of log) {
      expect(d).toMatchObject({
        status: 'succeeded',
        attempts: 1,
        lastStatusCode: 204,
        deliveredAt: expect.any(String),
      });
      expect(d.log).toEqual([expect.objectContaining({ attempt: 1, outcome: 'succeeded', statusCode: 204 })]);
    }
  });

  it('retries a receiver that fails first, with the same delivery id, and logs both attempts', async () => {
    const sub = await subscribe('/flaky', ['project.registered']);
    const id = await api.register(department, 'Ontvanger hapert');
    const attempts = await eventually(
      async () => {
        const r = receivedFor('/flaky', id);
        return Promise.resolve(r.length >= 2 ? r : undefined);
      },
      20_000,
      'the retry',
    );
    expect(attempts.map((a) => a.status)).toEqual([503, 200]);
    expect(attempts[0]?.headers['x-waardenpoort-delivery']).toBe(attempts[1]?.headers['x-waardenpoort-delivery']);
    expect(attempts[0]?.body).toBe(attempts[1]?.body);
    for (const a of attempts) expect(verifies(sub.secret, a.headers, a.body)).toBe(true);

    const log = await eventually(
      async () => {
        const d = (await deliveries(sub.id)).find((x) => x.body.project.id === id);
        return d?.status === 'succeeded' ? d : undefined;
      },
      10_000,
      'the delivery logged as succeeded',
    );
    expect(log).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200, lastError: null });
    expect(log.id).toBe(attempts[0]?.headers['x-waardenpoort-delivery']);
    expect(log.log).toEqual([
      expect.objectContaining({ attempt: 1, outcome: 'failed', statusCode: 503 }),
      expect.objectContaining({ attempt: 2, outcome: 'succeeded', statusCode: 200 }),
    ]);
    const [firstAt, secondAt] = (log.log as Array<{ attemptedAt: string }>).map((a) => Date.parse(a.attemptedAt));
    // Back-off: base 300 ms, so the second attempt waited at least half of it.
    expect(Number(secondAt) - Number(firstAt)).toBeGreaterThanOrEqual(140);
    await new Promise((r) => setTimeout(r, 800));
    expect(receivedFor('/flaky', id)).toHaveLength(2);
  });

  it('sends a deleted subscription nothing more', async () => {
    const gone = await subscribe('/gone', ['project.registered']);
    const control = await subscribe('/control', ['project.registered']);
    const before = await api.register(department, 'Voor het opzeggen');
    await eventually(async () => Promise.resolve(receivedFor('/gone', before)[0]), 20_000, 'a delivery before');

    await request(app.getHttpServer())
      .delete(`/api/v1/webhooks/${gone.id}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(204);
    await request(app.getHttpServer())
      .delete(`/api/v1/webhooks/${gone.id}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(404);
    const listed = await request(app.getHttpServer())
      .get('/api/v1/webhooks')
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    expect((listed.body as Array<{ id: string }>).map((s) => s.id)).not.toContain(gone.id);
    // Deleted, its log stays readable.
    const single = await request(app.getHttpServer())
      .get(`/api/v1/webhooks/${gone.id}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    expect(single.body.deletedAt).toEqual(expect.any(String));
    expect((await deliveries(gone.id)).some((d) => d.body.project.id === before)).toBe(true);

    const after = await api.register(department, 'Na het opzeggen');
    // Once the control subscription has its delivery, the dispatcher has fanned this event out.
    await eventually(async () => Promise.resolve(receivedFor('/control', after)[0]), 20_000, 'the control delivery');
    await new Promise((r) => setTimeout(r, 500));
    expect(receivedFor('/gone', after)).toEqual([]);
    expect((await deliveries(gone.id)).some((d) => d.body.project.id === after)).toBe(false);
    expect(control.id).toBeDefined();
  });

  it('validates subscriptions and keeps them to the CIO office', async () => {
    const post = async (body: object, by: Person = PEOPLE.cio): Promise<request.Response> =>
      request(app.getHttpServer())
        .post('/api/v1/webhooks')
        .set('Authorization', await api.as(by))
        .send(body);
    for (const body of [
      { targetUrl: 'ftp://127.0.0.1/x', eventTypes: ['reminder'] },
      { targetUrl: 'niet een url', eventTypes: ['reminder'] },
      { targetUrl: `${receiverUrl}/ok`, eventTypes: [] },
      { targetUrl: `${receiverUrl}/ok`, eventTypes: ['project.deleted'] },
      { targetUrl: `${receiverUrl}/ok`, eventTypes: ['reminder', 'reminder'] },
      { targetUrl: `http://user:pass@127.0.0.1:${receiverUrl.split(':').pop()}/ok`, eventTypes: ['reminder'] },
      { targetUrl: `${receiverUrl}/ok`, eventTypes: ['reminder'], secret: 'mine' },
    ]) {
      const res = await post(body);
      expect([JSON.stringify(body), res.status]).toEqual([JSON.stringify(body), 400]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await post({ targetUrl: `${receiverUrl}/ok`, eventTypes: ['reminder'] }, PEOPLE.owner)).status).toBe(403);
    expect((await post({ targetUrl: `${receiverUrl}/ok`, eventTypes: ['reminder'] }, PEOPLE.auditor)).status).toBe(403);
    await request(app.getHttpServer())
      .get('/api/v1/webhooks')
      .set('Authorization', await api.as(PEOPLE.owner))
      .expect(403);
    await request(app.getHttpServer())
      .delete(`/api/v1/webhooks/${randomUUID()}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(404);
    await request(app.getHttpServer())
      .get('/api/v1/webhooks/not-a-uuid/deliveries')
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(400);
  });

  it('reads the audit feed in an order a cursor can keep: a transaction that commits late is not skipped', async () => {
    const feed = new WebhookFeedRepository(db);
    const audit = new AuditRepository(db);
    const start = await feed.head();
    const event = (projectId: string): ProjectEvent => ({
      eventId: `${projectId}:1`,
      projectId,
      at: new Date().toISOString(),
      actor: null,
      action: 'feed-order-probe',
      gate: null,
      payload: {},
      documentHashes: [],
      policyVersion: null,
      workflowId: null,
      runId: null,
    });
    const early = randomUUID();
    const late = randomUUID();
    const runner = db.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      // `early` writes first and stays uncommitted; `late` starts after it and commits at once.
      await audit.append(runner.manager, [event(early)]);
      await audit.appendStandalone([event(late)]);
      const whileOpen = (await feed.readAfter(start, 100_000)).map((r) => r.projectId);
      // Reading `late` now would move a cursor past `early`, which would then never be seen.
      expect(whileOpen).not.toContain(late);
      expect(whileOpen).not.toContain(early);
      await runner.commitTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    const rows = await eventually(
      async () => {
        const r = (await feed.readAfter(start, 100_000)).filter((x) => x.projectId === early || x.projectId === late);
        return r.length === 2 ? r : undefined;
      },
      10_000,
      'both rows readable',
    );
    expect(rows.map((r) => r.projectId)).toEqual([early, late]);
  });
});
