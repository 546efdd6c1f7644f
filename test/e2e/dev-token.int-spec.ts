import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { startApi, testConfig } from '../support/harness';

/** The dashboard's "sign in as a role": a development convenience that must not exist where tokens are real. */
describe('development tokens for the dashboard', () => {
  const apps: INestApplication[] = [];
  const start = async (overrides: Record<string, string> = {}): Promise<INestApplication> => {
    const app = await startApi(testConfig(overrides));
    apps.push(app);
    return app;
  };

  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('signs a token this API accepts, for any person and roles, without a token of its own', async () => {
    const app = await start();
    const res = await request(app.getHttpServer())
      .post('/api/v1/dev/token')
      .send({ sub: 'fenna.bos', name: 'Fenna Bos', roles: ['dpo', 'privacy-officer'] })
      .expect(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      sub: 'fenna.bos',
      name: 'Fenna Bos',
      email: 'fenna.bos@enschede.example',
      roles: ['dpo', 'privacy-officer'],
    });
    expect(Date.parse(res.body.expiresAt) - Date.now()).toBeGreaterThan(7 * 3600_000);
    const me = await request(app.getHttpServer()).get('/api/v1/tasks').set('Authorization', `Bearer ${res.body.token}`);
    expect(me.status).toBe(200);
  });

  it('puts the roles where JWT_ROLES_CLAIM says, with the configured issuer and audience', async () => {
    const app = await start({
      JWT_ROLES_CLAIM: 'realm_access.roles',
      JWT_ISSUER: 'https://login.enschede.example/realms/dev',
      JWT_AUDIENCE: 'waardenpoort',
    });
    const res = await request(app.getHttpServer())
      .post('/api/v1/dev/token')
      .send({ sub: 'carla.visser', name: 'Carla Visser', roles: ['cio-office'] })
      .expect(200);
    const claims = JSON.parse(Buffer.from(res.body.token.split('.')[1], 'base64url').toString('utf8'));
    expect(claims).toMatchObject({
      sub: 'carla.visser',
      realm_access: { roles: ['cio-office'] },
      iss: 'https://login.enschede.example/realms/dev',
      aud: 'waardenpoort',
    });
    await request(app.getHttpServer())
      .get('/api/v1/monitoring/pipeline')
      .set('Authorization', `Bearer ${res.body.token}`)
      .expect(200);
  });

  it('refuses what is not a person with known roles', async () => {
    const app = await start();
    const res = await request(app.getHttpServer())
      .post('/api/v1/dev/token')
      .send({ sub: 'a b', name: '', roles: ['mayor'], extra: true });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'name', 'roles', 'sub']);
  });

  it('does not exist in production, nor where an identity provider signs the tokens', async () => {
    const production = await start({
      NODE_ENV: 'production',
      JWT_SECRET: 'production-secret-for-this-test-only-0123456789',
    });
    const jwks = await start({
      JWT_JWKS_URL: 'https://login.enschede.example/realms/gemeente/protocol/openid-connect/certs',
      JWT_ISSUER: 'https://login.enschede.example/realms/gemeente',
      JWT_AUDIENCE: 'waardenpoort',
    });
    for (const app of [production, jwks]) {
      const res = await request(app.getHttpServer())
        .post('/api/v1/dev/token')
        .send({ sub: 'anna.jansen', name: 'Anna Jansen', roles: ['cio-office'] });
      expect(res.status).toBe(404);
      const doc = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
      expect(Object.keys(doc.body.paths)).not.toContain('/api/v1/dev/token');
    }
  });

  it('serves the dashboard at / and at its own paths, under the same CSP, and leaves the API paths alone', async () => {
    const app = await start();
    const server = app.getHttpServer();
    for (const path of [
      '/',
      '/taken',
      '/projecten/0f8fad5b-d9cb-469f-a165-70867728950e',
      '/projects/0f8fad5b-d9cb-469f-a165-70867728950e',
    ]) {
      const page = await request(server).get(path).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.text).toContain('<script type="module" src="/js/main.js"></script>');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
    const script = await request(server).get('/js/main.js').expect(200);
    expect(script.headers['content-type']).toMatch(/javascript/);
    await request(server)
      .get('/assets/nlds/components/index.css')
      .expect(200)
      .expect('content-type', /text\/css/);
    await request(server)
      .get('/assets/nlds/tokens/index.css')
      .expect(200)
      .expect('content-type', /text\/css/);
    await request(server)
      .get('/assets/nlds/noto-sans/index.css')
      .expect(200)
      .expect('content-type', /text\/css/);
    const missing = await request(server).get('/api/v1/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await request(server).get('/no-such-page')).headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
