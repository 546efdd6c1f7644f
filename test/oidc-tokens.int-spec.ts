import type { INestApplication } from '@nestjs/common';
import { exportSPKI, generateKeyPair, importJWK, SignJWT, type JWK, type KeyLike } from 'jose';
import request from 'supertest';
import { eventually, startApi, testConfig } from './support/harness';
import { startTestProvider, type ProviderAccount, type TestProvider } from './support/oidc/provider';

const OTHER_API = 'https://other.example/api';
/** Entra-style group object ids */
const CIO_GROUP = '6f1c0a52-8d3e-4b0a-9f6e-2c7d1e4a5b90';
const REVIEW_GROUP = 'a3e5b7c9-1d2f-4a6b-8c0e-f1a2b3c4d5e6';
const UNKNOWN_GROUP = '0b9c8d7e-6f5a-4b3c-2d1e-0f9e8d7c6b5a';

const ACCOUNTS: Record<string, ProviderAccount> = {
  'anna.jansen': {
    name: 'Anna Jansen',
    email: 'anna.jansen@enschede.example',
    roles: ['case-owner', 'not-a-waardenpoort-role'],
    department: 'Openbare Ruimte',
  },
  'carla.visser': { name: 'Carla Visser', email: 'carla.visser@enschede.example', roles: ['cio-office'] },
  'gijs.groen': { name: 'Gijs Groen', groups: [CIO_GROUP, REVIEW_GROUP, UNKNOWN_GROUP] },
  'olga.onbekend': { name: 'Olga Onbekend', groups: [UNKNOWN_GROUP] },
  'noor.zonderrol': { name: 'Noor Zonderrol', email: 'noor@enschede.example' },
};

const CLIENT = {
  accounts: ACCOUNTS,
  redirectUris: ['http://127.0.0.1:3999/aanmelden/terug'],
  postLogoutRedirectUris: ['http://127.0.0.1:3999/afgemeld'],
};

function header(jwt: string): { alg: string; kid?: string; typ?: string } {
  return JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8'));
}

function payload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

/** The API in JWKS mode against `provider` (dev mode stays on unless NODE_ENV=production is asked). */
function oidcSettings(provider: TestProvider, extra: Record<string, string> = {}): Record<string, string> {
  return { JWT_JWKS_URL: provider.jwksUrl, JWT_ISSUER: provider.issuer, JWT_AUDIENCE: provider.audience, ...extra };
}

