import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { ROLES } from '@waardenpoort/domain';
import { SignJWT } from 'jose';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { ENDPOINTS, type Endpoint } from './support/endpoints';
import { startApi, testConfig } from './support/harness';
import { ProjectApi } from './support/project-api';

const ISSUER = 'https://login.enschede.example/realms/gemeente';
const SECRET = 'matrix-suite-secret-of-at-least-thirty-two-characters';
async function sign(
  claims: { sub: string; roles: string[] },
  options: { issuer?: string; expiresIn?: string; secret?: string } = {},
): Promise<string> {
  return new SignJWT({ name: claims.sub, email: `${claims.sub}@enschede.example`, roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(options.issuer ?? ISSUER)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '10m')
    .sign(new TextEncoder().encode(options.secret ?? SECRET));
}

describe('authorization matrix', () => {
  let config: AppConfig;
  let app: INestApplication;
  let projectId: string;
  let cases = 0;
  let base: string;

  beforeAll(async () => {
    config = testConfig({ JWT_SECRET: SECRET, JWT_ISSUER: ISSUER });
    app = await startApi(config);
    // A real project to aim at, registered without a worker: the guard decides before any workflow is asked.
    const api = new ProjectApi(app);
    api.as = async (p) => `Bearer ${await sign({ sub: p.sub, roles: p.roles })}`;
    projectId = await api.register(`Matrix ${randomUUID().slice(0, 6)}`, 'Matrixproject');
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app?.close();
    process.stdout.write(`authorization matrix: ${cases} endpoint × caller cases\n`);
  });

  it('covers every endpoint the API documents', async () => {
    const doc = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((m) => `${m} ${path.replace(/\{[^}]+\}/g, ':id')}`),
    );
    const tested = ENDPOINTS.map((e) => `${e.method} ${e.path.replace(/\/versions\/1$/, '/versions/:id')}`);
    expect(documented.filter((d) => !tested.includes(d)).sort()).toEqual([]);
  });

  /** Over a real socket, so the event stream can be cut off once its status is known. */
  const call = async (
    e: Endpoint,
    auth: string | null,
  ): Promise<{ status: number; headers: Record<string, string>; type?: string }> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 20_000);
    try {
      const res = await fetch(`${base}${e.path.replace(':id', projectId)}`, {
        method: e.method.toUpperCase(),
        headers: {
          ...(auth ? { Authorization: auth } : {}),
          ...(e.body ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(e.body ? { body: JSON.stringify(e.body) } : {}),
        signal: controller.signal,
      });
      const headers = { 'content-type': res.headers.get('content-type') ?? '' };
      // The problem's type of a refusal; otherwise the status is all this test needs, and streams (GET
      // /api/v1/events) never end.
      if (res.status === 403) {
        const problem = (await res.json()) as { type?: string };
        return { status: res.status, headers, ...(problem.type ? { type: problem.type } : {}) };
      }
      controller.abort();
      return { status: res.status, headers };
    } finally {
      clearTimeout(timer);
    }
  };

  it.each(ENDPOINTS.map((e) => [`${e.method.toUpperCase()} ${e.path}`, e] as const))(
    '%s: exactly the allowed roles pass',
    async (_name, e) => {
      const outcome: Record<string, number> = {};
      for (const role of ROLES) {
        outcome[role] = (await call(e, `Bearer ${await sign({ sub: `matrix-${role}`, roles: [role] })}`)).status;
        cases += 1;
      }
      const passed = ROLES.filter((r) => outcome[r] !== 403 && outcome[r] !== 401);
      const expected =
        e.allowed === 'public' ? [...ROLES] : ROLES.filter((r) => (e.allowed as readonly string[]).includes(r));
      expect({ passed, outcome }).toEqual({ passed: expected, outcome });
      // /health answers 503 here by design: this suite runs no worker.
      for (const r of ROLES)
        expect(e.path === '/health' ? [200, 503] : [expect.any(Number)]).toContainEqual(outcome[r]);
      for (const r of ROLES) if (e.path !== '/health') expect(outcome[r]).toBeLessThan(500);

      // Verified, but no Waardenpoort role (a colleague the provider knows, or roles under another claim): only
      // GET /api/v1/me, which says why; everything else that needs a token is refused as no-role.
      for (const roles of [[], ['mayor']]) {
        const res = await call(e, `Bearer ${await sign({ sub: 'matrix-zonder-rol', roles })}`);
        cases += 1;
        if (e.allowed === 'public' || e.withoutRole)
          expect({ roles, passed: res.status !== 401 && res.status !== 403 }).toEqual({ roles, passed: true });
        else
          expect({ roles, status: res.status, type: res.type }).toEqual({
            roles,
            status: 403,
            type: expect.stringMatching(/\/no-role$/),
          });
      }

      const bad = {
        none: null,
        expired: `Bearer ${await sign({ sub: 'm', roles: [...ROLES] }, { expiresIn: '-5m' })}`,
        otherIssuer: `Bearer ${await sign({ sub: 'm', roles: [...ROLES] }, { issuer: 'https://evil.example' })}`,
        forged: `Bearer ${await sign({ sub: 'm', roles: [...ROLES] }, { secret: 'not-the-secret-but-also-thirty-two-characters' })}`,
      };
      for (const [kind, auth] of Object.entries(bad)) {
        const res = await call(e, auth);
        cases += 1;
        if (e.allowed === 'public')
          expect({ kind, public: res.status !== 401 && res.status !== 403 }).toEqual({ kind, public: true });
        else {
          expect({ kind, status: res.status }).toEqual({ kind, status: 401 });
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        }
      }
    },
  );
});
