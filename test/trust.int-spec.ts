import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { openDatabase, ownDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { DPIA_BODY, PEOPLE, ProjectApi } from './support/project-api';

/**
 * Roles, refused attempts, the audit trail over HTTP and on the command line, and tampering. The tamper test breaks
 * a chain on purpose, so this suite has a database of its own.
 */
describe('trust: the audit trail, refused attempts, and the edges of the API', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let databaseUrl: string;
  let dropOwn: () => Promise<void>;
  let projectId: string;
  const department = `Vertrouwen ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    const own = await ownDatabase('trust');
    databaseUrl = own.url;
    dropOwn = own.drop;
    config = testConfig({ DATABASE_URL: databaseUrl, CORS_ORIGINS: 'https://intranet.enschede.example' });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    projectId = await api.register(department, "Camera's stationsplein");
    await api.post(projectId, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    await api.post(projectId, 'dpia', PEOPLE.owner, DPIA_BODY);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await dropOwn?.();
  });

  const http = () => request(app.getHttpServer());

  it('runs as a database role that cannot change the audit trail', async () => {
    const runner = db.createQueryRunner();
    try {
      await runner.query(`SET ROLE waardenpoort_app`);
      for (const sql of [
        `UPDATE audit_event SET action = 'x' WHERE project_id = '${projectId}'`,
        `DELETE FROM audit_event WHERE project_id = '${projectId}'`,
        `TRUNCATE audit_event`,
      ]) {
        await expect(runner.query(sql)).rejects.toThrow(/permission denied/);
      }
      // What it needs it may do.
      await expect(runner.query(`SELECT count(*) FROM audit_event`)).resolves.toBeDefined();
    } finally {
      await runner.query(`RESET ROLE`);
      await runner.release();
    }
  });

  it('records refused attempts on the project trail: who tried, what, and why', async () => {
    const notMine = await api.post(projectId, 'decision', PEOPLE.dpo, {
      outcome: 'approved',
      rationale: 'x',
      adviceResponses: [],
    });
    expect(notMine.status).toBe(403);
    const selfAdvice = await api.post(
      projectId,
      'dpia/advice',
      { ...PEOPLE.owner, roles: ['case-owner', 'dpo'] },
      {
        advice: 'positive',
        summary: 'Goed.',
        priorConsultationRequired: false,
      },
    );
    expect(selfAdvice.status).toBe(403);
    const notOpen = await api.post(projectId, 'council-information', PEOPLE.liaison, {
      reference: 'RIB-1',
      date: '2027-01-01',
      channel: 'raadsinformatiebrief',
    });
    expect(notOpen.status).toBe(409);
    const rows: Array<{ actor_sub: string; payload: { code: string; attempted: string } }> = await db.query(
      `SELECT actor_sub, payload FROM audit_event WHERE project_id = $1 AND action = 'action-refused' ORDER BY seq`,
      [projectId],
    );
    expect(rows.map((r) => [r.actor_sub, r.payload.code])).toEqual([
      [PEOPLE.dpo.sub, 'missing-role'],
      [PEOPLE.owner.sub, 'segregation-of-duties'],
      [PEOPLE.liaison.sub, 'gate-not-active'],
    ]);
  });

  it('refuses the DPO as case owner of a project', async () => {
    const res = await http()
      .post('/api/v1/projects')
      .set('Authorization', await api.as({ sub: 'fg.2', roles: ['case-owner', 'dpo'] }))
      .send({
        title: 'Eigen project FG',
        summary: 'De FG wil zelf een project starten.',
        department,
        technologies: ['app'],
        plannedStart: '2027-01-01',
      })
      .expect(403);
    expect(res.body.type).toMatch(/segregation-of-duties$/);
  });

  it('gives an auditor the dossier as JSON and as a printable page, with the Temporal ids', async () => {
    const json = await http()
      .get(`/api/v1/projects/${projectId}/dossier`)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(json.body.project.id).toBe(projectId);
    expect(json.body.temporal.workflowId).toBe(`project-${projectId}`);
    expect(json.body.temporal.runIds.length).toBeGreaterThanOrEqual(1);
    expect(json.body.verification).toMatchObject({ ok: true });
    expect(json.body.timeline.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['registered', 'quick-scan-submitted', 'dpia-submitted', 'action-refused']),
    );
    const dpia = json.body.timeline.find((e: { action: string }) => e.action === 'dpia-submitted');
    expect(dpia.documentHashes).toEqual([DPIA_BODY.document.sha256]);
    expect(dpia.actor).toMatchObject({ sub: PEOPLE.owner.sub, roles: ['case-owner'] });

    const html = await http()
      .get(`/api/v1/projects/${projectId}/dossier?format=html`)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.text).toContain(`project-${projectId}`);
    expect(html.text).toContain('Verantwoording');
    expect(html.text).toContain(json.body.temporal.runIds[0]);
    expect(html.text).not.toMatch(/<script/i);
    await http()
      .get(`/api/v1/projects/${projectId}/dossier`)
      .set('Authorization', await api.as(PEOPLE.owner))
      .expect(403);
  });

  it('sends security headers, answers CORS only for configured origins, and limits the request rate', async () => {
    const res = await http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    const allowed = await http()
      .options('/api/v1/projects')
      .set('Origin', 'https://intranet.enschede.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://intranet.enschede.example');
    const other = await http()
      .options('/api/v1/projects')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();

    const limited = await startApi({ ...config, http: { ...config.http, rateLimitPerMinute: 5 } });
    try {
      const auth = await api.as(PEOPLE.auditor);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        statuses.push((await request(limited.getHttpServer()).get('/api/v1/tasks').set('Authorization', auth)).status);
      }
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses.slice(5)).toEqual([429, 429]);
      const last = await request(limited.getHttpServer()).get('/api/v1/tasks').set('Authorization', auth);
      expect(last.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await limited.close();
    }
  });

  it('finds exactly the row a superuser tampered with, over HTTP and on the command line', async () => {
    const other = await api.register(department, 'Een tweede project');
    await api.post(other, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    const intact = await http()
      .get('/api/v1/audit/verify')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(intact.body.ok).toBe(true);
    const cliOk = spawnSync(process.execPath, ['scripts/audit-verify.mjs'], {
      env: { ...process.env, DEV_MODE: 'true', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });
    expect(cliOk.status).toBe(0);
    expect(cliOk.stdout).toMatch(/all chains hold/);

    const target: Array<{ id: string; seq: string }> = await db.query(
      `SELECT id, seq FROM audit_event WHERE project_id = $1 AND action = 'quick-scan-submitted'`,
      [projectId],
    );
    const row = target[0];
    // As a superuser, with the guard triggers off: the kind of change only a database administrator could make.
    await db.query(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
    try {
      await db.query(`UPDATE audit_event SET payload = jsonb_set(payload, '{dpiaOptIn}', 'true') WHERE id = $1`, [
        row.id,
      ]);
    } finally {
      await db.query(`ALTER TABLE audit_event ENABLE TRIGGER USER`);
    }
    const broken = await http()
      .get('/api/v1/audit/verify')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(broken.body).toMatchObject({ ok: false, firstBroken: { projectId, eventId: row.id, seq: Number(row.seq) } });
    const cli = spawnSync(process.execPath, ['scripts/audit-verify.mjs'], {
      env: { ...process.env, DEV_MODE: 'true', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stdout).toContain(`event ${row.id}`);
    const dossier = await http()
      .get(`/api/v1/projects/${other}/dossier`)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(dossier.body.verification.ok).toBe(true);
  });
});
