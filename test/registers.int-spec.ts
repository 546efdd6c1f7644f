import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { registerColumns } from '@waardenpoort/domain';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { answer, LOW_RISK } from './support/answers';
import { eventually, testConfig } from './support/harness';
import { recordHistory } from './support/histories';
import { DPIA_BODY, PEOPLE, SENSOR_ENTRY, type ProjectApi } from './support/project-api';
import { startTestSystem, type TestSystem } from './support/system';

/** Categorises people, decisively: algorithm register category B, the commission's reflection and the council. */
const IMPACTFUL = answer({
  'algorithm-type': 'rule-based',
  'algorithm-effect': ['categorises-people'],
  'algorithm-weight': 'decisive',
});

/** The same with the personal data of many people: a DPIA is recommended, and the case owner opts in. */
const IMPACTFUL_PERSONAL = answer({
  'algorithm-type': 'rule-based',
  'algorithm-effect': ['categorises-people'],
  'algorithm-weight': 'decisive',
  'personal-data': true,
  'data-subjects': 40_000,
});

const ENTRY = {
  name: 'Indelen van aanvragen bijzondere bijstand',
  organization: 'Gemeente Enschede',
  description_short:
    'Een beslisregel deelt aanvragen in naar urgentie, zodat dringende aanvragen eerst worden behandeld.',
  category: ['Sociale zekerheid'],
  contact_email: 'algoritmeregister@enschede.example',
  website: 'https://www.enschede.nl/bijstand',
  goal: '<script>alert(1)</script><p onclick="x()">Dringende aanvragen eerst.</p>',
  human_intervention: '<p>Een consulent beoordeelt elke aanvraag.</p>',
  provider: 'Intern ontwikkeld',
};

function schema(file: string) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(join(__dirname, '..', 'docs', 'schemas', file), 'utf8')) as object);
}

