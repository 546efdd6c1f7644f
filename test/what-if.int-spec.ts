import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { answer, LOW_RISK, TEST_POLICY_FILE } from './support/answers';
import { openDatabase, ownDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { PEOPLE, ProjectApi } from './support/project-api';

/**
 * The what-if of a draft policy over the portfolio (issue 20): a database of its own, so the portfolio is exactly
 * the projects this suite registers.
 */
describe('what-if of a draft policy over the portfolio', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let dropOwn: () => Promise<void>;
  const ids: Record<string, string> = {};

  const draft = (change: (doc: Record<string, any>) => void): Record<string, any> => {
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    doc.version = 2;
    change(doc);
    return doc;
  };
  /** The local criterion "new technology counts on its own" taken out. */
  const withoutNewTechnology = draft((doc) => {
    doc.rules = doc.rules.filter((r: { id: string }) => r.id !== 'ec-new-technology');
  });
  const http = () => request(app.getHttpServer());
  let cio = '';
  const whatIf = (body: object, query = '') =>
    http().post(`/api/v1/policy/what-if${query}`).set('Authorization', cio).send(body);

  beforeAll(async () => {
    const own = await ownDatabase('whatif');
    dropOwn = own.drop;
    config = testConfig({ DATABASE_URL: own.url });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    cio = await api.as(PEOPLE.cio);

    ids.newTech = await api.register('Stadsbeheer', 'Digitale tweeling van de binnenstad');
    await api
      .post(ids.newTech, 'quick-scan', PEOPLE.owner, { answers: answer({ 'new-technology': true }) })
      .then((r) => {
        expect(r.status).toBe(200);
      });
    ids.parking = await api.register('Mobiliteit', 'Parkeersensoren');
    await api
      .post(ids.parking, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })
      .then((r) => expect(r.status).toBe(200));
    ids.fresh = await api.register('Mobiliteit', 'Nog niet gescand');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await dropOwn?.();
  });

  it('lists each project whose route would change, with dimensions, rules and gates, and totals', async () => {
    const res = await whatIf(withoutNewTechnology).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.draft).toMatchObject({ id: 'waardenpoort-test', version: 2 });
    const byId = new Map(res.body.projects.map((p: { projectId: string }) => [p.projectId, p]));
    expect(byId.get(ids.parking)).toBeUndefined();
    expect(byId.get(ids.fresh)).toMatchObject({ verdict: 'no-quick-scan' });
    const changed = byId.get(ids.newTech) as Record<string, any>;
    expect(changed).toMatchObject({
      verdict: 'changed',
      department: 'Stadsbeheer',
      pinned: { id: 'waardenpoort-test', version: 1 },
      gatesClosed: ['commission-reflection', 'council-information'],
      gatesOpened: [],
      missingAnswers: [],
    });
    expect(changed.changes).toContainEqual({ dimension: 'commission', from: 'required', to: 'optional' });
    expect(changed.rulesNoLongerFiring).toContain('ec-new-technology');

    const totals = res.body.totals;
    expect(totals.projects).toBe(3);
    expect(totals.verdicts).toEqual({
      unchanged: 1,
      'reasons-changed': 0,
      changed: 1,
      'needs-new-quick-scan': 0,
      'no-quick-scan': 1,
    });
    expect(totals.gates['commission-reflection']).toEqual({ opened: 0, closed: 1 });
    expect(totals.distribution.commission).toEqual({
      before: { required: 1, optional: 1 },
      after: { optional: 2 },
    });
    expect(totals.departments).toEqual([
      { department: 'Mobiliteit', projects: 2, changed: 0, needsNewQuickScan: 0, gatesOpened: 0, gatesClosed: 0 },
      { department: 'Stadsbeheer', projects: 1, changed: 1, needsNewQuickScan: 0, gatesOpened: 0, gatesClosed: 2 },
    ]);
  });

  it('reports a question the draft adds as needing a new quick-scan, never a guessed route', async () => {
    const withQuestion = draft((doc) => {
      doc.questionnaire.questions.push({
        id: 'drone-flights',
        section: 'context',
        type: 'boolean',
        text: { nl: 'Vliegen er drones?', en: 'Are drones flown?' },
        help: { nl: 'Ook als een leverancier ze vliegt.', en: 'Also when a supplier flies them.' },
      });
    });
    const res = await whatIf(withQuestion).expect(200);
    const scanned = res.body.projects.filter((p: { projectId: string }) => p.projectId !== ids.fresh);
    expect(scanned).toHaveLength(2);
    for (const p of scanned)
      expect(p).toMatchObject({ verdict: 'needs-new-quick-scan', missingAnswers: ['drone-flights'] });
    expect(res.body.totals.distribution.dpia.after).toEqual({ 'needs-new-quick-scan': 2 });
  });

  it('answers CSV for a spreadsheet, in Dutch or English, with the same projects', async () => {
    const nl = await whatIf(withoutNewTechnology).set('Accept', 'text/csv').expect(200);
    expect(nl.headers['content-type']).toMatch(/^text\/csv/);
    const lines = nl.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Project-id,Project,Afdeling,Status,/);
    expect(lines).toHaveLength(3);
    const row = lines.find((l: string) => l.startsWith(ids.newTech)) as string;
    expect(row).toContain('andere route');
    expect(row).toContain('Reflectie Ethische Commissie');
    const en = await whatIf(withoutNewTechnology, '?format=csv&lang=en').expect(200);
    expect(en.text).toContain('Ethics Commission reflection');
    expect(en.headers['content-disposition']).toContain('waardenpoort-what-if-v2.csv');
  });

  it('stores nothing: the draft is neither a version nor in force', async () => {
    const before = await db.query(`SELECT count(*)::int AS n FROM policy_version`);
    await whatIf(withoutNewTechnology).expect(200);
    expect(await db.query(`SELECT count(*)::int AS n FROM policy_version`)).toEqual(before);
    const active = await http()
      .get('/api/v1/policy')
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    expect(active.body.version).toBe(1);
  });

  it('refuses an invalid draft naming each problem, another deployment’s policy, and anyone but the CIO office', async () => {
    const broken = draft((doc) => {
      doc.rules[0].when = { equals: { question: 'no-such-question', value: true } };
    });
    const invalid = await whatIf(broken).expect(422);
    expect(invalid.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(invalid.body.errors[0].field).toMatch(/^\/rules\/0\/when/);
    const foreign = await whatIf(draft((doc) => (doc.id = 'another-policy'))).expect(422);
    expect(foreign.body.errors).toEqual([{ field: '/id', messages: ['must be waardenpoort-test'] }]);
    await http()
      .post('/api/v1/policy/what-if')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send(withoutNewTechnology)
      .expect(403);
    await whatIf(withoutNewTechnology, '?format=xml').expect(400);
  });

  describe('on a date', () => {
    /** A new obligation from 1 January 2099 that sends every project with sensors in public space to the commission. */
    const dated = draft((doc) => {
      doc.rules.push({
        id: 'ec-sensors-from-2099',
        appliesFrom: '2099-01-01',
        when: { equals: { question: 'public-space-sensors', value: true } },
        then: { commission: 'required' },
        reason: {
          id: 'commission-sensors-from-2099',
          text: { nl: 'Sensoren in de openbare ruimte.', en: 'Sensors in public space.' },
        },
        source: { id: 'enschede-waardenpoort' },
      });
    });
    const coming = { ruleId: 'ec-sensors-from-2099', appliesFrom: '2099-01-01', at: '2098-12-31T23:00:00.000Z' };

    it('changes nothing today, and says which rule comes into force when', async () => {
      const before = Date.now();
      const res = await whatIf(dated).expect(200);
      expect(Date.parse(res.body.on)).toBeGreaterThanOrEqual(before - 1_000);
      expect(res.body.projects.map((p: { projectId: string }) => p.projectId)).toEqual([ids.fresh]);
      expect(res.body.totals.verdicts.changed).toBe(0);
      expect(res.body.totals.rulesComingIntoForce).toEqual([coming]);
    });

    it('changes the route of the projects it concerns on and after its date, not a moment before', async () => {
      const on = await whatIf(dated, '?on=2099-01-01').expect(200);
      expect(on.body.on).toBe('2098-12-31T23:00:00.000Z');
      const parking = on.body.projects.find((p: { projectId: string }) => p.projectId === ids.parking);
      // The new rule, and what follows from it (a commission reflection is reported to the council).
      expect(parking).toMatchObject({ verdict: 'changed' });
      expect(parking.rulesNewlyFiring).toEqual(expect.arrayContaining(['ec-sensors-from-2099']));
      expect(parking.gatesOpened).toEqual(expect.arrayContaining(['commission-reflection']));
      expect(parking.changes).toContainEqual({ dimension: 'commission', from: 'optional', to: 'required' });
      expect(on.body.totals.verdicts.changed).toBe(1);
      expect(on.body.totals.rulesComingIntoForce).toEqual([]);
      // An instant with its offset: one second before midnight in Enschede, the rule does not apply yet.
      const eve = await whatIf(dated, `?on=${encodeURIComponent('2098-12-31T23:59:59+01:00')}`).expect(200);
      expect(eve.body.totals.verdicts.changed).toBe(0);
      expect(eve.body.totals.rulesComingIntoForce).toEqual([coming]);
      // The CSV is evaluated on the same day.
      const csv = await whatIf(dated, '?format=csv&on=2099-01-01').expect(200);
      expect(csv.text).toContain(ids.parking);
    });

    it.each(['2099-02-30', 'tomorrow', '2099-01-01T00:00:00', "2099-01-01' OR 1=1"])(
      'refuses on=%s naming the parameter',
      async (value) => {
        const res = await whatIf(dated, `?on=${encodeURIComponent(value)}`).expect(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['on']);
      },
    );
  });

  it('answers 503 problem+json, not a cut connection, when the database fails before anything is sent', async () => {
    // A real failure of the real database: the table the what-if reads is not there for a moment.
    await db.query(`ALTER TABLE project RENAME TO project_away`);
    try {
      const res = await whatIf(withoutNewTechnology);
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body).toMatchObject({ status: 503, type: expect.stringMatching(/database-unavailable$/) });
    } finally {
      await db.query(`ALTER TABLE project_away RENAME TO project`);
    }
    await whatIf(withoutNewTechnology).expect(200);
  });
});
