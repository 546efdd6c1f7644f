import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import { ROLES, workflowIdFor, type ProjectSnapshot, type Role } from '@waardenpoort/domain';
import { AuditRepository } from '@waardenpoort/persistence';
import * as defs from '@waardenpoort/contracts';
import type { RunningWorker } from '@waardenpoort/worker';
import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { ENDPOINTS } from './support/endpoints';
import {
  forgetWaitingCases,
  openDatabase,
  startApi,
  startTestWorker,
  temporalClient,
  testConfig,
  token,
} from './support/harness';
import { DPIA_BODY, PEOPLE, ProjectApi, SENSOR_ENTRY, type Person } from './support/project-api';

/**
 * Hostile requests to every route and every field (issue 15 §1): strings over the whole range of UTF-16 code units
 * (controls, lone surrogates, non-characters, bidi controls, line breaks, very long strings), numbers that are huge,
 * negative, fractional or not numbers at all (1e309, "NaN"), wrong types, extra fields, deep nesting, malformed
 * JSON and wrong content types; in bodies, query strings and path parameters. The routes come from the router
 * itself, their query parameters and body fields from the OpenAPI document, so a new route or field is fuzzed
 * without anyone listing it. For each request: never a 5xx; a refused request changes nothing (read model, audit
 * trail, policies, webhooks, people, idempotency keys); and every project still takes its next valid action.
 */

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** A valid body for each route that takes one: the fuzzer breaks one field of it at a time. */
const VALID: Record<string, object> = {
  // Takes no fields: every field the fuzzer adds must be refused.
  'POST /api/v1/me/calendar-feed': {},
  'POST /api/v1/projects': {
    title: 'Fuzzproject',
    summary: 'Een project dat alleen bestaat om kapot gemaakt te worden.',
    department: 'Fuzz',
    technologies: ['app'],
    plannedStart: '2027-01-01',
  },
  'POST /api/v1/policy/versions': parse(readFileSync('policy/waardenpoort-policy.v1.yaml', 'utf8')) as object,
  'POST /api/v1/policy/what-if': parse(readFileSync('policy/waardenpoort-policy.v1.yaml', 'utf8')) as object,
  'POST /api/v1/policy/activations': {
    policy: parse(readFileSync('policy/waardenpoort-policy.v1.yaml', 'utf8')) as object,
    reroute: 'affected',
    reason: 'Nieuwe techniek telt alleen als die mensen of de openbare ruimte raakt.',
  },
  'POST /api/v1/quick-scan/evaluate': { answers: LOW_RISK, policyVersion: 1 },
  'POST /api/v1/projects/:id/quick-scan': { answers: HIGH_RISK, dpiaOptIn: false },
  'POST /api/v1/projects/:id/dpia': {
    ...DPIA_BODY,
    document: { ...DPIA_BODY.document, publicUrl: 'https://www.enschede.nl/privacy/dpia-cameras' },
  },
  'POST /api/v1/projects/:id/dpia/advice': {
    advice: 'positive-with-conditions',
    conditions: ['Bewaartermijn 28 dagen'],
    summary: 'Prima.',
    priorConsultationRequired: false,
  },
  'POST /api/v1/projects/:id/dpia/prior-consultation': {
    extend: true,
    answer: { outcome: 'advice', reference: 'AP-2027-1', summary: 'Advies van de AP.' },
  },
  'POST /api/v1/projects/:id/commission/request': { reason: 'Gevoelig' },
  'POST /api/v1/projects/:id/commission/agenda': { meetingDate: '2030-01-01T19:00:00Z' },
  'POST /api/v1/commission-meetings': {
    startsAt: '2030-01-01T19:00:00Z',
    location: 'Stadhuis',
    onlineUrl: 'https://meet.enschede.nl/ec',
    capacity: 4,
    reason: 'Gepland.',
  },
  'PATCH /api/v1/commission-meetings/:id': {
    version: 1,
    startsAt: '2030-01-02T19:00:00Z',
    location: 'Stadhuis',
    onlineUrl: 'https://meet.enschede.nl/ec',
    capacity: 5,
    reason: 'Verzet.',
  },
  'POST /api/v1/commission-meetings/:id/cancel': { reason: 'Geannuleerd.' },
  'POST /api/v1/commission-meetings/:id/held': { reason: 'Gehouden.' },
  'POST /api/v1/projects/:id/commission/questions': { questions: ['Waarom?'] },
  'POST /api/v1/projects/:id/commission/answers': { answers: ['Daarom.'] },
  'POST /api/v1/projects/:id/commission/documents': {
    note: 'De stukken staan klaar.',
    documents: [{ reference: 'corsa://2027/EC-1', sha256: 'c'.repeat(64), title: 'Toelichting' }],
  },
  'POST /api/v1/projects/:id/commission/reflection': {
    summary: 'Reflectie.',
    recommendations: ['Meer'],
    publish: false,
  },
  'POST /api/v1/projects/:id/reflection/publication': { question: 'Waarom?', publicSummary: 'Toelichting.' },
  'DELETE /api/v1/projects/:id/reflection/publication': { reason: 'Herzien.' },
  'POST /api/v1/projects/:id/register-entries': { entries: { sensor: SENSOR_ENTRY } },
  'POST /api/v1/projects/:id/register-entries/review': { outcome: 'publish' },
  'POST /api/v1/projects/:id/decision': {
    outcome: 'returned',
    rationale: 'Goed.',
    conditions: ['Evalueren'],
    returnTo: 'quick-scan',
    adviceResponses: [{ adviceId: 'dpo-advice-0', response: 'deviate', explanation: 'Omdat.' }],
  },
  'POST /api/v1/projects/:id/council-information': {
    reference: 'RIB-1',
    date: '2027-01-01',
    channel: 'raadsinformatiebrief',
  },
  'POST /api/v1/projects/:id/hold': { reason: 'Pauze' },
  'POST /api/v1/projects/:id/resume': { reason: 'Verder' },
  'POST /api/v1/projects/:id/withdraw': { reason: 'Stop' },
  'POST /api/v1/projects/:id/amend': {
    reason: 'Scope',
    changes: {
      title: 'Nieuwe titel',
      summary: 'Een nieuwe samenvatting.',
      technologies: ['app'],
      plannedStart: '2027-02-01',
    },
  },
  'POST /api/v1/webhooks': {
    targetUrl: 'http://127.0.0.1:9/hook',
    eventTypes: ['gate.opened'],
    description: 'Fuzz',
  },
  'PUT /api/v1/me/preferences': { language: 'en', digest: true },
  'PUT /api/v1/organisation/departments/:id': {
    nameNl: 'Afdeling',
    nameEn: 'Department',
    headSub: null,
    deputySubs: [],
    version: 0,
    reason: 'Opgericht in de fuzz-test',
  },
  'POST /api/v1/me/absences': {
    substitute: 'fuzz-substitute',
    from: '2027-03-01T08:00:00Z',
    until: '2027-03-08T08:00:00Z',
  },
  // Take no fields: every field the fuzzer adds must be refused.
  'POST /api/v1/tasks/:id/claim': {},
  'POST /api/v1/tasks/:id/release': {},
  'POST /api/v1/tasks/:id/undelegate': {},
  'POST /api/v1/tasks/:id/delegate': { to: 'fuzz-colleague', reason: 'Ik ben op vakantie; zij kent het dossier.' },
  'POST /api/v1/dev/token': { sub: 'fuzz', name: 'Fuzz', roles: ['auditor'], email: 'fuzz@enschede.example' },
};

