import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@waardenpoort/config';
import { join, resolve } from 'node:path';
import request from 'supertest';
import { createApp } from './app';
import { API_VERSION } from './common/api-version';

/**
 * What the NL API Design Rules ask of responses rather than of the OpenAPI document (docs/api-design-rules.md). The
 * app is built without services (preview): its middleware, problem answers and documents run as in production.
 */
describe('the API conventions at run time', () => {
  let app: NestExpressApplication;

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      DEV_MODE: 'true',
      DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
      TEMPORAL_ADDRESS: '127.0.0.1:1',
      POLICY_FILE: join(resolve(__dirname, '..', '..', '..'), 'policy', 'fixtures', 'test-policy.v1.yaml'),
      LOG_LEVEL: 'error',
      CORS_ORIGINS: 'https://portaal.enschede.example',
    });
    app = await createApp(config, { logger: false, preview: true });
    await app.init();
  }, 120_000);

  afterAll(async () => {
    await app?.close();
  });

  it('API-Version (/core/version-header, API-57) is on a success, on a problem before any route and from the router', async () => {
    const server = app.getHttpServer();
    const document = await request(server).get('/api/docs-json').expect(200);
    expect(document.headers['api-version']).toBe(API_VERSION);
    expect((document.body as { info: { version: string } }).info.version).toBe(API_VERSION);

    const unsupported = await request(server).post('/api/v1/projects').set('Content-Type', 'text/plain').send('x');
    expect(unsupported.status).toBe(415);
    expect(unsupported.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unsupported.headers['api-version']).toBe(API_VERSION);

    const missing = await request(server).get('/api/v1/no-such-resource').expect(404);
    expect(missing.headers['api-version']).toBe(API_VERSION);
  });

  it('API-Version is readable by a browser client of another allowed origin', async () => {
    const res = await request(app.getHttpServer())
      .get('/api/docs-json')
      .set('Origin', 'https://portaal.enschede.example')
      .expect(200);
    expect(res.headers['access-control-expose-headers']).toContain('API-Version');
  });

  it('publishes the OpenAPI document at /api/v1/openapi.json for any origin (/core/publish-openapi, API-51)', async () => {
    const server = app.getHttpServer();
    const [published, docs] = await Promise.all([
      request(server).get('/api/v1/openapi.json').set('Origin', 'https://elders.example').expect(200),
      request(server).get('/api/docs-json').expect(200),
    ]);
    expect(published.headers['content-type']).toMatch(/^application\/json/);
    expect(published.headers['access-control-allow-origin']).toBe('*');
    expect(published.body).toEqual(docs.body);
  });
});
