import type { INestApplication } from '@nestjs/common';
import { registerColumns } from '@waardenpoort/domain';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { answer, LOW_RISK } from './support/answers';
import { eventually, startApi, testConfig } from './support/harness';
import { PEOPLE, SENSOR_ENTRY, type ProjectApi } from './support/project-api';
import { startTestSystem, type TestSystem } from './support/system';

/** Counting sensors with a rule-based algorithm: algorithm register category C and the sensor register. */
const COUNTING = answer({ 'public-space-sensors': true, 'algorithm-type': 'rule-based' });

/**
 * The algorithm and sensor registers on the public pages (issue 18), over HTTP with Temporal and PostgreSQL: without a
 * token, exactly what the signed-in export shows (only entries the CIO office published; never a submitted or drafted
 * one), in the same formats, under the per-address public rate limit.
 */
describe('public registers', () => {
  let app: INestApplication;
  let api: ProjectApi;
  let system: TestSystem | undefined;
  const tag = randomUUID().slice(0, 8);
  const department = `Registers ${tag}`;

  beforeAll(async () => {
    system = await startTestSystem(testConfig());
    ({ app, api } = system);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const anon = (path: string, accept = 'application/json') =>
    request(app.getHttpServer()).get(path).set('Accept', accept);
  const signedIn = async (path: string, accept = 'application/json') =>
    request(app.getHttpServer())
      .get(path)
      .set('Accept', accept)
      .set('Authorization', await api.as(PEOPLE.auditor));

  async function decided(title: string, answers: object) {
    const id = await api.register(department, title);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers })).status).toBe(200);
    const res = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Akkoord.',
      adviceResponses: [],
    });
    expect(res.status).toBe(200);
    expect(api.gate(res.body, 'publication').state).toBe('active');
    return { id, project: res.body as Record<string, any> };
  }

  it('shows published entries without a token, exactly as the signed-in export; nothing submitted or drafted', async () => {
    const published = await decided(`Tellers Van Heekplein ${tag}`, COUNTING);
    expect(published.project.route.outcome).toMatchObject({ algorithmRegister: 'C', sensorRegister: true });
    await api.publishRegisterEntries(published.id, published.project);

    // Another project's entry, submitted but not published; and one that is only a draft (decided, nothing submitted).
    const submitted = await decided(`Ingediend ${tag}`, LOW_RISK);
    const secret = `Niet-gepubliceerd-${tag}`;
    const entry = { ...SENSOR_ENTRY, name: secret, purpose: `Concept ${secret}` };
    expect(
      (await api.post(submitted.id, 'register-entries', PEOPLE.owner, { entries: { sensor: entry } })).status,
    ).toBe(200);
    const draft = await decided(`Concept ${tag}`, LOW_RISK);

    const algorithms = await eventually(async () => {
      const res = await anon('/api/v1/public/registers/algorithms').expect(200);
      return res.body.some((e: { source_id: string }) => e.source_id === published.id) ? res.body : undefined;
    });
    const sensors = (await anon('/api/v1/public/registers/sensors').expect(200)).body;
    expect(sensors.map((e: { source_id: string }) => e.source_id)).toContain(published.id);

    // The same as the signed-in export, field for field: nothing added, nothing of the case.
    expect(algorithms).toEqual((await signedIn('/api/v1/registers/algorithms')).body);
    expect(sensors).toEqual((await signedIn('/api/v1/registers/sensors')).body);
    const mine = algorithms.find((e: { source_id: string }) => e.source_id === published.id);
    expect(mine).toMatchObject({ id: `gemeente-enschede/${published.id}`, version: 1, status: expect.any(String) });
    expect(mine.versions).toHaveLength(1);

    // Nothing of the submitted or the drafted project, in any format.
    const bodies = [
      JSON.stringify(algorithms),
      JSON.stringify(sensors),
      (await anon('/api/v1/public/registers/algorithms?format=csv')).text,
      (await anon('/api/v1/public/registers/sensors?format=csv')).text,
      (await anon('/api/v1/public/registers/sensors?format=geojson')).text,
    ];
    for (const body of bodies) {
      expect(body).toContain(published.id);
      for (const hidden of [submitted.id, draft.id, secret, `Concept ${tag}`]) expect(body).not.toContain(hidden);
    }
  });

  it('serves CSV in the signed-in column order, GeoJSON as a FeatureCollection, and searches', async () => {
    for (const [path, kind] of [
      ['algorithms', 'algorithm'],
      ['sensors', 'sensor'],
    ] as const) {
      const pub = await anon(`/api/v1/public/registers/${path}`, 'text/csv').expect(200);
      expect(pub.headers['content-type']).toMatch(/^text\/csv/);
      const own = await signedIn(`/api/v1/registers/${path}?format=csv`);
      const header = pub.text.split('\r\n')[0];
      expect(header).toBe(own.text.split('\r\n')[0]);
      expect(header.split(',').slice(0, registerColumns(kind).length)).toEqual(registerColumns(kind));
      expect(pub.text).toBe(own.text);
    }
    for (const geo of [
      await anon('/api/v1/public/registers/sensors', 'application/geo+json'),
      await anon('/api/v1/public/registers/sensors?format=geojson'),
    ]) {
      expect(geo.status).toBe(200);
      expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
      const collection = JSON.parse(geo.text);
      expect(collection.type).toBe('FeatureCollection');
      expect(collection.features.length).toBeGreaterThan(0);
      // Points and areas: the browser suite of the same run publishes an area.
      for (const f of collection.features) {
        expect(f).toMatchObject({ type: 'Feature', geometry: { type: expect.stringMatching(/^(Point|Polygon)$/) } });
      }
    }

    const found = (await anon('/api/v1/public/registers/algorithms').query({ q: 'BEELDHERKENNING' }).expect(200)).body;
    expect(found.length).toBeGreaterThan(0);
    expect(
      (
        await anon('/api/v1/public/registers/sensors')
          .query({ q: `geen-${tag}` })
          .expect(200)
      ).body,
    ).toEqual([]);
    const bad = await anon('/api/v1/public/registers/algorithms').query({ q: 'x'.repeat(201), format: 'xml' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(bad.body)).toMatch(/\bq\b/);
    expect(JSON.stringify(bad.body)).toMatch(/format/);
  });

  it("tells the page its background map, and the CSP allows that map's tile server only when one is configured", async () => {
    const plain = await anon('/api/v1/public/map').expect(200);
    expect(plain.body).toEqual({ tiles: null });
    const csp = (res: { headers: Record<string, string> }) =>
      Object.fromEntries(
        res.headers['content-security-policy'].split(';').map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values];
        }),
      ) as Record<string, string[]>;
    expect(csp(plain)['img-src']).toEqual(["'self'", 'data:']);
    expect(csp(await anon('/openbaar/sensoren', 'text/html').expect(200))['img-src']).toEqual(["'self'", 'data:']);

    const template = 'https://tiles.kaart.example:8443/wmts/standaard/EPSG:3857/{z}/{x}/{y}.png';
    const mapped = await startApi(
      testConfig({ PUBLIC_MAP_TILE_URL: template, PUBLIC_MAP_ATTRIBUTION: 'Kaartgegevens © Kadaster' }),
    );
    try {
      const res = await request(mapped.getHttpServer()).get('/api/v1/public/map').expect(200);
      expect(res.body).toEqual({ tiles: { urlTemplate: template, attribution: 'Kaartgegevens © Kadaster' } });
      const page = await request(mapped.getHttpServer()).get('/openbaar/sensoren').expect(200);
      for (const answer of [res, page]) {
        const policy = csp(answer);
        expect(policy['img-src']).toEqual(["'self'", 'data:', 'https://tiles.kaart.example:8443']);
        // Only images: scripts, styles and connections stay on this origin.
        for (const directive of ['default-src', 'script-src', 'style-src', 'connect-src']) {
          expect({ directive, values: policy[directive] }).toEqual({
            directive,
            values: expect.not.arrayContaining(['https://tiles.kaart.example:8443']),
          });
        }
      }
    } finally {
      await mapped.close();
    }
  });

  it('serves Leaflet from the installed package: its module and its style sheet', async () => {
    const js = await anon('/js/vendor/leaflet.js', '*/*').expect(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.text).toMatch(/export \{[^}]*\bcircleMarker\b/);
    const css = await anon('/assets/leaflet/leaflet.css', 'text/css').expect(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(css.text).toContain('.leaflet-container');
  });

  it('rate limits the register routes per client address together with the other public routes', async () => {
    const limited = await startApi(testConfig({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' }));
    try {
      const paths = [
        '/api/v1/public/registers/algorithms',
        '/api/v1/public/reflections',
        '/api/v1/public/registers/sensors?format=csv',
      ];
      const statuses: number[] = [];
      for (const path of paths) statuses.push((await request(limited.getHttpServer()).get(path)).status);
      expect(statuses).toEqual([200, 200, 200]);
      const over = await request(limited.getHttpServer()).get('/api/v1/public/registers/sensors');
      expect(over.status).toBe(429);
      expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