/** Routes the fuzzer leaves out, each with why. Everything else the router knows is fuzzed. */
const NOT_FUZZED: Record<string, string> = {
  // An event stream never ends by design; the authorization matrix and the events suite cover it.
  'GET /api/v1/events': 'never ends',
};

/** Swagger UI's own routes (static files and the document), not the API's. */
const isDocs = (path: string): boolean => path.startsWith('/api/docs');

interface Route {
  method: 'get' | 'post' | 'put' | 'delete' | 'patch';
  path: string;
}

function routesOf(app: INestApplication): Route[] {
  const instance = app.getHttpAdapter().getInstance() as {
    router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> };
  };
  const routes: Route[] = [];
  for (const layer of instance.router.stack) {
    if (!layer.route || typeof layer.route.path !== 'string') continue;
    // Middleware Nest applies to every route (the request logger) sits on the router as a catch-all: not an endpoint.
    if (layer.route.path === '{/*splat}') continue;
    for (const [method, on] of Object.entries(layer.route.methods)) {
      if (on && method !== '_all') routes.push({ method: method as Route['method'], path: layer.route.path });
    }
  }
  return routes.filter((r) => !isDocs(r.path));
}

const key = (r: Route): string => `${r.method.toUpperCase()} ${r.path}`;

// ---------------------------------------------------------------------------------------------------------------
// Hostile values