describe('publication in the registers, through HTTP with Temporal', () => {
  let app: INestApplication;
  let temporal: Client;
  let api: ProjectApi;
  let system: TestSystem | undefined;
  const department = `Sociaal domein ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    system = await startTestSystem(testConfig());
    ({ temporal, app, api } = system);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const get = async (path: string, accept = 'application/json') =>
    request(app.getHttpServer())
      .get(path)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .set('Accept', accept);

  it('opens the register task after the decision, refuses a bad entry field by field, publishes, then the council', async () => {
    const id = await api.register(department, 'Urgentie bijzondere bijstand');
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: IMPACTFUL })).status).toBe(200);
    await api.reflect(id, {
      summary: 'Let op de uitleg aan aanvragers.',
      recommendations: ['Leg de indeling uit in de beschikking'],
      publish: true,
    });
    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Sneller helpen wie het dringend nodig heeft.',
      adviceResponses: [{ adviceId: 'commission-reflection-0', response: 'follow', explanation: '' }],
    });
    expect(decided.status).toBe(200);
    const task = api.gate(decided.body, 'publication');
    expect(task).toMatchObject({ state: 'active', step: 'prepare-register-entry', assigneeRole: 'case-owner' });
    expect(task.dueAt).toEqual(expect.any(String));
    expect(api.gate(decided.body, 'council-information').state).toBe('pending');

    // The preview drafts what the case knows.
    const preview = await get(`/api/v1/projects/${id}/register-entries`);
    expect(preview.status).toBe(200);
    expect(preview.body.registers).toEqual(['algorithm']);
    expect(preview.body.drafts.algorithm).toMatchObject({
      name: 'Urgentie bijzondere bijstand',
      publication_category: 'Impactvolle algoritmes',
      status: 'In gebruik',
      source_id: id,
    });

    // Refused field by field: too long a name, an http link, a person's address. The <script> is sanitised away.
    const bad = await api.post(id, 'register-entries', PEOPLE.owner, {
      entries: {
        algorithm: {
          ...ENTRY,
          name: 'x'.repeat(101),
          website: 'http://www.enschede.nl',
          contact_email: 'anna.jansen@enschede.example',
        },
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'entries.algorithm.name',
      'entries.algorithm.contact_email',
      'entries.algorithm.website',
    ]);
    expect(bad.body.errors[0].messages[0]).toBe('name: maximaal 100 tekens');
    const notHtml = await api.post(id, 'register-entries', PEOPLE.owner, { entries: 'algorithm' });
    expect(notHtml.status).toBe(400);
    // The policy's register section: a function address it lists passes although it is shaped like a person's.
    const listed = await api.post(id, 'register-entries', PEOPLE.owner, {
      entries: { algorithm: { ...ENTRY, name: 'x'.repeat(101), contact_email: 'Privacy.Loket@enschede.example' } },
    });
    expect(listed.status).toBe(400);
    expect(listed.body.errors.map((e: { field: string }) => e.field)).toEqual(['entries.algorithm.name']);

    // The workflow checks the same rule with the same policy; the organisation is the policy's, not the typed one.
    const submitted = await api.post(id, 'register-entries', PEOPLE.owner, {
      entries: {
        algorithm: {
          ...ENTRY,
          organization: 'Een andere organisatie',
          contact_email: 'privacy.loket@enschede.example',
        },
      },
    });
    expect(submitted.status).toBe(200);
    expect(api.gate(submitted.body, 'publication')).toMatchObject({
      step: 'publish-register-entry',
      assigneeRole: 'cio-office',
    });
    const stored = await get(`/api/v1/projects/${id}/register-entries`);
    expect(stored.body.versions[0]).toMatchObject({ status: 'submitted', version: 1 });
    expect(stored.body.versions[0].entry.goal).toBe('<p>Dringende aanvragen eerst.</p>');
    expect(stored.body.versions[0].entry).toMatchObject({
      organization: 'Gemeente Enschede',
      contact_email: 'privacy.loket@enschede.example',
    });

    // Segregation of duties: the case owner cannot publish their own entry, even holding the CIO office role.
    const self = await api.post(
      id,
      'register-entries/review',
      { ...PEOPLE.owner, roles: ['case-owner', 'cio-office'] },
      {
        outcome: 'publish',
      },
    );
    expect(self.status).toBe(403);
    expect(self.body.type).toMatch(/segregation-of-duties$/);

    const published = await api.post(id, 'register-entries/review', PEOPLE.cio, { outcome: 'publish' });
    expect(published.status).toBe(200);
    expect(api.gate(published.body, 'publication').state).toBe('completed');
    expect(api.gate(published.body, 'council-information')).toMatchObject({ state: 'active', step: 'inform-council' });

    // The export: every entry valid against the generated schema, stable ids, version history, CSV column order.
    const validate = schema('algoritmeregister-1.0.schema.json');
    const exported = await eventually(async () => {
      const res = await get('/api/v1/registers/algorithms');
      return res.body.some((e: { source_id: string }) => e.source_id === id) ? res.body : undefined;
    });
    for (const e of exported) expect(validate(e) ? [] : validate.errors).toEqual([]);
    const ours = exported.find((e: { source_id: string }) => e.source_id === id);
    expect(ours).toMatchObject({
      standard_version: '1.0',
      lang: 'nld',
      id: `gemeente-enschede/${id}`,
      version: 1,
      status: 'In gebruik',
      goal: '<p>Dringende aanvragen eerst.</p>',
    });
    const csv = await get('/api/v1/registers/algorithms?format=csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe(
      [...registerColumns('algorithm'), 'standard_version', 'lang', 'id', 'version', 'published_at'].join(','),
    );
    const viaAccept = await get('/api/v1/registers/algorithms', 'text/csv');
    expect(viaAccept.text).toBe(csv.text);

    await recordHistory(temporal, 'register-publication', id);

    // Withdrawn after publication: a new published version, out of use, with the end month.
    expect((await api.post(id, 'withdraw', PEOPLE.owner, { reason: 'De regeling stopt.' })).status).toBe(200);
    const after = await eventually(async () => {
      const res = await get('/api/v1/registers/algorithms');
      const e = res.body.find((x: { source_id: string }) => x.source_id === id);
      return e?.version === 2 ? e : undefined;
    });
    expect(after).toMatchObject({ status: 'Buiten gebruik', end_date: new Date().toISOString().slice(0, 7) });
    expect(after.versions.map((v: { status: string }) => v.status)).toEqual(['In gebruik', 'Buiten gebruik']);
    expect(validate(after) ? [] : validate.errors).toEqual([]);
  });

  it('drafts the DPIA as an impact assessment with the public link its submission gave, from the trail', async () => {
    const id = await api.register(department, 'Indeling met persoonsgegevens');
    const scanned = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: IMPACTFUL_PERSONAL, dpiaOptIn: true });
    expect(scanned.status).toBe(200);
    expect(scanned.body.route.outcome).toMatchObject({ dpia: 'recommended', algorithmRegister: 'B' });
    const document = (publicUrl: string) => ({ ...DPIA_BODY, document: { ...DPIA_BODY.document, publicUrl } });
    const http = await api.post(id, 'dpia', PEOPLE.owner, document('http://www.enschede.nl/dpia'));
    expect(http.status).toBe(400);
    expect(http.body.errors.map((e: { field: string }) => e.field)).toEqual(['document.publicUrl']);
    const link = 'https://www.enschede.nl/privacy/dpia-indeling';
    expect((await api.post(id, 'dpia', PEOPLE.owner, document(link))).status).toBe(200);
    const advised = await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'positive',
      summary: 'De verwerking is noodzakelijk en de risico’s zijn beperkt.',
      priorConsultationRequired: false,
    });
    expect(advised.status).toBe(200);
    expect(api.gate(advised.body, 'dpia').state).toBe('completed');

    const preview = await get(`/api/v1/projects/${id}/register-entries`);
    expect(preview.status).toBe(200);
    expect(preview.body.drafts.algorithm).toMatchObject({
      organization: 'Gemeente Enschede',
      impacttoetsen_grouping: [{ title: 'Data Protection Impact Assessment (DPIA)', link }],
    });
  });

  it('exports a sensor as JSON, CSV and a GeoJSON FeatureCollection', async () => {
    const id = await api.register(department, 'Parkeersensoren Oude Markt');
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Geen persoonsgegevens.',
      adviceResponses: [],
    });
    expect(api.gate(decided.body, 'publication').state).toBe('active');
    const entry = { ...SENSOR_ENTRY, sensor_type: 'Parkeren', personal_data: false };
    expect((await api.post(id, 'register-entries', PEOPLE.owner, { entries: { sensor: entry } })).status).toBe(200);
    expect((await api.post(id, 'register-entries/review', PEOPLE.cio, { outcome: 'publish' })).status).toBe(200);

    const validate = schema('sensorregister-1.0.schema.json');
    const json = await eventually(async () => {
      const res = await get('/api/v1/registers/sensors');
      return res.body.some((e: { source_id: string }) => e.source_id === id) ? res.body : undefined;
    });
    for (const e of json) expect(validate(e) ? [] : validate.errors).toEqual([]);
    const geo = await get('/api/v1/registers/sensors', 'application/geo+json');
    expect(geo.headers['content-type']).toMatch(/^application\/geo\+json/);
    const collection = JSON.parse(geo.text);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.find((f: { id: string }) => f.id === `gemeente-enschede/${id}`)).toMatchObject({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [6.8937, 52.2215] },
      properties: { sensor_type: 'Parkeren', personal_data: false },
    });
    const csv = await get('/api/v1/registers/sensors?format=csv');
    expect(csv.text.split('\r\n')[0].split(',').slice(0, 3)).toEqual(['name', 'sensor_type', 'organization']);
  });
});