function get(app: INestApplication, path: string, token: string): request.Test {
  return request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${token}`);
}

/** A 401 problem for a refused bearer token; its detail, to say why. */
async function expectRefused(app: INestApplication, token: string): Promise<string> {
  const res = await get(app, '/api/v1/me', token);
  expect(res.status).toBe(401);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
  return String(res.body.detail);
}

/**
 * Sign-in with OpenID Connect, tested against a real provider: oidc-provider (OpenID Certified) runs in this process
 * with the dashboard's client registered; the API fetches its JWKS like it would Keycloak's or Entra ID's.
 */
describe('access tokens from an OpenID provider', () => {
  const providers: TestProvider[] = [];
  const apps: INestApplication[] = [];
  const provider = async (options: Partial<Parameters<typeof startTestProvider>[0]> = {}): Promise<TestProvider> => {
    const p = await startTestProvider({ ...CLIENT, resources: [OTHER_API], ...options });
    providers.push(p);
    return p;
  };
  const api = async (overrides: Record<string, string>): Promise<INestApplication> => {
    const app = await startApi(testConfig(overrides));
    apps.push(app);
    return app;
  };

  let rs256: TestProvider;
  let app: INestApplication;

  beforeAll(async () => {
    rs256 = await provider();
    app = await api(
      oidcSettings(rs256, {
        JWT_GROUP_ROLES: JSON.stringify({ [CIO_GROUP]: 'cio-office', [REVIEW_GROUP]: ['auditor', 'dpo'] }),
      }),
    );
  });

  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const p of providers) await p.stop();
  });

  it('accepts what the provider signs with RS256, ES256 and PS256, and shows who signed in', async () => {
    const es256 = await provider({ signingAlg: 'ES256' });
    const ps256 = await provider({ signingAlg: 'PS256' });
    for (const [p, alg] of [
      [rs256, 'RS256'],
      [es256, 'ES256'],
      [ps256, 'PS256'],
    ] as const) {
      const target = p === rs256 ? app : await api(oidcSettings(p));
      const tokens = await p.signIn('anna.jansen');
      expect(header(tokens.access_token)).toMatchObject({ alg, typ: 'at+jwt' });
      const me = await get(target, '/api/v1/me', tokens.access_token).expect(200);
      // Roles the API does not know are left out; the department comes along.
      expect(me.body).toMatchObject({
        sub: 'anna.jansen',
        name: 'Anna Jansen',
        email: 'anna.jansen@enschede.example',
        roles: ['case-owner'],
      });
      await get(target, '/api/v1/tasks', tokens.access_token).expect(200);
    }
  });

  it('maps groups (object ids) to roles with JWT_GROUP_ROLES, and unknown groups to nothing', async () => {
    const gijs = await rs256.signIn('gijs.groen');
    expect(payload(gijs.access_token)).not.toHaveProperty('roles');
    const me = await get(app, '/api/v1/me', gijs.access_token).expect(200);
    expect([...me.body.roles].sort()).toEqual(['auditor', 'cio-office', 'dpo']);
    await get(app, '/api/v1/monitoring/pipeline', gijs.access_token).expect(200);

    const olga = await rs256.signIn('olga.onbekend');
    expect((await get(app, '/api/v1/me', olga.access_token).expect(200)).body.roles).toEqual([]);
    expect((await get(app, '/api/v1/monitoring/pipeline', olga.access_token)).status).toBe(403);
  });

  it('follows a key rotation without a restart, and still accepts tokens signed with the previous key', async () => {
    const p = await provider();
    const target = await api(oidcSettings(p, { JWT_JWKS_COOLDOWN_SECONDS: '1' }));
    const before = await p.signIn('carla.visser');
    await get(target, '/api/v1/me', before.access_token).expect(200);
    const fetchesBefore = await p.jwksRequests();
    expect(fetchesBefore).toBeGreaterThanOrEqual(1);

    await p.rotateKeys();
    const after = await p.signIn('carla.visser');
    expect(header(after.access_token).kid).not.toBe(header(before.access_token).kid);
    // The unknown kid sends the API to the JWKS again once the cooldown (1 s) since the last fetch is over.
    await eventually(
      async () => ((await get(target, '/api/v1/me', after.access_token)).status === 200 ? true : undefined),
      15_000,
      'the new key to be accepted',
    );
    expect(await p.jwksRequests()).toBeGreaterThan(fetchesBefore);
    await get(target, '/api/v1/me', before.access_token).expect(200);
    // A sign-in from before the rotation renews with the new key.
    const renewed = await p.refresh(before.refresh_token ?? '');
    expect(header(renewed.access_token).kid).toBe(header(after.access_token).kid);
    await get(target, '/api/v1/me', renewed.access_token).expect(200);
  });

  it('refuses a token signed by a key the provider never published, refetching the JWKS at most once per cooldown', async () => {
    const p = await provider();
    const target = await api(oidcSettings(p, { JWT_JWKS_COOLDOWN_SECONDS: '2' }));
    const real = await p.signIn('carla.visser');
    await get(target, '/api/v1/me', real.access_token).expect(200);
    const forge = async (kid: string): Promise<string> => {
      const { privateKey } = await generateKeyPair('RS256');
      const { iat: _iat, exp: _exp, jti: _jti, ...claims } = payload(real.access_token);
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    };
    const first = await forge('test-rsa-forged-1');
    const second = await forge('test-rsa-forged-2');
    // Past the cooldown of the first fetch: the first unknown kid may fetch the JWKS again.
    await new Promise((r) => setTimeout(r, 2500));
    const fetches = await p.jwksRequests();
    await expectRefused(target, first);
    expect(await p.jwksRequests()).toBe(fetches + 1);
    // Within the cooldown another unknown kid does not make the API fetch again (no amplification).
    await expectRefused(target, second);
    expect(await p.jwksRequests()).toBe(fetches + 1);
    await get(target, '/api/v1/me', real.access_token).expect(200);
  });

  it('refuses a token the provider issued for another audience', async () => {
    const other = await rs256.signIn('carla.visser', { resource: OTHER_API });
    expect(payload(other.access_token)).toMatchObject({ aud: OTHER_API, iss: rs256.issuer });
    await expectRefused(app, other.access_token);
  });

  it('accepts a token until it expires, then refuses it as expired', async () => {
    const p = await provider({ accessTokenTtlSeconds: 2 });
    const target = await api(oidcSettings(p, { JWT_CLOCK_TOLERANCE_SECONDS: '0' }));
    const tokens = await p.signIn('carla.visser');
    expect(tokens.expires_in).toBeLessThanOrEqual(2);
    await get(target, '/api/v1/me', tokens.access_token).expect(200);
    const detail = await eventually(
      async () => {
        const res = await get(target, '/api/v1/me', tokens.access_token);
        return res.status === 401 ? String(res.body.detail) : undefined;
      },
      15_000,
      'the token to expire',
    );
    expect(detail).toMatch(/expired/);
  });

  it("refuses HS256 signed with the provider's public key as the secret (algorithm confusion)", async () => {
    const real = await rs256.signIn('carla.visser');
    const jwks = (await (await fetch(rs256.jwksUrl)).json()) as { keys: JWK[] };
    const rsa = jwks.keys.find((k) => k.kty === 'RSA' && k.kid === header(real.access_token).kid);
    if (!rsa) throw new Error('the JWKS has no RSA key for the token');
    const spki = await exportSPKI((await importJWK({ ...rsa, alg: 'RS256' }, 'RS256')) as KeyLike);
    const { iat: _iat, exp: _exp, ...claims } = payload(real.access_token);
    for (const secret of [spki, spki.trim(), JSON.stringify(rsa)]) {
      const forged = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: rsa.kid })
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(secret));
      // Refused by the allow-list of algorithms, before any key is looked up (jose's key-set lookup has no key for
      // HS256 either: that would refuse it too, so the test checks which control did).
      expect(await expectRefused(app, forged)).toMatch(/ALG_NOT_ALLOWED/);
    }
    await get(app, '/api/v1/me', real.access_token).expect(200);
  });

  it('refuses the ID token as a bearer token, also where the API and the dashboard share one registration', async () => {
    const tokens = await rs256.signIn('carla.visser');
    expect(payload(tokens.id_token)).toMatchObject({ sub: 'carla.visser', roles: ['cio-office'] });
    expect(payload(tokens.id_token)).toHaveProperty('nonce');
    await expectRefused(app, tokens.id_token);
    // One app registration for both (as Entra ID allows): the ID token's audience is then the API's too.
    const shared = await api(oidcSettings(rs256, { JWT_AUDIENCE: rs256.clientId }));
    expect(await expectRefused(shared, tokens.id_token)).toMatch(/ID token|not an access token/);
  });

  it('lets a person without a Waardenpoort role see who they are, and nothing else (403 no-role)', async () => {
    const tokens = await rs256.signIn('noor.zonderrol');
    expect(payload(tokens.access_token)).not.toHaveProperty('roles');
    const me = await get(app, '/api/v1/me', tokens.access_token).expect(200);
    expect(me.body).toMatchObject({ sub: 'noor.zonderrol', name: 'Noor Zonderrol', roles: [] });
    const tasks = await get(app, '/api/v1/tasks', tokens.access_token);
    expect(tasks.status).toBe(403);
    expect(tasks.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tasks.body.type).toMatch(/\/no-role$/);
    // It says why: the token has no roles claim (and no groups to map).
    expect(tasks.body.detail).toMatch(/roles/);
  });

  it('accepts the access token of a refresh, and the provider rotates the refresh token', async () => {
    const tokens = await rs256.signIn('carla.visser');
    if (!tokens.refresh_token) throw new Error('no refresh token (offline_access)');
    const refreshed = await rs256.refresh(tokens.refresh_token);
    expect(refreshed.refresh_token).toBeDefined();
    expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);
    expect(refreshed.access_token).not.toBe(tokens.access_token);
    const me = await get(app, '/api/v1/me', refreshed.access_token).expect(200);
    expect(me.body).toMatchObject({ sub: 'carla.visser', roles: ['cio-office'] });
    // The used refresh token is spent.
    await expect(rs256.refresh(tokens.refresh_token)).rejects.toThrow(/invalid_grant/);
  });

  it('in production: no dev sign-in, and the dashboard is told to sign in with the provider', async () => {
    const production = await api(
      oidcSettings(rs256, { NODE_ENV: 'production', OIDC_CLIENT_ID: rs256.clientId, OIDC_RESOURCE: rs256.audience }),
    );
    const server = production.getHttpServer();
    const dev = await request(server)
      .post('/api/v1/dev/token')
      .send({ sub: 'mallory', name: 'Mallory', roles: ['cio-office'] });
    expect(dev.status).toBe(404);
    const config = await request(server).get('/api/v1/auth/config').expect(200);
    expect(config.body).toMatchObject({
      method: 'oidc',
      issuer: rs256.issuer,
      clientId: rs256.clientId,
      resource: rs256.audience,
      redirectPath: '/aanmelden/terug',
      postLogoutPath: '/afgemeld',
    });
    expect(config.body.scope.split(' ')).toEqual(expect.arrayContaining(['openid', 'offline_access']));
    const tokens = await rs256.signIn('carla.visser');
    await get(production, '/api/v1/me', tokens.access_token).expect(200);
  });
});
