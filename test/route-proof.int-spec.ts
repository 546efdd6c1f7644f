import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { questionsReferenced, workflowIdFor } from '@waardenpoort/domain';
import { AuditRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK, LOW_RISK, testPolicy } from './support/answers';
import { eventually, openDatabase, ownDatabase, startApi, startTestWorker, testConfig } from './support/harness';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';

/**
 * Issue 20, proof that a route followed from its rules: every recorded quick-scan is evaluated again on the policy
 * version it was pinned to (GET /route-proof, the dossier, `npm run audit:replay`), and the script also replays each
 * workflow's history against today's workflow code. A database of its own: the suite changes a stored policy
 * version, as only the database's owner could, to show that the proof notices.
 */
describe('route proof: recorded quick-scans evaluated again, workflow histories replayed', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let own: { url: string; owner: string; drop: () => Promise<void> };
  const department = `Herleiding ${randomUUID().slice(0, 6)}`;
  let low: string;
  let high: string;
  let reassessed: string;

  beforeAll(async () => {
    own = await ownDatabase('routeproof');
    config = testConfig({ DATABASE_URL: own.url });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await own?.drop();
  });

  async function routeProof(id: string, by: Person = PEOPLE.auditor): Promise<request.Response> {
    return request(app.getHttpServer())
      .get(`/api/v1/projects/${id}/route-proof`)
      .set('Authorization', await api.as(by));
  }

  /** Registers a project and answers its quick-scan; waits until the trail holds the quick-scan's record. */
  async function scanned(title: string, answers: Record<string, unknown>, scans = 1): Promise<string> {
    const id = await api.register(department, title);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers })).status).toBeLessThan(300);
    await eventually(
      async () => ((await routeProof(id)).body.quickScans?.length === scans ? true : undefined),
      20_000,
      'the quick-scan on the trail',
    );
    return id;
  }

  it('proves every recorded quick-scan: the same outcome per dimension and the same fired rules', async () => {
    low = await scanned('Parkeersensoren', LOW_RISK);
    high = await scanned('Camera’s in de binnenstad', HIGH_RISK);
    // A second quick-scan of the same project: the amendment re-runs it under the policy in force.
    const amended = await api.post(low, 'amend', PEOPLE.owner, {
      reason: 'Ook fietsen tellen',
      changes: { summary: 'Sensoren die auto’s en fietsen tellen.' },
    });
    expect(amended.status).toBe(200);
    expect(api.gate(amended.body, 'quick-scan')).toMatchObject({ state: 'active', cycle: 2 });
    expect((await api.post(low, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBeLessThan(300);
    await eventually(async () => ((await routeProof(low)).body.quickScans?.length === 2 ? true : undefined), 20_000);

    for (const [id, scans] of [
      [low, 2],
      [high, 1],
    ] as const) {
      const res = await routeProof(id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ projectId: id, verdict: 'holds', findings: 0 });
      expect(res.body.verdictLabel.nl).toContain('Klopt');
      expect(res.body.quickScans).toHaveLength(scans);
      for (const q of res.body.quickScans) {
        expect(q).toMatchObject({
          verdict: 'holds',
          policy: { id: testPolicy.id, version: testPolicy.version },
          actor: { sub: PEOPLE.owner.sub },
          findings: [],
        });
        expect(q.dimensions).toHaveLength(8);
        expect(q.dimensions.every((d: { equal: boolean }) => d.equal)).toBe(true);
        expect(q.firedRules.recomputed).toEqual(q.firedRules.recorded);
        expect(q.firedRules.recorded.length).toBeGreaterThan(0);
      }
    }
    const highProof = (await routeProof(high)).body.quickScans[0];
    expect(highProof.dimensions).toContainEqual({
      dimension: 'dpia',
      recorded: 'required',
      recomputed: 'required',
      equal: true,
    });

    // The CIO office too; others not; an unknown project is a problem, not an empty proof.
    expect((await routeProof(low, PEOPLE.cio)).status).toBe(200);
    expect((await routeProof(low, PEOPLE.owner)).status).toBe(403);
    const unknown = await routeProof(randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect((await routeProof('not-a-uuid')).status).toBe(400);
  });

  it('proves the re-assessment of a dated rule coming into force on its evaluation time, and skips the others', async () => {
    reassessed = await scanned('Slimme lantaarnpalen', HIGH_RISK);
    const [scan] = await db.query<Array<{ payload: Record<string, any>; occurred_at: Date }>>(
      `SELECT payload, occurred_at FROM audit_event WHERE project_id = $1 AND action = 'quick-scan-submitted'`,
      [reassessed],
    );
    if (!scan) throw new Error('no quick-scan recorded');
    const evaluatedAt = new Date(scan.occurred_at.getTime() + 60_000).toISOString();
    const ruleId = scan.payload.reasons[0].ruleId as string;
    // What the workflow records (issue 20): a re-assessment without an evaluation of its own, and one of the
    // recorded answers on the day a rule came into force. Appended as the workflow's activity does.
    const event = (n: number, payload: Record<string, unknown>) => ({
      eventId: `route-proof-test-${reassessed}-${n}`,
      projectId: reassessed,
      at: new Date(Date.parse(evaluatedAt) + n * 1_000).toISOString(),
      actor: null,
      action: 'route-reassessed' as const,
      gate: null,
      payload,
      documentHashes: [],
      policyVersion: testPolicy.version,
      workflowId: null,
      runId: null,
    });
    await db.transaction((em) =>
      new AuditRepository(db).append(em, [
        event(1, { trigger: 'policy-activation', changed: false, gates: [] }),
        event(2, {
          trigger: 'rule-in-force',
          ruleId,
          evaluatedAt,
          answers: scan.payload.answers,
          outcome: scan.payload.outcome,
          reasons: scan.payload.reasons,
          changed: false,
          from: scan.payload.outcome,
          gates: [],
        }),
      ]),
    );
    const res = await routeProof(reassessed);
    expect(res.body).toMatchObject({ verdict: 'holds', findings: 0 });
    expect(res.body.quickScans).toHaveLength(2);
    expect(res.body.quickScans[0]).toMatchObject({ action: 'quick-scan-submitted', ruleInForce: null });
    expect(res.body.quickScans[0].evaluatedAt).toBe(res.body.quickScans[0].occurredAt);
    expect(res.body.quickScans[1]).toMatchObject({
      action: 'route-reassessed',
      ruleInForce: ruleId,
      evaluatedAt,
      verdict: 'holds',
      actor: null,
      policy: { id: testPolicy.id, version: testPolicy.version },
    });
    const html = await request(app.getHttpServer())
      .get(`/api/v1/projects/${reassessed}/dossier?format=html`)
      .set('Authorization', await api.as(PEOPLE.auditor));
    expect(html.text).toContain(`regel <code>${ruleId}</code> van kracht`);
  });

  it('shows the proof in the dossier (JSON and the Dutch page)', async () => {
    const auth = await api.as(PEOPLE.auditor);
    const json = await request(app.getHttpServer()).get(`/api/v1/projects/${high}/dossier`).set('Authorization', auth);
    expect(json.status).toBe(200);
    expect(json.body.routeProof).toMatchObject({ verdict: 'holds', quickScans: [{ verdict: 'holds' }] });
    const html = await request(app.getHttpServer())
      .get(`/api/v1/projects/${high}/dossier?format=html`)
      .set('Authorization', auth);
    expect(html.text).toContain('Herleiding van de route');
    expect(html.text).toContain('dezelfde uitkomst en dezelfde regels');
  });

  it('audit:replay proves every project and replays every workflow: all hold, exit code 0', async () => {
    const cli = await replay([]);
    expect(cli.stdout).toContain(`project ${low}: route HOLDS (2 quick-scans, 0 findings)`);
    expect(cli.stdout).toContain(`project ${high}: route HOLDS (1 quick-scan, 0 findings)`);
    expect(cli.stdout).toMatch(
      new RegExp(`workflow ${workflowIdFor(low)}: replayed \\d+ runs? against today's code, no nondeterminism`),
    );
    expect(cli.stdout).toContain(`project ${reassessed}: route HOLDS (2 quick-scans, 0 findings)`);
    expect(cli.stdout).toMatch(/ {2}re-assessment \(rule [a-z0-9-]+ in force\) #\d+ .*: holds/);
    expect(cli.stdout).toContain('summary: 3 projects, 5 quick-scans, 0 findings');
    expect(cli.stdout).toMatch(/workflows: 3 replayed \(\d+ runs\), 0 nondeterministic, 0 histories not available/);
    expect(cli.status).toBe(0);

    const one = await replay(['--project', high, '--json']);
    expect(one.status).toBe(0);
    const doc = JSON.parse(one.stdout) as Record<string, any>;
    expect(doc).toMatchObject({ ok: true, totals: { projects: 1, quickScans: 1, findings: 0 } });
    expect(doc.projects[0]).toMatchObject({ projectId: high, routeProof: { verdict: 'holds' } });
    expect(doc.projects[0].workflow[0]).toMatchObject({ error: null });

    const unknown = await replay(['--project', randomUUID()]);
    expect(unknown.status).toBe(2);
  });

  it('finds a rule changed in the stored policy version, naming the rule and the answers', async () => {
    const before = (await routeProof(low)).body.quickScans[0];
    const ruleId = before.firedRules.recorded[0] as string;
    const index = testPolicy.rules.findIndex((r) => r.id === ruleId);
    const rule = testPolicy.rules[index];
    if (!rule) throw new Error(`rule ${ruleId} not in the test policy`);
    const question = questionsReferenced(rule.when, testPolicy.conditions)[0];
    if (!question) throw new Error(`rule ${ruleId} looks at no answer`);
    // The rule as someone could have rewritten it in the database: it now also asks for an answer nobody gives.
    const changed = { all: [rule.when, { equals: { question, value: 'nooit-gegeven' } }] };
    await asOwner(
      `UPDATE policy_version SET document = jsonb_set(document, $3::text[], $4::jsonb)
        WHERE policy_id = $1 AND version = $2`,
      [testPolicy.id, testPolicy.version, `{rules,${index},when}`, JSON.stringify(changed)],
    );

    const res = await routeProof(low);
    expect(res.status).toBe(200);
    expect(res.body.verdict).toBe('differs');
    const findings = res.body.quickScans[0].findings as Array<Record<string, any>>;
    expect(findings).toContainEqual(expect.objectContaining({ kind: 'policy-document-altered' }));
    const fired = findings.find((f) => f.kind === 'rule-fired-differently' && f.ruleId === ruleId);
    expect(fired).toMatchObject({ recordedFired: true, recomputedFired: false });
    expect(Object.keys(fired?.answers ?? {})).toContain(question);
    expect(fired?.text.nl).toContain(`Regel ${ruleId}`);
    expect(fired?.text.en).toContain(`${question} = `);

    const cli = await replay([]);
    expect(cli.stdout).toContain(`project ${low}: route DIFFERS`);
    expect(cli.stdout).toContain(`FINDING: Rule ${ruleId} fired as recorded but does not now; answers: ${question} = `);
    expect(cli.stdout).toContain('FINDING: Policy');
    // The histories are replayed on this run too (whether the changed document changes their moves or not).
    expect(cli.stdout).toMatch(new RegExp(`workflow ${workflowIdFor(low)}: `));
    expect(cli.stdout).toMatch(/summary: 3 projects, 5 quick-scans, [1-9]\d* findings/);
    expect(cli.status).toBe(1);

    const html = await request(app.getHttpServer())
      .get(`/api/v1/projects/${low}/dossier?format=html`)
      .set('Authorization', await api.as(PEOPLE.auditor));
    expect(html.text).toContain(`Regel ${ruleId} gold volgens de vastlegging, maar nu niet`);
  });

  /** As the database's owner with the guard trigger off: what an administrator could do, and nobody else. */
  async function asOwner(sql: string, params: unknown[]): Promise<void> {
    await db.transaction(async (em) => {
      await em.query(`ALTER TABLE policy_version DISABLE TRIGGER policy_version_immutable`);
      await em.query(sql, params);
      await em.query(`ALTER TABLE policy_version ENABLE TRIGGER policy_version_immutable`);
    });
  }

  /** `npm run audit:replay` against this suite's database and the run's Temporal server. */
  function replay(args: string[]): Promise<{ status: number | null; stdout: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['scripts/audit-replay.mjs', ...args], {
        env: { ...process.env, NODE_ENV: 'test', DEV_MODE: 'true', DATABASE_URL: own.url },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let stdout = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout }));
    });
  }
});