/** Characters the text rule is about, and some it must let through. */
const SPECIALS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0080',
  '\u0085',
  '\u009b',
  '\u009f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\ufdd0',
  '\ufdef',
  '\ud83f\udffe',
  '\udbff\udfff',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u2028',
  '\u2029',
  '\t',
  '\n',
  '\r\n',
  '\u200b',
  '\ufeff',
  'e\u0301',
  '\u{1f600}',
  'Ĳ',
  '%00',
  '\\u0000',
  "'; DROP TABLE project; --",
  '{{7*7}}',
  '<script>',
  '../../etc/passwd',
];

const codeUnitString = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength }).map((units) => String.fromCharCode(...units));

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: codeUnitString(30) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...SPECIALS), fc.string({ maxLength: 10 }))
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(2_001, 10_001, 40_000, 120_000), fc.constantFrom('x', 'é', '\u{1f600}', '\u0000'))
      .map(([n, c]) => c.repeat(n)),
  },
);

/** Numbers, and number tokens that JSON.stringify cannot write (they go into the raw body text). */
const RAW_NUMBERS = ['1e309', '-1e309', '1e-400', '123456789012345678901234567890', '-0', '0.1e1'];
const hostileNumber: fc.Arbitrary<number | { raw: string }> = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 1.5, 2 ** 31, 2 ** 31 - 1, 2 ** 53, -(2 ** 53), 2 ** 63, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(...RAW_NUMBERS).map((raw) => ({ raw })),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, 'NaN', 'Infinity', '-1', '1e309', '') },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
  {
    weight: 1,
    // Written as text: a value this deep is past what JSON.stringify (and fast-check's report) can walk.
    arbitrary: fc
      .integer({ min: 30, max: 20_000 })
      .map((depth) => ({ raw: `${'['.repeat(depth)}"diep"${']'.repeat(depth)}` })),
  },
);

