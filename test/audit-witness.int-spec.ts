import type { INestApplication } from '@nestjs/common';
import type { Client as TemporalClient } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import {
  AUDIT_HEAD_QUERY,
  workflowIdFor,
  type AuditHead,
  type ProjectEvent,
  type ProjectSnapshot,
} from '@waardenpoort/domain';
import {
  APP_ROLE,
  AuditChainRewritten,
  AuditRepository,
  canonicalEventText,
  checkpointFileName,
  computeEventHash,
  loadCheckpointKeys,
  OWNER_ROLE,
  verifyAuditTrail,
  writeCheckpoint,
  type AuditTrailVerification,
  type CheckpointKeys,
  TransitionRepository,
} from '@waardenpoort/persistence';
import { projectWorkflowHeads } from '@waardenpoort/temporal';
import type { RunningWorker } from '@waardenpoort/worker';
import { spawn } from 'node:child_process';
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK } from './support/answers';
import {
  openDatabase,
  ownDatabase,
  startApi,
  startTestWorker,
  temporalClient,
  testConfig,
  token,
} from './support/harness';
import { PEOPLE, ProjectApi } from './support/project-api';

/**
 * Issue 15 §5: the audit trail holds against the database's owner. The application logs in as a role that can only
 * add to it; the workflows keep each chain's head in Temporal; signed checkpoints keep every head outside
 * PostgreSQL. Every attack here is made as the superuser (the most a database administrator can do), then undone.
 */
