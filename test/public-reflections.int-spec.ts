import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { recordHistory } from './support/histories';
import { startApi, testConfig } from './support/harness';
import { startTestSystem, type TestSystem } from './support/system';
import { DPIA_BODY, PEOPLE, type Person, type ProjectApi } from './support/project-api';

/**
 * The Ethics Commission's reflections on the public pages (issue 18), over HTTP with Temporal and PostgreSQL: a
 * recorded reflection is not public until the ethics secretary releases it; only what was released is shown, with
 * the decision once it is public; the public routes need no token and are rate limited per client address.
 */
describe('public reflections', () => {
  let app: INestApplication;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  let system: TestSystem | undefined;
  const tag = randomUUID().slice(0, 8);
  const department = `Openbaar ${tag}`;

  // What the test puts in and must never see on a public route.
  const DPO_SECRET = `FG-advies-geheim-${tag}`;
  const DPO_CONDITION = `FG-voorwaarde-geheim-${tag}`;
  const RATIONALE_SECRET = `Motivering-geheim-${tag}`;
  const ADVICE_RESPONSE_SECRET = `Uitleg-afwijking-geheim-${tag}`;
  const COUNCIL_REFERENCE = `RIB-geheim-${tag}`;
  const OBSERVATIONS = `De commissie ziet het nut ${tag}, maar vraagt aandacht voor demonstraties.`;
  const RECOMMENDATION = `Geen camera's op het plein tijdens demonstraties ${tag}`;
  const QUESTION = `Is cameratoezicht in het uitgaansgebied ethisch verantwoord? ${tag}`;

  beforeAll(async () => {
    system = await startTestSystem(testConfig());
    ({ db, temporal, app, api } = system);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const pub = () => request(app.getHttpServer());
  const listed = async (q: string) => (await pub().get('/api/v1/public/reflections').query({ q }).expect(200)).body;
  const actions = async (projectId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_event WHERE project_id = $1 ORDER BY seq`, [projectId])).map(
      (r: { action: string }) => r.action,
    );
  const release = async (id: string, by: Person, body: object) =>
    pub()
      .post(`/api/v1/projects/${id}/reflection/publication`)
      .set('Authorization', await api.as(by))
      .send(body);

  /** Up to the recorded reflection (publish: true), with a DPO advice and quick-scan answers on the project. */
  async function toRecordedReflection(title: string): Promise<string> {
    const id = await api.register(department, title);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK })).status).toBe(200);
    expect((await api.post(id, 'dpia', PEOPLE.owner, DPIA_BODY)).status).toBe(200);
    const advised = await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'positive-with-conditions',
      conditions: [DPO_CONDITION],
      summary: DPO_SECRET,
      priorConsultationRequired: false,
    });
    expect(advised.status).toBe(200);
    await api.reflect(id, { summary: OBSERVATIONS, recommendations: [RECOMMENDATION], publish: true });
    return id;
  }

  function expectNothingUnreleased(text: string): void {
    for (const secret of [DPO_SECRET, DPO_CONDITION, RATIONALE_SECRET, ADVICE_RESPONSE_SECRET, COUNCIL_REFERENCE]) {
      expect(text).not.toContain(secret);
    }
    // No quick-scan answer: neither a question id nor the DPIA's content.
    for (const questionId of Object.keys(HIGH_RISK)) expect(text).not.toContain(`"${questionId}"`);
    expect(text).not.toContain(DPIA_BODY.elements.risks);
    expect(text).not.toContain(PEOPLE.owner.sub);
    expect(text).not.toContain(PEOPLE.secretary.sub);
  }

  it('publishes a recorded reflection only when the ethics secretary releases it, and the decision only once public', async () => {
    const title = `Camera's uitgaansgebied ${tag}`;
    const id = await toRecordedReflection(title);

    // Recorded, not released: nothing public.
    expect((await listed(tag)).total).toBe(0);

    // Only the ethics secretary (403 at the edge) who did not contribute to the project (segregation of duties).
    const byAlderman = await release(id, PEOPLE.alderman, { question: QUESTION });
    expect(byAlderman.status).toBe(403);
    const byOwner = await release(
      id,
      { ...PEOPLE.owner, roles: ['case-owner', 'ethics-secretary'] },
      {
        question: QUESTION,
      },
    );
    expect(byOwner.status).toBe(403);
    expect(byOwner.body.type).toMatch(/segregation-of-duties$/);

    // Hostile text: refused field by field, nothing recorded.
    const hostile = await release(id, PEOPLE.secretary, { question: `Vraag\u0000${tag}`, publicSummary: 'x\ud800' });
    expect(hostile.status).toBe(400);
    expect(hostile.headers['content-type']).toMatch(/^application\/problem\+json/);
    const fields = hostile.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['question', 'publicSummary']));
    const huge = await release(id, PEOPLE.secretary, { question: 'x'.repeat(2_001) });
    expect(huge.status).toBe(400);
    expect(huge.body.errors.map((e: { field: string }) => e.field)).toEqual(['question']);
    const extra = await release(id, PEOPLE.secretary, { question: QUESTION, rationale: 'nee' });
    expect(extra.status).toBe(400);
    expect((await listed(tag)).total).toBe(0);

    const released = await release(id, PEOPLE.secretary, {
      question: QUESTION,
      publicSummary: `Een toelichting voor iedereen ${tag}`,
    });
    expect(released.status).toBe(200);
    expect(await actions(id)).toContain('reflection-published');
    expect((await release(id, PEOPLE.secretary, { question: QUESTION })).status).toBe(409);

    // Public, without a token: exactly the released fields, no decision yet (none taken).
    const page = await listed(tag);
    expect(page.total).toBe(1);
    const item = page.items[0];
    expect(Object.keys(item).sort()).toEqual(
      [
        'decision',
        'department',
        'id',
        'observations',
        'publicSummary',
        'publishedAt',
        'question',
        'recommendations',
        'reflectedAt',
        'title',
      ].sort(),
    );
    expect(item).toMatchObject({
      title,
      question: QUESTION,
      observations: OBSERVATIONS,
      recommendations: [RECOMMENDATION],
      decision: null,
    });
    expect(item.id).not.toBe(id);
    const detail = await pub().get(`/api/v1/public/reflections/${item.id}`).expect(200);
    expect(detail.body).toEqual(item);
    expectNothingUnreleased(detail.text);

    // The decision: taken, but the council is not informed yet, so not public.
    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved-with-conditions',
      rationale: RATIONALE_SECRET,
      conditions: ['Bewaartermijn 28 dagen'],
      adviceResponses: [
        { adviceId: 'dpo-advice-0', response: 'follow', explanation: '' },
        { adviceId: 'commission-reflection-0', response: 'deviate', explanation: ADVICE_RESPONSE_SECRET },
      ],
    });
    expect(decided.status).toBe(200);
    // Approved: the register entries are published first (the publication gate), then the council is informed.
    expect(api.gate(decided.body, 'publication').state).toBe('active');
    const entered = await api.publishRegisterEntries(id, decided.body);
    expect(api.gate(entered, 'council-information').state).toBe('active');
    expect((await pub().get(`/api/v1/public/reflections/${item.id}`).expect(200)).body.decision).toBeNull();

    const informed = await api.post(id, 'council-information', PEOPLE.liaison, {
      reference: COUNCIL_REFERENCE,
      date: '2027-06-01',
      channel: 'raadsinformatiebrief',
    });
    expect(informed.status).toBe(200);
    const after = await pub().get(`/api/v1/public/reflections/${item.id}`).expect(200);
    expect(after.body.decision).toEqual({ outcome: 'approved-with-conditions', decidedAt: expect.any(String) });
    expect(Object.keys(after.body.decision).sort()).toEqual(['decidedAt', 'outcome']);
    expectNothingUnreleased(after.text);
    const list = await pub().get('/api/v1/public/reflections').query({ q: tag }).expect(200);
    expectNothingUnreleased(list.text);

    // The Atom feed: an entry linking to the public page, nothing unreleased.
    const atom = await pub().get('/api/v1/public/reflections.atom').expect(200);
    expect(atom.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom.text).toContain(`/openbaar/reflecties/${item.id}`);
    expect(atom.text).toContain(`uitgaansgebied ${tag}`);
    expectNothingUnreleased(atom.text);

    // Withdrawn (recorded with its reason): gone from the list, the page and the feed; released again, back.
    const withdrawn = await pub()
      .delete(`/api/v1/projects/${id}/reflection/publication`)
      .set('Authorization', await api.as(PEOPLE.secretary))
      .send({ reason: 'Op verzoek van de commissie herzien.' });
    expect(withdrawn.status).toBe(200);
    expect((await listed(tag)).total).toBe(0);
    await pub().get(`/api/v1/public/reflections/${item.id}`).expect(404);
    expect((await pub().get('/api/v1/public/reflections.atom').expect(200)).text).not.toContain(item.id);
    expect(await actions(id)).toContain('reflection-publication-withdrawn');
    expect((await release(id, PEOPLE.secretary, { question: QUESTION })).status).toBe(200);
    const again = await listed(tag);
    expect(again.items.map((r: { id: string }) => r.id)).toEqual([item.id]);
    expect(again.items[0].decision).toMatchObject({ outcome: 'approved-with-conditions' });
    await recordHistory(temporal, 'reflection-published', id);
  });

  it('shows the decision as soon as it is recorded when the route needs no council information', async () => {
    const title = `Parkeersensoren met reflectie ${tag}`;
    const id = await api.register(department, title);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    expect(
      (await api.post(id, 'commission/request', PEOPLE.owner, { reason: 'Graag een blik van buiten.' })).status,
    ).toBe(200);
    await api.reflect(id, { summary: `Geen bezwaren ${tag}`, recommendations: [], publish: true });
    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: RATIONALE_SECRET,
      adviceResponses: [{ adviceId: 'commission-reflection-0', response: 'follow', explanation: '' }],
    });
    expect(decided.status).toBe(200);
    expect(api.gate(decided.body, 'council-information').state).toBe('not-required');
    // Released after the last gate: the workflow still runs (it waits for the re-evaluation), so this works.
    expect((await release(id, PEOPLE.secretary, { question: `Mag dit? ${tag}` })).status).toBe(200);
    const page = await listed(`Parkeersensoren met reflectie ${tag}`);
    expect(page.items).toHaveLength(1);
    expect(page.items[0].decision).toEqual({ outcome: 'approved', decidedAt: expect.any(String) });
    expectNothingUnreleased(JSON.stringify(page));
  });

  it('refuses a release when the commission recorded its reflection as not for publication', async () => {
    const id = await api.register(department, `Niet te publiceren ${tag}`);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    expect((await release(id, PEOPLE.secretary, { question: 'Welke?' })).status).toBe(409);
    expect((await api.post(id, 'commission/request', PEOPLE.owner, { reason: 'Graag.' })).status).toBe(200);
    await api.reflect(id, { summary: 'Intern.', recommendations: [], publish: false }, 1_000);
    const refused = await release(id, PEOPLE.secretary, { question: 'Welke?' });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toMatch(/not for publication/);
  });

  it('rate limits the public routes per client address (429 problem+json with Retry-After)', async () => {
    const config = testConfig({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3' });
    const limited = await startApi(config);
    try {
      const statuses: number[] = [];
      const paths = ['/api/v1/public/reflections', '/api/v1/public/reflections.atom', '/api/v1/public/reflections'];
      for (const path of paths) statuses.push((await request(limited.getHttpServer()).get(path)).status);
      expect(statuses).toEqual([200, 200, 200]);
      // The budget is per address over all public routes together, and a token does not buy more.
      const over = await request(limited.getHttpServer())
        .get('/api/v1/public/reflections.atom')
        .set('Authorization', await api.as(PEOPLE.auditor));
      expect(over.status).toBe(429);
      expect(over.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
      // Signed-in routes keep their own budget.
      await request(limited.getHttpServer())
        .get('/api/v1/tasks')
        .set('Authorization', await api.as(PEOPLE.auditor))
        .expect(200);
    } finally {
      await limited.close();
    }
  });

  it('keeps the security headers and CSP of every other route', async () => {
    const [open, health] = await Promise.all([pub().get('/api/v1/public/reflections'), pub().get('/health')]);
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'strict-transport-security',
      'x-frame-options',
    ]) {
      expect({ name, value: open.headers[name] }).toEqual({ name, value: health.headers[name] });
    }
    expect(open.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('answers bad query parameters and ids with a problem naming them', async () => {
    const bad = await pub()
      .get('/api/v1/public/reflections')
      .query({ pageSize: 1000, q: 'x'.repeat(201) });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['pageSize', 'q']);
    expect((await pub().get('/api/v1/public/reflections/niet-een-id')).status).toBe(400);
    expect((await pub().get(`/api/v1/public/reflections/${randomUUID()}`)).status).toBe(404);
    const control = await pub().get('/api/v1/public/reflections').query({ q: 'a\u0007b' });
    expect(control.status).toBe(400);
  });
});
