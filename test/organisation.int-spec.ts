import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { DEV_JWT_SECRET } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parseOrganisation } from '@waardenpoort/persistence';
import { eventually, openDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { ProjectApi, type Person } from './support/project-api';
import { SmtpRecorder, type ReceivedMail } from './support/smtp-recorder';

const address = (p: Person): string => `${p.sub}@enschede.example`;
const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * The organisation model (issue 19), with the real Temporal server and PostgreSQL: escalations to the department
 * head reach the head and deputies of the project's own department and nobody else, a department the model does not
 * know escalates to the CIO office and says why; departments come from the organisation file, the identity
 * provider's claims and the CIO office's admin API, each change a version with an audit event.
 */
describe('organisation: departments, heads and deputies', () => {
  const run = randomUUID().slice(0, 6);
  const A = `Afdeling A ${run}`;
  const B = `Afdeling B ${run}`;
  const FROM_FILE = `Uit bestand ${run}`;
  const FROM_CLAIMS = `Uit claims ${run}`;
  const UNKNOWN = `Onbekend ${run}`;
  const people = {
    owner: { sub: `olga.${run}`, roles: ['case-owner'], name: 'Olga Owner' },
    headA: { sub: `henk.${run}`, roles: ['department-head'], name: 'Henk Hoofd A', department: A },
    deputyA: { sub: `dora.${run}`, roles: ['department-head'], name: 'Dora Deputy A', department: A },
    headB: { sub: `bram.${run}`, roles: ['department-head'], name: 'Bram Hoofd B', department: B },
    // A department head by claim alone: the model does not name him, so he gets none of A's escalations.
    other: { sub: `otto.${run}`, roles: ['department-head'], name: 'Otto Overig', department: A },
    cio: { sub: `cora.${run}`, roles: ['cio-office'], name: 'Cora CIO' },
    auditor: { sub: `aad.${run}`, roles: ['auditor'], name: 'Aad Auditor' },
  } satisfies Record<string, Person>;
  const cioMailbox = `cio-office.${run}@enschede.example`;

  let smtp: SmtpRecorder;
  let config: AppConfig;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let dir: string;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    dir = mkdtempSync(join(tmpdir(), 'waardenpoort-organisation-'));
    const file = join(dir, 'organisation.yaml');
    writeFileSync(
      file,
      `departments:\n  - id: ${FROM_FILE}\n    nameNl: Uit het bestand\n    nameEn: From the file\n` +
        `    headSub: file-head.${run}\n    deputySubs: [file-deputy.${run}]\n`,
    );
    config = testConfig({
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      ROLE_MAILBOXES: `cio-office=${cioMailbox}`,
      MAIL_POLL_MS: '100',
      ORGANISATION_FILE: file,
      JWT_DEPARTMENT_HEAD_OF_CLAIM: 'head_of',
      JWT_DEPARTMENT_DEPUTY_OF_CLAIM: 'org.deputy_of',
    });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    for (const p of Object.values(people)) {
      await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', await api.as(p))
        .expect(200);
    }
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await smtp?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const http = () => request(app.getHttpServer());
  const path = (id: string) => `/api/v1/organisation/departments/${encodeURIComponent(id)}`;

  async function put(id: string, body: object, by: Person = people.cio): Promise<request.Response> {
    return http()
      .put(path(id))
      .set('Authorization', await api.as(by))
      .send(body);
  }

  function department(over: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      nameNl: 'Afdeling',
      nameEn: 'Department',
      headSub: null,
      deputySubs: [],
      version: 0,
      reason: 'test',
      ...over,
    };
  }

  /** A token with the head-of and deputy-of claims, signed as the dev sign-in signs them. */
  async function leaderToken(p: Person, claims: { head_of?: unknown; deputy_of?: unknown }): Promise<string> {
    const jwt = await new SignJWT({
      name: p.name,
      email: address(p),
      roles: p.roles,
      ...(claims.head_of !== undefined ? { head_of: claims.head_of } : {}),
      ...(claims.deputy_of !== undefined ? { org: { deputy_of: claims.deputy_of } } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(p.sub)
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(DEV_JWT_SECRET));
    return `Bearer ${jwt}`;
  }

  function escalations(p: Person | string, projectId: string): ReceivedMail[] {
    return smtp.to(typeof p === 'string' ? p : address(p), projectId).filter((m) => m.kind === 'escalation');
  }

  async function routing(projectId: string): Promise<Array<{ reason: string; recipients: string[] }>> {
    return db.query(`SELECT reason, recipients FROM notification_routing WHERE project_id = $1`, [projectId]);
  }

  it('sends an escalation in department A to its head and deputy, and not to B nor to a head by claim alone', async () => {
    expect(
      (await put(A, department({ nameNl: 'Afdeling A', headSub: people.headA.sub, deputySubs: [people.deputyA.sub] })))
        .status,
    ).toBe(201);
    expect((await put(B, department({ nameNl: 'Afdeling B', headSub: people.headB.sub }))).status).toBe(201);

    const id = await api.register(A, 'Slimme vuilcontainers', people.owner);
    await eventually(
      () => Promise.resolve(escalations(people.deputyA, id).length > 0 ? true : undefined),
      45_000,
      "the escalation to A's deputy",
    );
    // The CIO office's own level comes after; wait for it so nothing late is missed.
    await eventually(
      () => Promise.resolve(escalations(cioMailbox, id).length > 0 ? true : undefined),
      45_000,
      'the CIO office level',
    );
    await settle(1_000);
    expect(escalations(people.headA, id)).toHaveLength(1);
    expect(escalations(people.deputyA, id)).toHaveLength(1);
    expect(escalations(people.headB, id)).toHaveLength(0);
    expect(escalations(people.other, id)).toHaveLength(0);
    expect(escalations(people.headA, id)[0]?.text).not.toContain('CIO-office omdat');

    const [routed] = await routing(id);
    expect(routed?.reason).toBe('department-head');
    expect([...(routed?.recipients ?? [])].sort()).toEqual([address(people.deputyA), address(people.headA)].sort());
    const trail: Array<{ payload: { reason: string; recipients: string[] } }> = await db.query(
      `SELECT payload FROM audit_event WHERE project_id = $1 AND action = 'notification-routed'`,
      [id],
    );
    expect(trail).toHaveLength(1);
    expect(trail[0]?.payload.reason).toBe('department-head');
  }, 120_000);

  it('escalates a project of a department the model does not know to the CIO office, and the mail says why', async () => {
    const id = await api.register(UNKNOWN, 'Parkeersensoren', people.owner);
    const mails = await eventually(
      () => {
        const got = escalations(people.cio, id);
        return Promise.resolve(got.length > 0 ? got : undefined);
      },
      45_000,
      'the rerouted escalation',
    );
    expect(mails[0]?.text).toContain(
      `Deze escalatie gaat naar het CIO-office omdat de afdeling ${UNKNOWN} niet bekend is`,
    );
    expect(mails[0]?.text).toContain(`because the department ${UNKNOWN} is not known`);
    // Dutch first.
    expect(mails[0]?.text.indexOf('Deze escalatie')).toBeLessThan(mails[0]?.text.indexOf('This escalation') ?? 0);
    await eventually(() => Promise.resolve(escalations(cioMailbox, id).length > 0 ? true : undefined), 20_000);
    for (const p of [people.headA, people.deputyA, people.headB, people.other])
      expect(escalations(p, id)).toHaveLength(0);
    const [routed] = await routing(id);
    expect(routed?.reason).toBe('department-unknown');
    expect(routed?.recipients).toEqual(expect.arrayContaining([address(people.cio), cioMailbox]));
  }, 120_000);

  it('loads the organisation file at start, as a version from source file', async () => {
    const res = await http()
      .get(path(FROM_FILE))
      .set('Authorization', await api.as(people.cio))
      .expect(200);
    expect(res.body).toMatchObject({
      id: FROM_FILE,
      nameNl: 'Uit het bestand',
      nameEn: 'From the file',
      headSub: `file-head.${run}`,
      deputySubs: [`file-deputy.${run}`],
      source: 'file',
      version: 1,
      active: true,
    });
    expect(res.headers['etag']).toBe('"1"');
  });

  it('refuses an organisation file that is not valid, naming every problem and its place', () => {
    expect(() => parseOrganisation('departments:\n  - id: X\n    nameNl: X\n', 'org.yaml')).toThrow(
      /departments\[0\]\.nameEn/,
    );
    let message = '';
    try {
      parseOrganisation(
        JSON.stringify({
          departments: [
            { id: 'X', nameNl: 'X', nameEn: 'X', headSub: 'h', deputySubs: ['h'] },
            { id: 'X', nameNl: 'X', nameEn: 'X', colour: 'red' },
          ],
          extra: 1,
        }),
        'org.json',
      );
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('departments[0].deputySubs[0]: the head cannot be their own deputy');
    expect(message).toContain('departments[1].colour');
    expect(message).toContain('departments[1].id');
    expect(message).toContain('extra');
    expect(() => parseOrganisation('departments: [', 'broken.yaml')).toThrow(/not YAML or JSON/);
  });

  it("picks up the identity provider's head-of and deputy-of claims", async () => {
    const claimer = { sub: `claire.${run}`, roles: ['department-head'], name: 'Claire Claims' } satisfies Person;
    await http()
      .get('/api/v1/me')
      .set('Authorization', await leaderToken(claimer, { head_of: [FROM_CLAIMS], deputy_of: [A] }))
      .expect(200);
    const cio = await api.as(people.cio);
    const created = await http().get(path(FROM_CLAIMS)).set('Authorization', cio).expect(200);
    expect(created.body).toMatchObject({ headSub: claimer.sub, source: 'claims', version: 1 });
    const a = await http().get(path(A)).set('Authorization', cio).expect(200);
    expect(a.body).toMatchObject({ headSub: people.headA.sub, source: 'claims' });
    expect(a.body.deputySubs).toEqual([people.deputyA.sub, claimer.sub]);

    // A token that no longer names A takes the deputy off again; one without the claims changes nothing.
    await http()
      .get('/api/v1/me')
      .set('Authorization', await leaderToken(claimer, { head_of: FROM_CLAIMS, deputy_of: [] }))
      .expect(200);
    const after = await http().get(path(A)).set('Authorization', cio).expect(200);
    expect(after.body.deputySubs).toEqual([people.deputyA.sub]);
    expect(after.body.version).toBe(a.body.version + 1);
    await http()
      .get('/api/v1/me')
      .set('Authorization', await leaderToken(claimer, {}))
      .expect(200);
    const still = await http().get(path(FROM_CLAIMS)).set('Authorization', cio).expect(200);
    expect(still.body).toMatchObject({ headSub: claimer.sub, version: 1 });
  });

  it('versions every change of the admin API, with who, when and why, and an audit event', async () => {
    const cio = await api.as(people.cio);
    const id = `Versies ${run}`;
    const first = await put(id, department({ headSub: people.headB.sub, reason: 'nieuwe afdeling' }));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      version: 1,
      source: 'api',
      headName: 'Bram Hoofd B',
      changedBySub: people.cio.sub,
    });
    const second = await put(
      id,
      department({ headSub: people.headA.sub, deputySubs: [people.headB.sub], version: 1, reason: 'nieuw hoofd' }),
    );
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ version: 2, headSub: people.headA.sub, deputyNames: ['Bram Hoofd B'] });

    // A change made on a version that is no longer the stored one is refused.
    const stale = await put(id, department({ nameNl: 'Te laat', version: 1 }));
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await put(id, department({ version: 0 }))).status).toBe(409);
    expect((await http().delete(path(id)).set('Authorization', cio).set('If-Match', '"1"')).status).toBe(409);

    const history = await http()
      .get(`${path(id)}/history`)
      .set('Authorization', cio)
      .expect(200);
    expect(history.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(history.body[0]).toMatchObject({ reason: 'nieuw hoofd', changedByName: 'Cora CIO', source: 'api' });

    expect((await http().delete(path(id)).set('Authorization', cio).set('If-Match', '"2"')).status).toBe(204);
    const gone = await http().get(path(id)).set('Authorization', cio).expect(200);
    expect(gone.body).toMatchObject({ active: false, version: 3 });
    const list = await http().get('/api/v1/organisation/departments').set('Authorization', cio).expect(200);
    expect(list.body.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([A, B, id, FROM_FILE]));

    const events: Array<{ actor_sub: string; payload: { departmentId: string; version: number; reason: string } }> =
      await db.query(
        `SELECT actor_sub, payload FROM audit_event WHERE action = 'organisation-changed' AND payload->>'departmentId' = $1
          ORDER BY seq`,
        [id],
      );
    expect(events.map((e) => [e.actor_sub, e.payload.version, e.payload.reason])).toEqual([
      [people.cio.sub, 1, 'nieuwe afdeling'],
      [people.cio.sub, 2, 'nieuw hoofd'],
      [people.cio.sub, 3, 'deactivated'],
    ]);
    // Versions cannot be rewritten, not even by the application's own login.
    await expect(
      db.query(`UPDATE department_version SET reason = 'x' WHERE department_id = $1`, [id]),
    ).rejects.toThrow();
  });

  it('lets only the CIO office see or change the organisation', async () => {
    for (const p of [people.headA, people.auditor, people.owner]) {
      expect((await put(`Verboden ${run}`, department(), p)).status).toBe(403);
      expect(
        (
          await http()
            .get('/api/v1/organisation/departments')
            .set('Authorization', await api.as(p))
        ).status,
      ).toBe(403);
      expect(
        (
          await http()
            .delete(path(A))
            .set('Authorization', await api.as(p))
        ).status,
      ).toBe(403);
    }
    expect(
      (
        await http()
          .get(path(`Verboden ${run}`))
          .set('Authorization', await api.as(people.cio))
      ).status,
    ).toBe(404);
  });

  it('refuses bad input field by field', async () => {
    const cases: Array<[object, string, string?]> = [
      [department({ headSub: people.headA.sub, deputySubs: [people.headA.sub] }), 'deputySubs[0]'],
      [department({ headSub: `niemand.${run}` }), 'headSub'],
      [department({ deputySubs: [`niemand.${run}`] }), 'deputySubs[0]'],
      [department({ headSub: 'met spatie' }), 'headSub'],
      [department({ nameNl: 'a\u0000b' }), 'nameNl'],
      [department({ nameEn: '' }), 'nameEn'],
      [department({ version: -1 }), 'version'],
      [department({ version: 'een' }), 'version'],
      [department({ colour: 'red' }), 'colour'],
      [department({ deputySubs: 'x' }), 'deputySubs'],
      [department(), 'id', 'x'.repeat(121)],
    ];
    for (const [body, field, id] of cases) {
      const res = await put(id ?? `Fout ${run}`, body);
      expect([field, res.status]).toEqual([field, 400]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body.errors)).toContain(field);
    }
    const bad = await http()
      .delete(path(A))
      .set('Authorization', await api.as(people.cio))
      .set('If-Match', 'nope');
    expect(bad.status).toBe(400);
    expect((await db.query(`SELECT 1 FROM department WHERE id = $1`, [`Fout ${run}`])).length).toBe(0);
  });
});
