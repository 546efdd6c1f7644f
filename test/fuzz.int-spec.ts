import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { ROLES, type Role } from '@waardenpoort/domain';
import { AuditRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { ENDPOINTS, type Endpoint } from './support/endpoints';
import { openDatabase, startApi, startTestWorker, testConfig, token } from './support/harness';
import { DPIA_BODY, PEOPLE, ProjectApi } from './support/project-api';

/** A valid body for each endpoint that takes one: the fuzzer breaks it in one way or another. */
const VALID: Record<string, object> = {
  '/api/v1/projects': {
    title: 'Fuzzproject',
    summary: 'Een project dat alleen bestaat om kapot gemaakt te worden.',
    department: 'Fuzz',
    technologies: ['app'],
    plannedStart: '2027-01-01',
  },
  '/api/v1/policy/versions': parse(readFileSync('policy/waardenpoort-policy.v1.yaml', 'utf8')) as object,
  '/api/v1/quick-scan/evaluate': { answers: LOW_RISK },
  '/api/v1/projects/:id/quick-scan': { answers: HIGH_RISK },
  '/api/v1/projects/:id/dpia': DPIA_BODY,
  '/api/v1/projects/:id/dpia/advice': { advice: 'positive', summary: 'Prima.', priorConsultationRequired: false },
  '/api/v1/projects/:id/dpia/prior-consultation': { extend: true },
  '/api/v1/projects/:id/commission/request': { reason: 'Gevoelig' },
  '/api/v1/projects/:id/commission/agenda': { meetingDate: '2030-01-01T19:00:00Z' },
  '/api/v1/projects/:id/commission/questions': { questions: ['Waarom?'] },
  '/api/v1/projects/:id/commission/answers': { answers: ['Daarom.'] },
  '/api/v1/projects/:id/commission/reflection': { summary: 'Reflectie.', recommendations: [], publish: false },
  '/api/v1/projects/:id/decision': { outcome: 'approved', rationale: 'Goed.', adviceResponses: [] },
  '/api/v1/projects/:id/council-information': {
    reference: 'RIB-1',
    date: '2027-01-01',
    channel: 'raadsinformatiebrief',
  },
  '/api/v1/projects/:id/hold': { reason: 'Pauze' },
  '/api/v1/projects/:id/resume': { reason: 'Verder' },
  '/api/v1/projects/:id/withdraw': { reason: 'Stop' },
  '/api/v1/projects/:id/amend': { reason: 'Scope', changes: { title: 'Nieuwe titel' } },
  '/api/v1/webhooks': { targetUrl: 'http://127.0.0.1:9/hook', eventTypes: ['gate.opened'] },
  '/api/v1/me/preferences': { language: 'en', digest: true },
  '/api/v1/dev/token': { sub: 'fuzz', name: 'Fuzz', roles: ['auditor'] },
};

type Mutation =
  | { kind: 'extra-field'; name: string; value: unknown }
  | { kind: 'drop-field'; index: number }
  | { kind: 'retype-field'; index: number; value: unknown }
  | { kind: 'huge-field'; index: number }
  | { kind: 'malformed-json'; text: string }
  | { kind: 'wrong-content-type'; type: string }
  | { kind: 'random-json'; value: unknown };

const jsonish = fc.jsonValue({ maxDepth: 3 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('extra-field' as const),
    name: fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x_${s}`),
    value: jsonish,
  }),
  fc.record({ kind: fc.constant('drop-field' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('retype-field' as const), index: fc.nat(), value: jsonish }),
  fc.record({ kind: fc.constant('huge-field' as const), index: fc.nat() }),
  fc.record({
    kind: fc.constant('malformed-json' as const),
    text: fc.string({ maxLength: 40 }).map((s) => `{"a": ${s}`),
  }),
  fc.record({
    kind: fc.constant('wrong-content-type' as const),
    type: fc.constantFrom(
      'text/plain',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded',
    ),
  }),
  fc.record({ kind: fc.constant('random-json' as const), value: jsonish }),
);

const typeOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Applies a mutation that makes any body invalid for its endpoint; returns the raw body and its content type. */
function mutate(valid: object, m: Mutation): { body: string; contentType: string } | null {
  const fields = Object.keys(valid);
  const pick = (i: number): string => fields[i % fields.length];
  switch (m.kind) {
    case 'extra-field':
      return { body: JSON.stringify({ ...valid, [m.name]: m.value }), contentType: 'application/json' };
    case 'drop-field': {
      if (fields.length === 0) return null;
      const copy: Record<string, unknown> = { ...valid };
      delete copy[pick(m.index)];
      return { body: JSON.stringify({ ...copy, x_dropped: true }), contentType: 'application/json' };
    }
    case 'retype-field': {
      if (fields.length === 0) return null;
      const f = pick(m.index);
      const before = (valid as Record<string, unknown>)[f];
      if (typeOf(m.value) === typeOf(before)) return null;
      return { body: JSON.stringify({ ...valid, [f]: m.value }), contentType: 'application/json' };
    }
    case 'huge-field':
      if (fields.length === 0) return null;
      return {
        body: JSON.stringify({ ...valid, [pick(m.index)]: 'x'.repeat(150_000) }),
        contentType: 'application/json',
      };
    case 'malformed-json':
      return { body: m.text, contentType: 'application/json' };
    case 'wrong-content-type':
      return { body: JSON.stringify(valid), contentType: m.type };
    case 'random-json': {
      // Objects get a field no endpoint knows, so a random object can never be a valid request by chance.
      const value = typeOf(m.value) === 'object' ? { ...(m.value as object), x_fuzz: 1 } : m.value;
      return { body: JSON.stringify(value), contentType: 'application/json' };
    }
  }
}

describe('fuzzing every endpoint with broken requests', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let targets: string[];
  const department = `Fuzz ${randomUUID().slice(0, 6)}`;
  const tokens = new Map<Role, string>();
  let sent = 0;

  const snapshot = async (): Promise<unknown> => ({
    projects: await db.query(
      `SELECT id, status, state_version, current_gate, gates FROM project WHERE id = ANY($1) ORDER BY id`,
      [targets],
    ),
    projectCount: (await db.query(`SELECT count(*)::int AS n FROM project`))[0].n,
    policyVersions: (await db.query(`SELECT count(*)::int AS n FROM policy_version`))[0].n,
  });

  beforeAll(async () => {
    // The real policy (working days): no timer fires during the run, so any change to a project is the fuzzer's.
    config = testConfig({ POLICY_FILE: 'policy/waardenpoort-policy.v1.yaml' });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    const api = new ProjectApi(app);
    targets = [await api.register(department, 'Vers'), await api.register(department, 'Na quickscan')];
    await api.post(targets[1], 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    for (const role of ROLES) {
      const person = Object.values(PEOPLE).find((p) => p.roles[0] === role) ?? { sub: `fuzz-${role}`, roles: [role] };
      tokens.set(role, `Bearer ${await token({ sub: person.sub, roles: [role] })}`);
    }
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    process.stdout.write(`fuzz: ${sent} requests\n`);
  });

  it('answers every broken request with a 4xx problem, changes no project, and keeps the audit chains whole', async () => {
    const before = await snapshot();
    const posts = ENDPOINTS.filter(
      (e): e is Endpoint & { body: object } => (e.method === 'post' || e.method === 'put') && e.body !== undefined,
    );
    const pathId = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...targets) },
      { weight: 1, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent) },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...posts), mutation, pathId, fc.nat(), async (endpoint, m, id, roleIndex) => {
        const valid = VALID[endpoint.path];
        if (!valid) throw new Error(`no valid body for ${endpoint.path}`);
        const raw = mutate(valid, m);
        fc.pre(raw !== null);
        const allowed = endpoint.allowed === 'public' ? ROLES : endpoint.allowed;
        // Mostly a role that gets past the guard, so validation itself is what the fuzzer exercises.
        const role = roleIndex % 5 === 0 ? ROLES[roleIndex % ROLES.length] : allowed[roleIndex % allowed.length];
        const res = await request(app.getHttpServer())
          [endpoint.method as 'post' | 'put'](endpoint.path.replace(':id', id))
          .set('Authorization', tokens.get(role) as string)
          .set('Content-Type', raw.contentType)
          .send(raw.body);
        sent += 1;
        const evaluates = endpoint.path === '/api/v1/quick-scan/evaluate';
        if (res.status >= 500 || (!evaluates && res.status < 400)) {
          throw new Error(
            `${endpoint.path} ${JSON.stringify(m).slice(0, 200)} as ${role} -> ${res.status} ${res.text.slice(0, 300)}`,
          );
        }
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }),
      { numRuns: 2500, seed: Number(process.env.FUZZ_SEED ?? 20261128), endOnFailure: true },
    );

    // The same for the reads, with random query strings and ids.
    await fc.assert(
      fc.asyncProperty(
        // The event stream never ends by design; the matrix test covers it.
        fc.constantFrom(...ENDPOINTS.filter((e) => e.method === 'get' && e.path !== '/api/v1/events')),
        pathId,
        fc.dictionary(
          fc.constantFrom('status', 'currentGate', 'department', 'page', 'pageSize', 'format', 'x'),
          fc.string({ maxLength: 30 }),
        ),
        async (endpoint, id, query) => {
          const res = await request(app.getHttpServer())
            .get(endpoint.path.replace(':id', id))
            .query(query)
            .set('Authorization', tokens.get('auditor') as string);
          sent += 1;
          if (res.status >= 500)
            throw new Error(`${endpoint.path} ${JSON.stringify(query)} -> ${res.status} ${res.text.slice(0, 300)}`);
        },
      ),
      { numRuns: 500, seed: Number(process.env.FUZZ_SEED ?? 20261128), endOnFailure: true },
    );

    expect(await snapshot()).toEqual(before);
    const verification = await new AuditRepository(db).verify();
    expect(verification.ok).toBe(true);
    expect(sent).toBeGreaterThanOrEqual(2000);
    // 3,000 requests: about 30 s on an idle 2-core machine; generous for a loaded one.
  }, 600_000);
});
