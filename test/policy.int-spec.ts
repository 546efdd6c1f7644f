import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { parse } from 'yaml';
import { HIGH_RISK, LOW_RISK, TEST_POLICY_FILE } from './support/answers';
import { openDatabase, ownDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { PEOPLE, ProjectApi } from './support/project-api';

/**
 * Policy as versioned data. Activating a version changes what the whole deployment uses, so this suite runs on a
 * database of its own.
 */
describe('policy versions and the quick-scan dry run', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let databaseUrl: string;
  let dropOwn: () => Promise<void>;

  beforeAll(async () => {
    const own = await ownDatabase('policy');
    databaseUrl = own.url;
    dropOwn = own.drop;
    config = testConfig({ DATABASE_URL: databaseUrl });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await dropOwn?.();
  });

  const http = () => request(app.getHttpServer());
  const counts = async (): Promise<number[]> => {
    const rows = await db.query(
      `SELECT (SELECT count(*) FROM project)::int AS p, (SELECT count(*) FROM audit_event)::int AS a,
              (SELECT count(*) FROM policy_version)::int AS v`,
    );
    return [rows[0].p, rows[0].a, rows[0].v];
  };
  const nextVersion = (version: number, change: (doc: Record<string, any>) => void = () => undefined) => {
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    doc.version = version;
    change(doc);
    return doc;
  };

  it('serves the policy in force with its questionnaire, Dutch first', async () => {
    const res = await http()
      .get('/api/v1/policy')
      .set('Authorization', await api.as(PEOPLE.owner))
      .expect(200);
    expect(res.body).toMatchObject({ id: 'waardenpoort-test', version: 1, active: true, source: 'file' });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const questions = res.body.policy.questionnaire.questions;
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions[0].text.nl).toEqual(expect.any(String));
    expect(questions[0].text.en).toEqual(expect.any(String));
  });

  it('explains a dry run with every reason and its source, and stores nothing', async () => {
    const before = await counts();
    const res = await http()
      .post('/api/v1/quick-scan/evaluate')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send({ answers: HIGH_RISK })
      .expect(200);
    expect(res.body).toMatchObject({ dpia: 'required', riskLevel: 'high', policy: { version: 1 } });
    const camera = res.body.reasons.find((r: { reasonId: string }) => r.reasonId === 'dpia-ap-camera-surveillance');
    expect(camera.source.citation).toEqual(expect.any(String));
    expect(camera.text.nl).toEqual(expect.any(String));
    for (const r of res.body.reasons) expect(r.source.citation.length).toBeGreaterThan(0);
    expect(res.body.shownQuestions).toContain('cameras');
    expect(await counts()).toEqual(before);
  });

  it('names the missing answers instead of guessing', async () => {
    const { cameras: _c, ...withoutCameras } = HIGH_RISK;
    const res = await http()
      .post('/api/v1/quick-scan/evaluate')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send({ answers: withoutCameras })
      .expect(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['answers.cameras']);
  });

  it('lets only the CIO office activate a version, and refuses an invalid one with its errors', async () => {
    const before = await counts();
    await http()
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send(nextVersion(2))
      .expect(403);
    const invalid = nextVersion(2, (doc) => {
      delete doc.questionnaire;
      doc.gates['quick-scan'].deadline = 'soon';
    });
    const res = await http()
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(invalid)
      .expect(422);
    const fields = res.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/', '/gates/quick-scan/deadline']));
    expect(res.body.errors.find((e: { field: string }) => e.field === '/').messages[0]).toMatch(/questionnaire/);
    expect(await counts()).toEqual(before);
    const still = await http()
      .get('/api/v1/policy')
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    expect(still.body.version).toBe(1);
  });

  it('pins a project to the version it started under; new projects and amendments take the new one', async () => {
    const department = `Beleid ${randomUUID().slice(0, 6)}`;
    const pinned = await api.register(department, 'Gestart onder versie 1');
    await api.post(pinned, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });

    const v2 = nextVersion(2, (doc) => {
      doc.title.nl = 'Testbeleid versie 2';
      doc.gates['portfolio-decision'].deadline = 'PT9S';
    });
    const activated = await http()
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(v2)
      .expect(201);
    expect(activated.body).toMatchObject({
      version: 2,
      active: true,
      source: 'api',
      activatedBy: { sub: PEOPLE.cio.sub },
    });
    await http()
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(v2)
      .expect(409);

    const old = await api.get(pinned);
    expect(old.policy).toEqual({ id: 'waardenpoort-test', version: 1 });
    expect(old.route.outcome.policy.version).toBe(1);

    const fresh = await api.register(department, 'Gestart onder versie 2');
    expect((await api.get(fresh)).policy).toEqual({ id: 'waardenpoort-test', version: 2 });

    const amended = await api.post(pinned, 'amend', PEOPLE.owner, {
      reason: 'Scope gewijzigd',
      changes: { title: 'Nu onder versie 2' },
    });
    expect(amended.status).toBe(200);
    expect(amended.body.policy).toEqual({ id: 'waardenpoort-test', version: 2 });

    const versions = await http()
      .get('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(versions.body.map((v: { version: number; active: boolean }) => [v.version, v.active])).toEqual([
      [2, true],
      [1, false],
    ]);
    const one = await http()
      .get('/api/v1/policy/versions/1')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(one.body.policy.version).toBe(1);
    await http()
      .get('/api/v1/policy/versions/7')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(404);
    const trail = await db.query(`SELECT action, actor_sub FROM audit_event WHERE action = 'policy-activated'`);
    expect(trail).toEqual([{ action: 'policy-activated', actor_sub: PEOPLE.cio.sub }]);
  });
});
