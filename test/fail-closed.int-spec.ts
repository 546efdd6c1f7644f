import type { INestApplication } from '@nestjs/common';
import { DEV_JWT_SECRET, type AppConfig } from '@waardenpoort/config';
import type { Role } from '@waardenpoort/domain';
import { SignJWT } from 'jose';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { startApi, testConfig, token } from './support/harness';

const ROOT = join(__dirname, '..');
const PRODUCTION_SECRET = 'production-secret-for-this-test-only-0123456789';
const METRICS_TOKEN = 'metrics-token-for-this-test-0123456789';

/** `node apps/api/dist/main.js` with only these settings (and PATH): its exit code and what it said. */
function bootApi(env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** An HS256 token like the harness's, with the header and claims a test wants to get wrong. */
async function craftedToken(options: {
  typ?: string | null;
  claims?: Record<string, unknown>;
  iat?: number | null;
  expiresInSeconds?: number;
  secret?: string;
}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const header: { alg: string; typ?: string } = { alg: 'HS256' };
  if (options.typ !== null) header.typ = options.typ ?? 'JWT';
  let jwt = new SignJWT({ name: 'Test', roles: ['auditor'], ...(options.claims ?? {}) })
    .setProtectedHeader(header)
    .setSubject('tester')
    .setExpirationTime(now + (options.expiresInSeconds ?? 3600));
  if (options.iat !== null) jwt = jwt.setIssuedAt(options.iat ?? now);
  return jwt.sign(new TextEncoder().encode(options.secret ?? DEV_JWT_SECRET));
}

/** A GET from a chosen loopback source address (the whole of 127/8 is this machine's). */
function getFrom(
  base: URL,
  path: string,
  from: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path, method: 'GET', localAddress: from, headers, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * §2 of the trust model: a deployment that forgets a setting is locked, not open. Production behaviour is the
 * default; development conveniences need DEV_MODE=true on a loopback bind; tokens are checked for what they are and
 * how old; /health tells strangers only up or down; the rate limit follows the verified person, not the address
 * they claim.
 */
describe('fail closed', () => {
  const apps: INestApplication[] = [];
  const start = async (config: AppConfig): Promise<INestApplication> => {
    const app = await startApi(config);
    apps.push(app);
    return app;
  };
  let devConfig: AppConfig;
  let dev: INestApplication;
  let production: INestApplication;

  beforeAll(async () => {
    devConfig = testConfig();
    dev = await start(devConfig);
    production = await start(testConfig({ NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET }));
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('refuses to boot from an empty environment, with the development secret, or in dev mode off loopback', () => {
    const empty = bootApi({});
    expect(empty.status).toBe(1);
    expect(empty.output).toMatch(/JWT_JWKS_URL: outside dev mode the API needs/);

    for (const env of [
      { JWT_SECRET: DEV_JWT_SECRET } as Record<string, string>,
      { JWT_SECRET: DEV_JWT_SECRET, NODE_ENV: 'development', WEBHOOKS_ENABLED: 'false' },
    ]) {
      const devSecret = bootApi(env);
      expect(devSecret.status).toBe(1);
      expect(devSecret.output).toMatch(/JWT_SECRET: the development secret is public/);
    }

    const exposed = bootApi({ DEV_MODE: 'true', NODE_ENV: 'development', BIND_HOST: '0.0.0.0' });
    expect(exposed.status).toBe(1);
    expect(exposed.output).toMatch(/BIND_HOST: dev mode .* only listens on loopback/);

    const devInProduction = bootApi({ DEV_MODE: 'true', NODE_ENV: 'production' });
    expect(devInProduction.status).toBe(1);
    expect(devInProduction.output).toMatch(/DEV_MODE: dev mode cannot be on with NODE_ENV=production/);

    const jwksOverHttp = bootApi({
      JWT_JWKS_URL: 'http://login.enschede.example/jwks',
      JWT_ISSUER: 'https://login.enschede.example',
      JWT_AUDIENCE: 'waardenpoort',
      WEBHOOKS_ENABLED: 'false',
    });
    expect(jwksOverHttp.status).toBe(1);
    expect(jwksOverHttp.output).toMatch(/JWT_JWKS_URL must be an https URL/);

    const webhooksWithoutKey = bootApi({ JWT_SECRET: PRODUCTION_SECRET });
    expect(webhooksWithoutKey.status).toBe(1);
    expect(webhooksWithoutKey.output).toMatch(/WEBHOOK_SECRET_KEY: webhooks are enabled/);
  });

  it('has no dev sign-in, mail sink or open /metrics in production mode, and has them in dev mode', async () => {
    const productionToken = `Bearer ${await token({ sub: 'carla.cio', roles: ['cio-office'], secret: PRODUCTION_SECRET })}`;
    const prod = production.getHttpServer();
    const signIn = await request(prod)
      .post('/api/v1/dev/token')
      .send({ sub: 'mallory', name: 'Mallory', roles: ['cio-office'] });
    expect(signIn.status).toBe(404);
    expect((await request(prod).get('/api/v1/mail').set('Authorization', productionToken)).status).toBe(404);
    const metrics = await request(prod).get('/metrics');
    expect(metrics.status).toBe(404);
    expect(metrics.text).not.toMatch(/waardenpoort_/);
    // The development secret does not open production, and the token it signs is refused.
    const devToken = `Bearer ${await token({ sub: 'mallory', roles: ['cio-office'] })}`;
    expect((await request(prod).get('/api/v1/tasks').set('Authorization', devToken)).status).toBe(401);
    expect((await request(prod).get('/api/v1/tasks').set('Authorization', productionToken)).status).toBe(200);

    const devServer = dev.getHttpServer();
    const minted = await request(devServer)
      .post('/api/v1/dev/token')
      .send({ sub: 'anna', name: 'Anna', roles: ['case-owner'] })
      .expect(200);
    expect(
      (await request(devServer).get('/api/v1/mail').set('Authorization', `Bearer ${minted.body.token}`)).status,
    ).toBe(200);
    expect((await request(devServer).get('/metrics')).status).toBe(200);
  });

  it('serves /metrics outside dev mode only with the metrics token', async () => {
    const withToken = await start(
      testConfig({ NODE_ENV: 'production', JWT_SECRET: PRODUCTION_SECRET, METRICS_TOKEN: METRICS_TOKEN }),
    );
    expect((await request(withToken.getHttpServer()).get('/metrics')).status).toBe(401);
    const scraped = await request(withToken.getHttpServer())
      .get('/metrics')
      .set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(scraped.status).toBe(200);
    expect(scraped.text).toMatch(/waardenpoort_projects/);
  });

  it('accepts access tokens only: header typ JWT or at+jwt, not an ID token, not without typ', async () => {
    const server = dev.getHttpServer();
    const status = async (jwt: string): Promise<number> =>
      (await request(server).get('/api/v1/tasks').set('Authorization', `Bearer ${jwt}`)).status;
    expect(await status(await craftedToken({ typ: 'JWT' }))).toBe(200);
    expect(await status(await craftedToken({ typ: 'at+jwt' }))).toBe(200);
    expect(await status(await craftedToken({ typ: 'application/at+jwt' }))).toBe(200);
    for (const typ of [null, 'id_token', 'JOSE', 'logout+jwt', 'dpop+jwt']) {
      const res = await request(server)
        .get('/api/v1/tasks')
        .set('Authorization', `Bearer ${await craftedToken({ typ })}`);
      expect([typ, res.status]).toEqual([typ, 401]);
      expect(res.body.detail).toMatch(/not an access token/);
    }
    // Keycloak marks its ID and refresh tokens in a typ claim under the same header typ.
    expect(await status(await craftedToken({ claims: { typ: 'ID' } }))).toBe(401);
    expect(await status(await craftedToken({ claims: { typ: 'Refresh' } }))).toBe(401);
    expect(await status(await craftedToken({ claims: { typ: 'Bearer' } }))).toBe(200);
  });

  it('refuses a token older than JWT_MAX_AGE_SECONDS whatever its expiry, and one without iat', async () => {
    const server = dev.getHttpServer();
    const now = Math.floor(Date.now() / 1000);
    const old = await craftedToken({
      iat: now - devConfig.auth.maxTokenAgeSeconds - 120,
      expiresInSeconds: 7 * 86_400,
    });
    const res = await request(server).get('/api/v1/tasks').set('Authorization', `Bearer ${old}`);
    expect(res.status).toBe(401);
    expect(res.body.detail).toMatch(/older than 28800 s/);
    const noIat = await craftedToken({ iat: null });
    expect((await request(server).get('/api/v1/tasks').set('Authorization', `Bearer ${noIat}`)).status).toBe(401);
    const fresh = await craftedToken({ iat: now - 60, expiresInSeconds: 3600 });
    expect((await request(server).get('/api/v1/tasks').set('Authorization', `Bearer ${fresh}`)).status).toBe(200);

    const shortLived = await start(testConfig({ JWT_MAX_AGE_SECONDS: '60' }));
    const twoMinutes = await craftedToken({ iat: now - 120 });
    expect(
      (await request(shortLived.getHttpServer()).get('/api/v1/tasks').set('Authorization', `Bearer ${twoMinutes}`))
        .status,
    ).toBe(401);
  });

  it('tells anonymous callers of /health only up or down; details need a monitoring role or the metrics token', async () => {
    const app = await start(testConfig({ METRICS_TOKEN }));
    const server = app.getHttpServer();
    // No worker runs in this suite: the answer is 503 "down", which is all a stranger learns.
    const anonymous = await request(server).get('/health');
    expect([200, 503]).toContain(anonymous.status);
    expect(Object.keys(anonymous.body as object)).toEqual(['status']);
    expect(anonymous.text).not.toMatch(/postgres|temporal|worker|pollers/i);
    const as = async (roles: Role[]): Promise<request.Response> =>
      request(server)
        .get('/health')
        .set('Authorization', `Bearer ${await token({ sub: 'h', roles })}`);
    expect(Object.keys((await as(['case-owner'])).body as object)).toEqual(['status']);
    expect(
      Object.keys((await request(server).get('/health').set('Authorization', 'Bearer nonsense')).body as object),
    ).toEqual(['status']);
    for (const roles of [['cio-office'], ['auditor']] as Role[][]) {
      expect((await as(roles)).body.checks).toMatchObject({ postgres: { status: 'up' }, temporal: { status: 'up' } });
    }
    const scraper = await request(server).get('/health').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(scraper.body.checks.postgres.status).toBe('up');
  });

  describe('throttling by verified subject', () => {
    const LIMIT = 3;
    let base: URL;
    let spoofable: URL;

    beforeAll(async () => {
      const listen = async (config: AppConfig): Promise<URL> => {
        const app = await start({ ...config, http: { ...config.http, rateLimitPerMinute: LIMIT } });
        await app.listen(0, '127.0.0.1');
        return new URL(`http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`);
      };
      base = await listen(testConfig());
      // The same with one trusted proxy hop, to show X-Forwarded-For is what would move the budget.
      spoofable = await listen(testConfig({ TRUST_PROXY: '1' }));
    });

    const bearer = async (sub: string): Promise<Record<string, string>> => ({
      Authorization: `Bearer ${await token({ sub, roles: ['auditor'] })}`,
    });

    it('gives two people behind one address a budget each', async () => {
      const [anna, bram] = [await bearer('throttle-anna'), await bearer('throttle-bram')];
      const statuses: number[] = [];
      for (let i = 0; i < LIMIT; i += 1) {
        statuses.push((await getFrom(base, '/api/v1/tasks', '127.0.0.1', anna)).status);
        statuses.push((await getFrom(base, '/api/v1/tasks', '127.0.0.1', bram)).status);
      }
      expect(statuses).toEqual(Array(2 * LIMIT).fill(200));
      expect((await getFrom(base, '/api/v1/tasks', '127.0.0.1', anna)).status).toBe(429);
      expect((await getFrom(base, '/api/v1/tasks', '127.0.0.1', bram)).status).toBe(429);
    });

    it('gives one person one budget, from whichever address', async () => {
      const carla = await bearer('throttle-carla');
      expect((await getFrom(base, '/api/v1/tasks', '127.0.0.2', carla)).status).toBe(200);
      expect((await getFrom(base, '/api/v1/tasks', '127.0.0.3', carla)).status).toBe(200);
      expect((await getFrom(base, '/api/v1/tasks', '127.0.0.4', carla)).status).toBe(200);
      expect((await getFrom(base, '/api/v1/tasks', '127.0.0.5', carla)).status).toBe(429);
    });

    it('counts anonymous requests per address, and a spoofed X-Forwarded-For buys no new budget', async () => {
      const from = '127.0.0.6';
      for (let i = 0; i < LIMIT; i += 1) expect((await getFrom(base, '/health', from)).status).not.toBe(429);
      expect((await getFrom(base, '/health', from)).status).toBe(429);
      for (const forwarded of ['203.0.113.7', '198.51.100.1, 127.0.0.1']) {
        expect((await getFrom(base, '/health', from, { 'X-Forwarded-For': forwarded })).status).toBe(429);
      }
      // A token that does not verify counts against the address too.
      expect((await getFrom(base, '/health', from, { Authorization: 'Bearer x.y.z' })).status).toBe(429);
      // Another address has its own budget.
      expect((await getFrom(base, '/health', '127.0.0.7')).status).not.toBe(429);

      // Where a proxy is trusted (TRUST_PROXY=1), its X-Forwarded-For is the client address: a setting to use only
      // behind a proxy that overwrites the header.
      for (let i = 0; i < LIMIT; i += 1) expect((await getFrom(spoofable, '/health', from)).status).not.toBe(429);
      expect((await getFrom(spoofable, '/health', from)).status).toBe(429);
      expect((await getFrom(spoofable, '/health', from, { 'X-Forwarded-For': '203.0.113.7' })).status).not.toBe(429);
    });
  });
});
