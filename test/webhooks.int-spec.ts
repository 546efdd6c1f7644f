import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { ProjectEvent } from '@waardenpoort/domain';
import {
  AuditRepository,
  isDeliveryErrorCode,
  openWebhookSecret,
  sealWebhookSecret,
  WebhookFeedRepository,
} from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import { eventually, openDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';

/** The audit chain of what belongs to no single project (apps/api/src/policy/policy.controller.ts). */
const SYSTEM_AUDIT_ID = '00000000-0000-0000-0000-000000000000';

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
      // The receiver is on this machine: allowed by the allow-list, as an internal receiver would be. Everything
      // else internal (127.0.0.2, ::1, 10/8, ...) stays refused.
      WEBHOOK_ALLOWED_TARGETS: '127.0.0.1/32',
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
      // Sensors in public space: the sensor register task opens after the decision.
      'gate.opened:publication',
    ];
    const got = await eventually(
      async () => {
        const r = receivedFor('/ok', id);
        return Promise.resolve(r.length >= expected.length ? r : undefined);
      },
      20_000,
      'seven deliveries',
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
      expect.objectContaining({ attempt: 1, outcome: 'failed', statusCode: 503, error: 'http-503' }),
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

  it('refuses internal targets at subscribe time, after DNS resolution, naming targetUrl', async () => {
    // An API without an allow-list, as a deployment without internal receivers runs.
    const strict = await startApi(testConfig({ WEBHOOK_ALLOWED_TARGETS: '' }));
    try {
      const port = receiverUrl.split(':').pop() ?? '80';
      for (const targetUrl of [
        `http://127.0.0.1:${port}/ok`,
        'http://10.0.0.5:8080/hook',
        'http://172.16.4.4/hook',
        'http://192.168.1.1/hook',
        'http://100.64.0.1/hook',
        'http://169.254.169.254/latest/meta-data/',
        `http://[::1]:${port}/ok`,
        'http://[fd00:ec2::254]/',
        'http://[::ffff:10.0.0.5]/hook',
        'http://0.0.0.0/hook',
        `http://localhost:${port}/ok`,
      ]) {
        const res = await request(strict.getHttpServer())
          .post('/api/v1/webhooks')
          .set('Authorization', await api.as(PEOPLE.cio))
          .send({ targetUrl, eventTypes: ['reminder'] });
        expect([targetUrl, res.status]).toEqual([targetUrl, 400]);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors).toEqual([{ field: 'targetUrl', messages: [expect.stringMatching(/may not reach/)] }]);
      }
      // This suite's API allows 127.0.0.1 only: another loopback address is still refused.
      const other = await request(app.getHttpServer())
        .post('/api/v1/webhooks')
        .set('Authorization', await api.as(PEOPLE.cio))
        .send({ targetUrl: `http://127.0.0.2:${port}/ok`, eventTypes: ['reminder'] });
      expect(other.status).toBe(400);
      const none = await db.query(`SELECT count(*)::int AS n FROM webhook_subscription WHERE target_url LIKE $1`, [
        '%127.0.0.2%',
      ]);
      expect(none[0].n).toBe(0);
    } finally {
      await strict.close();
    }
  });

  it('refuses internal targets again at delivery (a row that got in), without connecting, in one word', async () => {
    // Traps on addresses the allow-list does not cover: a connection to one would show here.
    const trapped: string[] = [];
    const trap = http.createServer((req, res) => {
      trapped.push(`${req.socket.localAddress ?? '?'} ${req.url ?? ''}`);
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.2', resolve));
    const trapPort = (trap.address() as AddressInfo).port;
    const key = config.webhooks.secretKey as Uint8Array;
    const targets = [
      `http://127.0.0.2:${trapPort}/sneaky`,
      'http://169.254.169.254/latest/meta-data/',
      'http://10.0.0.5:8080/internal',
      `http://[::1]:${trapPort}/sneaky`,
    ];
    const ids: string[] = [];
    try {
      for (const targetUrl of targets) {
        const subId = randomUUID();
        ids.push(subId);
        created.push(subId);
        await db.query(
          `INSERT INTO webhook_subscription (id, target_url, event_types, secret_sealed, description, created_by_sub,
             created_at)
           VALUES ($1, $2, ARRAY['project.registered'], $3, 'ingevoegd buiten de API om', 'mallory', now())`,
          [subId, targetUrl, sealWebhookSecret(key, subId, 'whsec_sneaky')],
        );
      }
      // A refused delivery records an attempt; a control subscription shows the dispatcher ran.
      const control = await subscribe('/refusal-control', ['project.registered']);
      const projectId = await api.register(department, 'Niet naar binnen');
      await eventually(
        async () => Promise.resolve(receivedFor('/refusal-control', projectId)[0]),
        20_000,
        'the control delivery',
      );
      for (const subId of ids) {
        const log = await eventually(
          async () => {
            const d = (await deliveries(subId)).find((x) => x.body.project.id === projectId);
            return d && d.log.length > 0 ? d : undefined;
          },
          20_000,
          `a refused attempt for ${subId}`,
        );
        expect(log.log[0]).toMatchObject({ outcome: 'failed', statusCode: null, error: 'refused-address' });
        expect(log.lastError).toBe('refused-address');
      }
      expect(trapped).toEqual([]);
      const stored: Array<{ error: string }> = await db.query(
        `SELECT a.error FROM webhook_delivery_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
          WHERE d.subscription_id = ANY($1::uuid[])`,
        [ids],
      );
      expect(stored.length).toBeGreaterThanOrEqual(ids.length);
      expect(new Set(stored.map((r) => r.error))).toEqual(new Set(['refused-address']));
      expect(control.id).toBeDefined();
    } finally {
      await new Promise((resolve) => trap.close(resolve));
    }
  });

  it('logs a failed connection in the vocabulary, without the host and port', async () => {
    // Allowed (127.0.0.1), but nothing listens there once the probe server is closed.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const closedPort = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const res = await request(app.getHttpServer())
      .post('/api/v1/webhooks')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send({ targetUrl: `http://127.0.0.1:${closedPort}/gone`, eventTypes: ['project.registered'] })
      .expect(201);
    created.push(res.body.id as string);
    const projectId = await api.register(department, 'Niemand thuis');
    const log = await eventually(
      async () => {
        const d = (await deliveries(res.body.id as string)).find((x) => x.body.project.id === projectId);
        return d && d.log.length > 0 ? d : undefined;
      },
      20_000,
      'a failed attempt',
    );
    expect(log.log[0]).toMatchObject({ outcome: 'failed', error: 'connection-failed' });
    const text = JSON.stringify(log);
    expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1:\d+(?!\/gone)/);
    const stored: Array<{ error: string | null; last_error: string | null }> = await db.query(
      `SELECT a.error, d.last_error FROM webhook_delivery_attempt a JOIN webhook_delivery d ON d.id = a.delivery_id
        WHERE d.subscription_id = $1`,
      [res.body.id],
    );
    for (const row of stored) {
      expect(isDeliveryErrorCode(row.error ?? '')).toBe(true);
      if (row.last_error !== null) expect(isDeliveryErrorCode(row.last_error)).toBe(true);
    }
  });

  it('keeps the signing secret encrypted at rest, and seals secrets stored before in plain text', async () => {
    const sub = await subscribe('/at-rest', ['reminder']);
    const rows: Array<{ secret: string | null; secret_sealed: string }> = await db.query(
      `SELECT secret, secret_sealed FROM webhook_subscription WHERE id = $1`,
      [sub.id],
    );
    const row = rows[0];
    expect(row?.secret).toBeNull();
    expect(row?.secret_sealed).toMatch(/^v1\./);
    expect(row?.secret_sealed).not.toContain(sub.secret);
    expect(row?.secret_sealed).not.toContain(sub.secret.slice(6));
    const key = config.webhooks.secretKey as Uint8Array;
    expect(openWebhookSecret(key, sub.id, row?.secret_sealed ?? '')).toBe(sub.secret);
    // Not shown again.
    const again = await request(app.getHttpServer())
      .get(`/api/v1/webhooks/${sub.id}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    expect(JSON.stringify(again.body)).not.toContain(sub.secret);

    // A subscription from before encryption at rest (plain text, as the migration leaves it) is sealed at start.
    const legacy = randomUUID();
    created.push(legacy);
    await db.query(
      `INSERT INTO webhook_subscription (id, target_url, event_types, secret, created_by_sub, created_at)
       VALUES ($1, $2, ARRAY['reminder'], 'whsec_legacy_plaintext', 'carla.cio', now())`,
      [legacy, `${receiverUrl}/legacy`],
    );
    const restarted = await startApi(config);
    await restarted.close();
    const sealed: Array<{ secret: string | null; secret_sealed: string }> = await db.query(
      `SELECT secret, secret_sealed FROM webhook_subscription WHERE id = $1`,
      [legacy],
    );
    expect(sealed[0]?.secret).toBeNull();
    expect(openWebhookSecret(key, legacy, sealed[0]?.secret_sealed ?? '')).toBe('whsec_legacy_plaintext');
  });

  it('records subscribing and unsubscribing on the system audit chain', async () => {
    const sub = await subscribe('/audited', ['decision']);
    await request(app.getHttpServer())
      .delete(`/api/v1/webhooks/${sub.id}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(204);
    const events: Array<{ action: string; actor_sub: string; payload: Record<string, unknown> }> = await db.query(
      `SELECT action, actor_sub, payload FROM audit_event
        WHERE project_id = $1 AND payload->>'subscriptionId' = $2 ORDER BY seq`,
      [SYSTEM_AUDIT_ID, sub.id],
    );
    expect(events.map((e) => [e.action, e.actor_sub])).toEqual([
      ['webhook-subscribed', PEOPLE.cio.sub],
      ['webhook-unsubscribed', PEOPLE.cio.sub],
    ]);
    expect(events[0]?.payload).toMatchObject({ targetUrl: `${receiverUrl}/audited`, eventTypes: ['decision'] });
    expect(JSON.stringify(events)).not.toContain(sub.secret);
    // A refused subscription changes nothing, on the chain neither.
    const before = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE project_id = $1`, [
      SYSTEM_AUDIT_ID,
    ]);
    await request(app.getHttpServer())
      .post('/api/v1/webhooks')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send({ targetUrl: 'http://10.1.2.3/hook', eventTypes: ['decision'] })
      .expect(400);
    const after = await db.query(`SELECT count(*)::int AS n FROM audit_event WHERE project_id = $1`, [SYSTEM_AUDIT_ID]);
    expect(after[0].n).toBe(before[0].n);
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
      action: 'feed-order-probe' as never, // no action of the vocabulary: the feed orders whatever it is given
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