/** A query or path value as an attacker writes it: lone surrogates as their (invalid) UTF-8 bytes, raw escapes. */
function encodeHostile(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i += 1;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`;
    } else {
      out += encodeURIComponent(value[i]);
    }
  }
  return out;
}
const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hostileString.map((s) => encodeHostile(s.slice(0, 600))) },
  { weight: 2, arbitrary: hostileNumber.map((n) => (typeof n === 'number' ? String(n) : n.raw)) },
  { weight: 1, arbitrary: fc.constantFrom('NaN', 'Infinity', '-1', '0', '1e309', '%', '%zz', '%ff%fe', '%c0%80', '') },
);

// ---------------------------------------------------------------------------------------------------------------
// Fields: the valid body's, and the OpenAPI document's

type Path = Array<string | number>;

function leafPaths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  if (prefix.length > 0) out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => leafPaths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...prefix, k], out);
  }
  return out;
}

function schemaPaths(doc: OpenAPIObject, schema: unknown, prefix: Path = [], depth = 0, out: Path[] = []): Path[] {
  if (!schema || typeof schema !== 'object' || depth > 6) return out;
  const s = schema as { $ref?: string; properties?: Record<string, unknown>; items?: unknown; allOf?: unknown[] };
  if (s.$ref) {
    const name = s.$ref.split('/').pop() as string;
    return schemaPaths(doc, doc.components?.schemas?.[name], prefix, depth + 1, out);
  }
  for (const part of s.allOf ?? []) schemaPaths(doc, part, prefix, depth + 1, out);
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    out.push([...prefix, k]);
    schemaPaths(doc, v, [...prefix, k], depth + 1, out);
  }
  if (s.items) schemaPaths(doc, s.items, [...prefix, 0], depth + 1, out);
  return out;
}

function setAt(body: unknown, path: Path, value: unknown): unknown {
  const root: unknown = structuredClone(body);
  let node = root as Record<string | number, unknown>;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      node[step] = value;
      return;
    }
    const next = node[step];
    if (!next || typeof next !== 'object') node[step] = typeof path[i + 1] === 'number' ? [] : {};
    node = node[step] as Record<string | number, unknown>;
  });
  return root;
}

/** JSON text of a body, with raw number tokens put in where JSON.stringify could not write them. */
function bodyText(body: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(body, (_k, v: unknown) => {
    if (v && typeof v === 'object' && 'raw' in v && typeof v.raw === 'string') {
      raws.push((v as { raw: string }).raw);
      return `__RAW_${raws.length - 1}__`;
    }
    return v;
  });
  return text.replace(/"__RAW_(\d+)__"/g, (_m, i: string) => raws[Number(i)]);
}

type Mutation =
  | { kind: 'field'; pick: number; value: unknown }
  | { kind: 'key'; pick: number; name: string }
  | { kind: 'drop'; pick: number }
  | { kind: 'malformed'; text: string }
  | { kind: 'content-type'; type: string }
  | { kind: 'whole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ kind: fc.constant('field' as const), pick: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('key' as const), pick: fc.nat(), name: hostileString }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('malformed' as const),
      text: fc.oneof(
        codeUnitString(40).map((s) => `{"a": ${s}`),
        fc.constantFrom('{"a":"\\ud800"}', '{"a":"\\u0000"}', '[', '{"__proto__":{"x":1}}', 'null', '"x"', '1e309'),
      ),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('content-type' as const),
      type: fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'application/json; charset=utf-16',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('whole' as const), value: hostileValue }) },
);

// ---------------------------------------------------------------------------------------------------------------

describe('hostile requests to every route and every field', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  let doc: OpenAPIObject;
  let routes: Route[];
  const department = `Fuzz ${randomUUID().slice(0, 6)}`;
  const tokens = new Map<Role, string>();
  const targets: string[] = [];
  const counts = { sent: 0, accepted: 0, refused: 0, serverErrors: 0, nextActions: 0, changeMs: 0, changes: 0 };
  const statuses = new Map<number, number>();
  let started = 0;

  const personFor = (role: Role): Person =>
    Object.values(PEOPLE).find((p) => p.roles[0] === role) ?? { sub: `fuzz-${role}`, roles: [role] };

  /** Everything a request could change, except the records of refused attempts (refusals are recorded on purpose). */
  const fingerprint = async (): Promise<string> =>
    JSON.stringify(
      await db.query(
        `SELECT (SELECT count(*) FROM project)::int AS projects,
                (SELECT coalesce(sum(state_version), 0) FROM project)::text AS versions,
                (SELECT md5(coalesce(string_agg(id::text || status || coalesce(details->>'attention', ''), ',' ORDER BY id), '')) FROM project) AS statuses,
                (SELECT count(*) FROM audit_event WHERE action <> 'action-refused')::int AS events,
                (SELECT count(*) FROM policy_version)::int AS policies,
                (SELECT count(*) FROM webhook_subscription WHERE deleted_at IS NULL)::int AS webhooks,
                (SELECT count(*) FROM notification_outbox)::int AS outbox,
                (SELECT count(*) FROM idempotency_key)::int AS keys,
                (SELECT md5(coalesce(string_agg(sub || name || language || digest::text, ',' ORDER BY sub), '')) FROM person) AS people`,
      ),
    );

  /** After an accepted change: what the workflows publish after answering has landed. */
  async function settled(): Promise<string> {
    let last = await fingerprint();
    for (let i = 0; i < 100; i++) {
      await new Promise((r) => setTimeout(r, 25));
      const now = await fingerprint();
      if (now === last) return now;
      last = now;
    }
    return last;
  }

  async function register(title: string): Promise<string> {
    return api.register(department, title);
  }

  /**
   * Every target still takes its next valid action (hold or resume, by the CIO office), its workflow answers and
   * has published everything (read model version = workflow version, no step needing attention). A target the
   * fuzzer closed (a withdrawal with a strange but acceptable reason) is replaced.
   */
  async function nextActionsWork(only?: string): Promise<void> {
    for (let i = 0; i < targets.length; i++) {
      const id = targets[i];
      if (only !== undefined && only !== id) continue;
      const project = await api.get(id);
      const state: ProjectSnapshot = await temporal.workflow.getHandle(workflowIdFor(id)).query(defs.projectStateQuery);
      expect(state.attention ?? null).toBeNull();
      expect(project.attention ?? null).toBeNull();
      if (['withdrawn', 'rejected', 'stopped'].includes(project.status as string)) {
        targets[i] = await register(`Vervanger ${i}`);
        continue;
      }
      expect([id, (await db.query(`SELECT state_version FROM project WHERE id = $1`, [id]))[0].state_version]).toEqual([
        id,
        state.version,
      ]);
      const action = project.status === 'on-hold' ? 'resume' : 'hold';
      const res = await api.post(id, action, PEOPLE.cio, { reason: 'Volgende geldige actie' });
      if (res.status !== 200) throw new Error(`next valid action ${action} on ${id}: ${res.status} ${res.text}`);
      counts.nextActions += 1;
    }
  }

  beforeAll(async () => {
    // The real policy (working days): no timer fires during the run, so every change is a request's.
    config = testConfig({ POLICY_FILE: 'policy/waardenpoort-policy.v1.yaml' });
    db = await openDatabase(config);
    // The meetings the valid bodies plan would otherwise try to place earlier suites' waiting cases.
    await forgetWaitingCases(db);
    temporal = await temporalClient(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    doc = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    routes = routesOf(app);
    for (const role of ROLES) {
      const p = personFor(role);
      tokens.set(role, `Bearer ${await token({ sub: p.sub, roles: [role], name: p.name ?? p.sub })}`);
      // Into the directory now, so that a person's first request during the run changes nothing there.
      await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', tokens.get(role) as string);
    }
    targets.push(await register('Vers'));
    targets.push(await register('Na quickscan'));
    targets.push(await register('Na DPIA'));
    await api.post(targets[1], 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    await api.post(targets[2], 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    await api.post(targets[2], 'dpia', PEOPLE.owner, DPIA_BODY);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await temporal?.connection.close();
    // Commission meetings the valid bodies planned would take the cases of the suites after this one (same database).
    await db?.query(`UPDATE commission_meeting SET status = 'cancelled' WHERE status = 'planned'`);
    await db?.destroy();
    const seconds = started ? ((Date.now() - started) / 1000).toFixed(1) : '?';
    process.stdout.write(
      `fuzz: ${counts.sent} hostile requests (${counts.accepted} accepted, ${counts.refused} refused), ` +
        `${counts.serverErrors} answered 5xx, ${counts.nextActions} next valid actions checked, in ${seconds} s ` +
        `(${counts.changes} accepted changes: ${(counts.changeMs / 1000).toFixed(1)} s checking them); ` +
        `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}\n`,
    );
  });

  it('fuzzes every route the router has, and the endpoint list of the suites is the router', () => {
    const fromRouter = new Set(routes.map(key));
    const listed = new Set(
      ENDPOINTS.map(
        (e) => `${e.method.toUpperCase()} ${e.path.replace(/\/policy\/versions\/1$/, '/policy/versions/:version')}`,
      ),
    );
    // /metrics is outside the role model (its own token), so the authorization matrix does not list it.
    expect([...fromRouter].filter((r) => r !== 'GET /metrics').sort()).toEqual([...listed].sort());
    for (const r of routes) {
      if (['post', 'put', 'patch'].includes(r.method) && !NOT_FUZZED[key(r)]) {
        expect([key(r), VALID[key(r)] !== undefined]).toEqual([key(r), true]);
      }
    }
  });

  it('never answers 5xx, changes nothing when it refuses, and every project takes its next action', async () => {
    started = Date.now();
    const fuzzed = routes.filter((r) => !NOT_FUZZED[key(r)]);
    const allowed = (r: Route): readonly Role[] => {
      const e = ENDPOINTS.find(
        (x) =>
          x.method === r.method && x.path.replace(/\/policy\/versions\/1$/, '/policy/versions/:version') === r.path,
      );
      return !e || e.allowed === 'public' ? ROLES : e.allowed;
    };
    const fieldsOf = new Map<string, Path[]>();
    const queryOf = new Map<string, string[]>();
    for (const r of fuzzed) {
      const op = doc.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method] as
        | {
            parameters?: Array<{ in: string; name: string }>;
            requestBody?: { content?: Record<string, { schema?: unknown }> };
          }
        | undefined;
      queryOf.set(key(r), [
        ...new Set([...(op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name), 'x']),
      ]);
      const valid = VALID[key(r)];
      const schema = op?.requestBody?.content?.['application/json']?.schema;
      const paths = [...leafPaths(valid ?? {}), ...schemaPaths(doc, schema)];
      fieldsOf.set(key(r), [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()]);
    }
    const pathParam = fc.oneof(
      { weight: 8, arbitrary: fc.nat() },
      { weight: 1, arbitrary: fc.uuid().map((u) => ({ raw: u })) },
      { weight: 2, arbitrary: hostileQueryValue.map((raw) => ({ raw })) },
    );
    let before = await fingerprint();

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fuzzed),
        mutation,
        fc.dictionary(fc.nat({ max: 20 }).map(String), hostileQueryValue, { maxKeys: 3 }),
        pathParam,
        fc.nat(),
        (route, m, queryPicks, param, roleIndex) => one(route, m, queryPicks, param, roleIndex),
      ),
      { numRuns: REQUESTS, seed: SEED, endOnFailure: true },
    );
    async function one(
      route: Route,
      m: Mutation,
      queryPicks: Record<string, string>,
      param: number | { raw: string },
      roleIndex: number,
    ): Promise<void> {
      const roles = allowed(route);
      // Mostly a role that gets past the guard, so the input handling is what is exercised.
      const role = roleIndex % 7 === 0 ? ROLES[roleIndex % ROLES.length] : roles[roleIndex % roles.length];
      const id = typeof param === 'number' ? targets[param % targets.length] : param.raw;
      const version = typeof param === 'number' ? String(1 + (param % 2)) : param.raw;
      const names = queryOf.get(key(route)) as string[];
      const query = Object.entries(queryPicks)
        .map(([n, v]) => `${encodeURIComponent(names[Number(n) % names.length])}=${v}`)
        .join('&');
      const url = route.path.replace(':id', id).replace(':version', version) + (query ? `?${query}` : '');

      let req = request(app.getHttpServer())
        [route.method](url)
        .set('Authorization', tokens.get(role) as string);
      if (['post', 'put', 'patch'].includes(route.method)) {
        const valid = VALID[key(route)] ?? {};
        const fields = fieldsOf.get(key(route)) as Path[];
        let body: string;
        let contentType = 'application/json';
        switch (m.kind) {
          case 'field':
            body = fields.length ? bodyText(setAt(valid, fields[m.pick % fields.length], m.value)) : bodyText(m.value);
            break;
          case 'key': {
            const parent = (fields[m.pick % Math.max(fields.length, 1)] ?? []).slice(0, -1);
            body = bodyText(setAt(valid, [...parent, m.name], 'x'));
            break;
          }
          case 'drop': {
            const path = fields[m.pick % Math.max(fields.length, 1)] ?? ['x'];
            body = bodyText(setAt(valid, path, undefined));
            break;
          }
          case 'malformed':
            body = m.text;
            break;
          case 'content-type':
            body = bodyText(valid);
            contentType = m.type;
            break;
          case 'whole':
            body = bodyText(m.value);
            break;
        }
        req = req.set('Content-Type', contentType).send(body);
      }
      const res = await req;
      counts.sent += 1;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) {
        counts.serverErrors += 1;
        throw new Error(
          `${route.method} ${url.slice(0, 300)} (${JSON.stringify(m).slice(0, 300)}) as ${role} -> ${res.status} ${res.text.slice(0, 300)}`,
        );
      }
      if (res.status >= 400) {
        counts.refused += 1;
        // 431: Node's HTTP parser refuses a request line past its header limit before any of our code runs.
        if (res.status !== 431) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        // A read changes nothing whatever it answers: checked every 100 requests instead of after each.
        if (route.method !== 'get' || counts.sent % 100 === 0) {
          const after = await fingerprint();
          if (after !== before) {
            throw new Error(
              `refused ${route.method} ${url.slice(0, 200)} (${res.status}) changed state: ${before} -> ${after}`,
            );
          }
        }
      } else {
        counts.accepted += 1;
        if (route.method !== 'get') {
          const t0 = Date.now();
          counts.changes += 1;
          if (route.path.includes(':id')) await nextActionsWork(id);
          before = await settled();
          counts.changeMs += Date.now() - t0;
        }
      }
      if (counts.sent % 1_000 === 0) {
        await nextActionsWork();
        before = await settled();
      }
    }

    await nextActionsWork();
    expect((await new AuditRepository(db).verify()).ok).toBe(true);
    expect(counts.serverErrors).toBe(0);
    expect(counts.sent).toBeGreaterThanOrEqual(Math.min(REQUESTS, 10_000) * 0.95);
  }, 1_500_000);
});