describe('audit trail witnesses: roles, workflow heads, signed checkpoints', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let temporal: TemporalClient;
  let own: { url: string; owner: string; drop: () => Promise<void> };
  let dir: string;
  let keys: CheckpointKeys;
  let audit: AuditRepository;
  const department = `Getuigen ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    own = await ownDatabase('witness');
    dir = mkdtempSync(join(tmpdir(), 'waardenpoort-checkpoints-'));
    config = testConfig({ DATABASE_URL: own.url, AUDIT_CHECKPOINT_DIR: dir });
    keys = loadCheckpointKeys(config.auditWitness, true);
    db = await openDatabase(config);
    audit = new AuditRepository(db);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    temporal = await temporalClient(config);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await temporal?.connection.close();
    await db?.destroy();
    await own?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Everything an auditor runs: the rows, the workflows' heads (from Temporal), the checkpoints. */
  async function verifyAll(options: { workflows?: boolean } = {}): Promise<AuditTrailVerification> {
    const r = await verifyAuditTrail(audit, {
      checkpointDir: dir,
      keys,
      workflowHeads:
        options.workflows === false ? null : await projectWorkflowHeads(temporal, config.temporal.taskQueue),
    });
    if (process.env.DEBUG_WITNESS) console.log(JSON.stringify(r));
    return r;
  }

  /**
   * A project that went through a few transitions (registered, quick-scan answered) and, unless `open`, was then
   * withdrawn: its workflow is closed, so no reminder adds to its chain during an attack, and its head is answered
   * by a replay (as for every project that has ended).
   */
  async function project(title: string, open = false): Promise<string> {
    const id = await api.register(department, title);
    const res = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    expect(res.status).toBeLessThan(300);
    if (!open)
      expect((await api.post(id, 'withdraw', PEOPLE.owner, { reason: 'Alleen voor de test' })).status).toBeLessThan(
        300,
      );
    return id;
  }

  interface Row extends Record<string, unknown> {
    seq: string;
  }
  /** Runs `work` as the superuser with the guard triggers off, as an administrator would. */
  async function asAdministrator(
    work: (q: (sql: string, params?: unknown[]) => Promise<Row[]>) => Promise<unknown>,
  ): Promise<void> {
    await db.transaction(async (em) => {
      await em.query(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
      await work((sql, params) => em.query(sql, params));
      await em.query(`ALTER TABLE audit_event ENABLE TRIGGER USER`);
    });
  }

  /** Saves a project's rows, runs the attack, checks, and puts those rows back exactly. */
  async function attack(
    projectId: string,
    doIt: (q: (sql: string, params?: unknown[]) => Promise<Row[]>) => Promise<unknown>,
    check: () => Promise<void>,
  ): Promise<void> {
    const saved: Array<{ r: unknown }> = await db.query(
      `SELECT row_to_json(e) AS r FROM audit_event e WHERE project_id = $1 ORDER BY seq`,
      [projectId],
    );
    await asAdministrator(doIt);
    try {
      await check();
    } finally {
      await asAdministrator(async (q) => {
        const rows = saved.map((x) => x.r as { id: string });
        await q(`DELETE FROM audit_event WHERE id = ANY($1::text[])`, [rows.map((r) => r.id)]);
        await q(`INSERT INTO audit_event SELECT * FROM json_populate_recordset(null::audit_event, $1::json)`, [
          JSON.stringify(saved.map((s) => s.r)),
        ]);
      });
    }
  }

  async function lastRow(projectId: string): Promise<{ seq: number; hash: string; id: string }> {
    const rows: Array<{ seq: string; hash: string; id: string }> = await db.query(
      `SELECT seq::text AS seq, hash, id FROM audit_event WHERE project_id = $1 ORDER BY seq DESC LIMIT 1`,
      [projectId],
    );
    const r = rows[0];
    if (!r) throw new Error(`no rows for ${projectId}`);
    return { seq: Number(r.seq), hash: r.hash, id: r.id };
  }

  describe('the application logs in as a role that can only add to the trail', () => {
    let appClient: Client;
    beforeAll(async () => {
      // A real login as waardenpoort_app (trust authentication), not a SET ROLE of a superuser session.
      appClient = new Client({ connectionString: own.url });
      await appClient.connect();
    });
    afterAll(async () => {
      await appClient?.end();
    });

    it('is its own login: not a superuser, not the owner, not a member of it', async () => {
      const { rows } = await appClient.query(
        `SELECT session_user::text AS login, r.rolsuper, pg_has_role(session_user, $1, 'MEMBER') AS member,
                (SELECT tableowner::text FROM pg_tables WHERE tablename = 'audit_event') AS owner
           FROM pg_roles r WHERE r.rolname = session_user`,
        [OWNER_ROLE],
      );
      expect(rows[0]).toEqual({ login: APP_ROLE, rolsuper: false, member: false, owner: OWNER_ROLE });
    });

    it.each([
      ['UPDATE', `UPDATE audit_event SET action = 'herschreven'`, /permission denied for table audit_event/],
      ['DELETE', `DELETE FROM audit_event`, /permission denied for table audit_event/],
      ['TRUNCATE', `TRUNCATE audit_event`, /permission denied for table audit_event/],
      ['DISABLE TRIGGER', `ALTER TABLE audit_event DISABLE TRIGGER USER`, /must be owner of table audit_event/],
      ['SET ROLE to the owner', `SET ROLE ${OWNER_ROLE}`, /permission denied to set role/],
      ['SET ROLE to a superuser', `SET ROLE postgres`, /permission denied to set role/],
      ['SET SESSION AUTHORIZATION', `SET SESSION AUTHORIZATION postgres`, /permission denied/],
    ])('refuses %s', async (_what, sql, error) => {
      const id = await project(`Rechten ${_what}`);
      const trail = (): Promise<unknown> =>
        db.query(`SELECT id, hash FROM audit_event WHERE project_id = $1 ORDER BY seq`, [id]);
      const before = await trail();
      await appClient.query('BEGIN');
      try {
        await expect(appClient.query(sql)).rejects.toThrow(error);
      } finally {
        await appClient.query('ROLLBACK');
      }
      expect(await trail()).toEqual(before);
    });

    it('may add to the trail (the API and worker run as it here)', async () => {
      const id = await project('Toevoegen mag');
      const rows: Array<{ n: number }> = await appClient
        .query(`SELECT count(*)::int AS n FROM audit_event WHERE project_id = $1`, [id])
        .then((r) => r.rows as Array<{ n: number }>);
      expect(rows[0]?.n).toBeGreaterThanOrEqual(4);
    });

    it('the API and the worker refuse to start in production with a login that could rewrite the trail', async () => {
      const production = { NODE_ENV: 'production', JWT_SECRET: 'production-secret-for-this-test-only-0123456789' };
      const asSuperuser = testConfig({ ...production, DATABASE_URL: own.owner, AUDIT_CHECKPOINT_DIR: dir });
      await expect(startApi(asSuperuser)).rejects.toThrow(/the API refuses to start: .*is a superuser/);
      await expect(startTestWorker(asSuperuser)).rejects.toThrow(/worker refuses to start: .*is a superuser/);
      // As the application's own login, production starts.
      const asApp = await startApi(testConfig({ ...production, DATABASE_URL: own.url, AUDIT_CHECKPOINT_DIR: dir }));
      await asApp.close();
    });
  });

  describe('each workflow keeps its chain head in Temporal', () => {
    it('a publish onto a chain that lost that head is refused (never extended, never vouched for)', async () => {
      const id = await project('Niet verder op een herschreven keten');
      const snapshot = await temporal.workflow.getHandle(workflowIdFor(id)).query<ProjectSnapshot>('projectState');
      const head = snapshot.auditHead;
      if (!head) throw new Error('the workflow holds no head');
      const transitions = new TransitionRepository(db);
      const forged = { ...head, hash: 'f'.repeat(64) };
      await expect(transitions.publish({ snapshot, events: [], notifications: [], auditHead: forged })).rejects.toThrow(
        AuditChainRewritten,
      );
      await expect(
        transitions.publish({ snapshot, events: [], notifications: [], auditHead: head }),
      ).resolves.toMatchObject({
        auditHead: head,
      });
    });

    it('answers the head of its chain after every publish', async () => {
      const id = await project('Kop in de workflow');
      const head = await temporal.workflow.getHandle(workflowIdFor(id)).query<AuditHead | null>(AUDIT_HEAD_QUERY);
      const last = await lastRow(id);
      expect(head).toEqual({ seq: last.seq, hash: last.hash });
      const heads = await projectWorkflowHeads(temporal, config.temporal.taskQueue);
      expect(heads.heads.get(id)).toEqual(head);
      expect(heads.unanswered).toBe(0);
    });
  });

  describe('attacks by the database owner are found', () => {
    let target: string;
    beforeAll(async () => {
      target = await project('Doelwit');
      const clean = await verifyAll();
      expect(clean).toMatchObject({ ok: true, complete: true, firstBroken: null });
    });

    it('a changed row', async () => {
      await attack(
        target,
        (q) => q(`UPDATE audit_event SET actor_name = 'Iemand anders' WHERE project_id = $1 AND seq = 1`, [target]),
        async () => {
          expect((await verifyAll()).firstBroken).toMatchObject({
            projectId: target,
            seq: 1,
            reason: 'content-mismatch',
          });
        },
      );
      expect((await verifyAll()).ok).toBe(true);
    });

    it('a deleted tail: the workflow still holds the removed head', async () => {
      const last = await lastRow(target);
      await attack(
        target,
        (q) => q(`DELETE FROM audit_event WHERE project_id = $1 AND seq > $2`, [target, last.seq - 2]),
        async () => {
          // The rows alone still form a whole chain: only a witness can tell that its end is gone.
          await expect(audit.verify()).resolves.toMatchObject({ ok: true });
          const result = await verifyAll();
          expect(result.ok).toBe(false);
          expect(result.firstBroken).toEqual({
            projectId: target,
            seq: last.seq - 1,
            eventId: null,
            reason: 'witness-missing',
            witness: { by: 'workflow', seq: last.seq, hash: last.hash },
          });
        },
      );
    });

    it('a deleted chain (all its rows)', async () => {
      const last = await lastRow(target);
      await attack(
        target,
        (q) => q(`DELETE FROM audit_event WHERE project_id = $1`, [target]),
        async () => {
          await expect(audit.verify()).resolves.toMatchObject({ ok: true });
          expect((await verifyAll()).firstBroken).toEqual({
            projectId: target,
            seq: 1,
            eventId: null,
            reason: 'chain-missing',
            witness: { by: 'workflow', seq: last.seq, hash: last.hash },
          });
        },
      );
    });

    it('a re-hashed chain: a row changed and every hash after it recomputed, as an owner with the algorithm can', async () => {
      const last = await lastRow(target);
      await attack(
        target,
        (q) => rehash(q, target, 2),
        async () => {
          await expect(audit.verify()).resolves.toMatchObject({ ok: true });
          expect((await verifyAll()).firstBroken).toMatchObject({
            projectId: target,
            seq: last.seq,
            reason: 'witness-mismatch',
            witness: { by: 'workflow', seq: last.seq, hash: last.hash },
          });
          // The same over HTTP, and on the command line (exit code 1, the project and row named).
          const res = await request(app.getHttpServer())
            .get('/api/v1/audit/verify')
            .set('Authorization', `Bearer ${await token({ sub: 'ad.auditor', roles: ['auditor'] })}`)
            .expect(200);
          expect(res.body).toMatchObject({
            ok: false,
            firstBroken: { projectId: target, seq: last.seq, reason: 'witness-mismatch' },
            witnesses: { workflows: { unanswered: 0 } },
          });
          // Not spawnSync: the worker that answers the workflows' Queries runs in this process.
          const cli = await run(process.execPath, ['scripts/audit-verify.mjs', '--parallel', '2'], {
            ...process.env,
            NODE_ENV: 'test',
            DEV_MODE: 'true',
            DATABASE_URL: own.url,
            TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
            AUDIT_CHECKPOINT_DIR: dir,
          });
          expect(cli.stdout).toContain(`BROKEN: project ${target}`);
          expect(cli.stdout).toContain('witness-mismatch');
          expect(cli.status).toBe(1);
        },
      );
      expect((await verifyAll()).ok).toBe(true);
    });

    describe('signed checkpoints', () => {
      /** The system chain (policy activations): no workflow holds its head, the checkpoints do. */
      const SYSTEM = '00000000-0000-0000-0000-000000000000';
      const systemEvent = (n: number): ProjectEvent => ({
        eventId: `witness-test:${randomUUID()}:${n}`,
        projectId: SYSTEM,
        at: new Date().toISOString(),
        actor: { sub: 'carla.cio', name: 'Carla CIO', roles: ['cio-office'], email: 'carla.cio@enschede.example' },
        action: 'policy-activated',
        gate: null,
        payload: { n },
        documentHashes: [],
        policyVersion: null,
        workflowId: null,
        runId: null,
      });

      it('are written when a head moved, signed, numbered and linked, and cover the system chain', async () => {
        await audit.appendStandalone([systemEvent(1), systemEvent(2), systemEvent(3)]);
        const first = await writeCheckpoint({ dataSource: db, dir, keys });
        expect(first).toMatchObject({ seq: 1, prev: null });
        expect(first?.heads.some(([p]) => p === SYSTEM)).toBe(true);
        await expect(writeCheckpoint({ dataSource: db, dir, keys })).resolves.toBeNull(); // nothing moved
        await project('Na het eerste ijkpunt');
        const second = await writeCheckpoint({ dataSource: db, dir, keys });
        expect(second?.seq).toBe(2);
        expect(second?.heads.length).toBeGreaterThanOrEqual(1);
        await audit.appendStandalone([systemEvent(4)]);
        expect((await writeCheckpoint({ dataSource: db, dir, keys }))?.seq).toBe(3);
        const result = await verifyAll();
        expect(result).toMatchObject({ ok: true, witnesses: { checkpoints: { count: 3, broken: null } } });
      });

      it('find a deleted tail of a chain no workflow holds (the system chain)', async () => {
        const last = await lastRow(SYSTEM);
        await attack(
          SYSTEM,
          (q) => q(`DELETE FROM audit_event WHERE project_id = $1 AND seq = $2`, [SYSTEM, last.seq]),
          async () => {
            expect((await verifyAll()).firstBroken).toEqual({
              projectId: SYSTEM,
              seq: last.seq,
              eventId: null,
              reason: 'witness-missing',
              witness: { by: 'checkpoint 3', seq: last.seq, hash: last.hash },
            });
            // And the writer will not sign over it.
            await expect(writeCheckpoint({ dataSource: db, dir, keys })).rejects.toThrow(
              /no longer contains its checkpointed head/,
            );
          },
        );
      });

      it('find a re-hashed chain even without the workflows', async () => {
        await attack(
          target,
          (q) => rehash(q, target, 1),
          async () => {
            const result = await verifyAll({ workflows: false });
            expect(result.firstBroken).toMatchObject({ projectId: target, reason: 'witness-mismatch' });
            expect(result.firstBroken?.witness?.by).toMatch(/^checkpoint \d$/);
            expect(result.complete).toBe(false);
          },
        );
      });

      it('a deleted checkpoint file is a gap in the sequence', async () => {
        const file = join(dir, checkpointFileName(2));
        const text = readFileSync(file, 'utf8');
        unlinkSync(file);
        try {
          const result = await verifyAll();
          expect(result.ok).toBe(false);
          expect(result.witnesses.checkpoints.broken).toMatchObject({ checkpoint: 2, reason: 'checkpoint-missing' });
          await expect(writeCheckpoint({ dataSource: db, dir, keys })).rejects.toThrow(/checkpoint-missing/);
        } finally {
          writeFileSync(file, text);
        }
        expect((await verifyAll()).ok).toBe(true);
      });

      it('a forged checkpoint (changed, or signed with another key) does not verify', async () => {
        const file = join(dir, checkpointFileName(3));
        const text = readFileSync(file, 'utf8');
        const c = JSON.parse(text) as Record<string, unknown> & { heads: Array<[string, number, string]> };
        try {
          // An attacker's checkpoint that agrees with a shortened system chain, under the real signature.
          writeFileSync(file, JSON.stringify({ ...c, heads: c.heads.map(([p, s, h]) => [p, s - 1, h]) }));
          expect((await verifyAll()).witnesses.checkpoints.broken).toMatchObject({
            checkpoint: 3,
            reason: 'checkpoint-signature-invalid',
          });
          // Re-signed with a key of the attacker's own.
          const { privateKey } = generateKeyPairSync('ed25519');
          const { signature: _s, ...body } = c;
          const { canonicalJson } = await import('@waardenpoort/domain');
          const forged = {
            ...body,
            signature: sign(null, Buffer.from(canonicalJson(body)), privateKey).toString('base64'),
          };
          writeFileSync(file, JSON.stringify(forged));
          const result = await verifyAll();
          expect(result.ok).toBe(false);
          expect(result.witnesses.checkpoints.broken).toMatchObject({
            checkpoint: 3,
            reason: 'checkpoint-signature-invalid',
          });
        } finally {
          writeFileSync(file, text);
        }
        expect((await verifyAll()).ok).toBe(true);
      });
    });
  });
});

/**
 * What an owner who knows the algorithm does: changes the payload of row `from` and recomputes canonical text,
 * prev_hash and hash of it and every row after it, so that the chain holds again on its own.
 */
async function rehash(
  q: (sql: string, params?: unknown[]) => Promise<Array<Record<string, unknown>>>,
  projectId: string,
  from: number,
): Promise<void> {
  const rows = (await q(
    `SELECT id, seq::int AS seq, to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at,
            actor_sub, actor_name, actor_roles, action, gate, payload, document_hashes, policy_version, workflow_id,
            run_id, prev_hash
       FROM audit_event WHERE project_id = $1 ORDER BY seq`,
    [projectId],
  )) as Array<{
    id: string;
    seq: number;
    at: string;
    actor_sub: string | null;
    actor_name: string | null;
    actor_roles: string[];
    action: string;
    gate: string | null;
    payload: Record<string, unknown>;
    document_hashes: string[];
    policy_version: number | null;
    workflow_id: string | null;
    run_id: string | null;
    prev_hash: string;
  }>;
  let prev = rows.find((r) => r.seq === from)?.prev_hash ?? '';
  for (const r of rows.filter((x) => x.seq >= from)) {
    const payload = r.seq === from ? { ...r.payload, herschreven: true } : r.payload;
    const canonical = canonicalEventText({
      id: r.id,
      projectId,
      seq: r.seq,
      occurredAt: r.at,
      actor: r.actor_sub === null ? null : { sub: r.actor_sub, name: r.actor_name ?? '', roles: r.actor_roles },
      action: r.action,
      gate: r.gate,
      payload,
      documentHashes: r.document_hashes,
      policyVersion: r.policy_version,
      workflowId: r.workflow_id,
      runId: r.run_id,
    });
    const hash = computeEventHash(prev, canonical);
    await q(`UPDATE audit_event SET payload = $2::jsonb, canonical = $3, prev_hash = $4, hash = $5 WHERE id = $1`, [
      r.id,
      JSON.stringify(payload),
      canonical,
      prev,
      hash,
    ]);
    prev = hash;
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout }));
  });
}
