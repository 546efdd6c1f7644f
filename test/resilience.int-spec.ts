import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { loadPolicyFile } from '@waardenpoort/persistence';
import { projectStateQuery } from '@waardenpoort/contracts';
import { temporalScript } from './setup/test-run';
import {
  eventually,
  openDatabase,
  startApi,
  startTestWorker,
  temporalClient,
  testConfig,
  token,
} from './support/harness';

const registration = (title: string, department: string): Record<string, unknown> => ({
  title,
  summary: 'Een project om te laten zien dat er niets verloren gaat als er iets uitvalt.',
  department,
  technologies: ['app', 'data-linking'],
  plannedStart: '2027-06-01',
});

describe('intake when parts are down', () => {
  let config: AppConfig;
  let db: DataSource;
  let temporal: Client;
  let ownerToken: string;
  const department = `Dienstverlening ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    // The real policy's deadlines (working days): no timer fires while the worker is away.
    config = testConfig({ POLICY_FILE: 'policy/waardenpoort-policy.v1.yaml' });
    db = await openDatabase(config);
    temporal = await temporalClient(config);
    ownerToken = await token({ sub: 'carla.smit', roles: ['case-owner'] });
  });

  afterAll(async () => {
    await temporal?.connection.close();
    await db?.destroy();
  });

  it('answers 503 when Temporal is unreachable, registers nothing, and a retry with the same key succeeds later', async () => {
    const closedPort = await temporalScript().freePort();
    const downConfig = { ...config, temporal: { ...config.temporal, address: `127.0.0.1:${closedPort}` } };
    const down: INestApplication = await startApi(downConfig);
    const key = `retry-${randomUUID()}`;
    const before = Number((await db.query(`SELECT count(*)::int AS n FROM project`))[0].n);
    let reservedId: string;
    try {
      const started = Date.now();
      const res = await request(down.getHttpServer())
        .post('/api/v1/projects')
        .set('Authorization', `Bearer ${ownerToken}`)
        .set('Idempotency-Key', key)
        .send(registration('Wijkapp tijdens storing', department))
        .expect(503);
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.detail).toMatch(/same Idempotency-Key/);
      expect(Number((await db.query(`SELECT count(*)::int AS n FROM project`))[0].n)).toBe(before);
      const reserved = await db.query(`SELECT project_id FROM idempotency_key WHERE key = $1`, [key]);
      expect(reserved).toHaveLength(1);
      reservedId = reserved[0].project_id;
      // No workflow exists for the reserved id.
      await expect(temporal.workflow.getHandle(`project-${reservedId}`).describe()).rejects.toThrow(/not found/i);

      const health = await request(down.getHttpServer())
        .get('/health')
        .set('Authorization', `Bearer ${await token({ sub: 'ops', roles: ['auditor'] })}`)
        .expect(503);
      expect(health.body.checks.temporal.status).toBe('down');
      expect(health.body.checks.postgres.status).toBe('up');
    } finally {
      await down.close();
    }

    const up = await startApi(config);
    const worker = await startTestWorker(config);
    try {
      const res = await request(up.getHttpServer())
        .post('/api/v1/projects')
        .set('Authorization', `Bearer ${ownerToken}`)
        .set('Idempotency-Key', key)
        .send(registration('Wijkapp tijdens storing', department))
        .expect(201);
      expect(res.body.id).toBe(reservedId);
      expect(res.body.openTasks).toHaveLength(1);
    } finally {
      await up.close();
      await worker.shutdown();
    }
  });

  it('loses nothing when the worker stops mid-gate: the workflow waits, and a new worker carries on', async () => {
    const app = await startApi(config);
    try {
      // No worker at all: the start is durable in Temporal; the row exists; the task follows once a worker runs.
      const res = await request(app.getHttpServer())
        .post('/api/v1/projects')
        .set('Authorization', `Bearer ${ownerToken}`)
        .send(registration('Sensoren in het Volkspark', department))
        .expect(201);
      const id: string = res.body.id;
      expect(res.body.openTasks).toEqual([]);
      const description = await temporal.workflow.getHandle(`project-${id}`).describe();
      expect(description.status.name).toBe('RUNNING');

      let worker: RunningWorker = await startTestWorker(config);
      const taskRows = await eventually(
        async () => {
          const rows = await db.query(`SELECT id, status FROM task WHERE project_id = $1`, [id]);
          return rows.length > 0 ? rows : undefined;
        },
        20_000,
        'the quick-scan task',
      );
      expect(taskRows).toEqual([{ id: `${id}:quick-scan:1:answer-quick-scan`, status: 'open' }]);
      const before = await temporal.workflow.getHandle(`project-${id}`).query(projectStateQuery);

      // Stop the worker mid-gate and start a fresh one: it must rebuild the workflow from history alone.
      await worker.shutdown();
      worker = await startTestWorker(config);
      try {
        const after = await temporal.workflow.getHandle(`project-${id}`).query(projectStateQuery);
        expect(after).toEqual(before);
        expect(after.currentGate).toBe('quick-scan');
        const rows = await db.query(`SELECT state_version, current_gate FROM project WHERE id = $1`, [id]);
        expect(rows).toEqual([{ state_version: 1, current_gate: 'quick-scan' }]);
        const tasks = await db.query(`SELECT count(*)::int AS n FROM task WHERE project_id = $1`, [id]);
        expect(tasks[0].n).toBe(1);
      } finally {
        await worker.shutdown();
      }
    } finally {
      await app.close();
    }
  });

  it('creates the project row from the workflow even when the API never wrote it', async () => {
    // As if the API process died right after starting the workflow: only Temporal knows the project.
    const { ProjectWorkflows } = await import('@waardenpoort/temporal');
    const workflows = new ProjectWorkflows(temporal, config.temporal);
    const projectId = randomUUID();
    await workflows.start({
      projectId,
      registration: {
        title: 'Project zonder rij',
        summary: 'De API viel weg na de start van de workflow.',
        department,
        technologies: ['drone'],
        plannedStart: '2027-08-01',
      },
      caseOwner: { sub: 'carla.smit', name: 'Carla Smit', email: 'carla@enschede.example', roles: ['case-owner'] },
      registeredAt: new Date().toISOString(),
      policy: loadPolicyFile('policy/waardenpoort-policy.v1.yaml'),
    });
    const worker = await startTestWorker(config);
    try {
      const row = await eventually(
        async () => {
          const rows = await db.query(`SELECT title, status, current_gate FROM project WHERE id = $1`, [projectId]);
          return rows[0];
        },
        20_000,
        'the project row',
      );
      expect(row).toEqual({ title: 'Project zonder rij', status: 'active', current_gate: 'quick-scan' });
      const second = await workflows.start({
        projectId,
        registration: {
          title: 'Project zonder rij',
          summary: 'De API viel weg na de start van de workflow.',
          department,
          technologies: ['drone'],
          plannedStart: '2027-08-01',
        },
        caseOwner: { sub: 'carla.smit', name: 'Carla Smit', email: 'carla@enschede.example', roles: ['case-owner'] },
        registeredAt: new Date().toISOString(),
        policy: loadPolicyFile('policy/waardenpoort-policy.v1.yaml'),
      });
      expect(second.started).toBe(false);
    } finally {
      await worker.shutdown();
    }
  });
});
