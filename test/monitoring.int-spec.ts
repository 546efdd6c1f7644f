import type { INestApplication } from '@nestjs/common';
import { createApp } from '@waardenpoort/api';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { ProjectChangeHub } from '../apps/api/src/events/project-change-hub';
import { countOpenTasks, countProjects, endToEndLeadTime, gateLeadTimes, type Window } from '@waardenpoort/persistence';
import { limitConcurrency } from '@waardenpoort/persistence';
import { answer, LOW_RISK, PROHIBITED } from './support/answers';

const NO_REGISTER = answer({});
import { eventually, openDatabase, startTestWorker, testConfig, token } from './support/harness';
import { PEOPLE, ProjectApi, type Person } from './support/project-api';
import { SseClient } from './support/sse-client';

/** The pipeline report, the CSV export, /metrics and the live event stream, over HTTP. */
describe('monitoring for the CIO office', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let api: ProjectApi;
  let baseUrl: string;
  const department = `Monitoring ${randomUUID().slice(0, 8)}`;
  const projects: Record<'waiting' | 'atDecision' | 'decided' | 'stopped', string> = {
    waiting: '',
    atDecision: '',
    decided: '',
    stopped: '',
  };

  const pipeline = async (query: Record<string, string> = {}, by: Person = PEOPLE.cio): Promise<request.Response> =>
    request(app.getHttpServer())
      .get('/api/v1/monitoring/pipeline')
      .query({ department, ...query })
      .set('Authorization', await api.as(by));

  const bearer = async (person: Person): Promise<Record<string, string>> => ({ Authorization: await api.as(person) });

  beforeAll(async () => {
    config = testConfig({ EVENTS_POLL_MS: '100', EVENTS_HEARTBEAT_MS: '300' });
    worker = await startTestWorker(config);
    // Listening on a port, not only initialised: the event stream is read with a real HTTP client.
    app = await createApp(config, { logger: false });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    api = new ProjectApi(app);

    // Four projects with known paths (test policy: deadlines of seconds, escalations 2 s apart after them).
    projects.waiting = await api.register(department, 'Wacht op de quickscan');
    projects.atDecision = await api.register(department, 'Wacht op het besluit');
    projects.decided = await api.register(department, 'Besloten');
    projects.stopped = await api.register(department, 'Verboden AI');
    expect((await api.post(projects.atDecision, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    // No register on its route: the decision is its last step (a register entry would open a task after it).
    expect((await api.post(projects.decided, 'quick-scan', PEOPLE.owner, { answers: NO_REGISTER })).status).toBe(200);
    const decided = await api.post(projects.decided, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Laag risico, geen persoonsgegevens.',
      adviceResponses: [],
    });
    expect(decided.status).toBe(200);
    expect((await api.post(projects.stopped, 'quick-scan', PEOPLE.owner, { answers: PROHIBITED })).status).toBe(200);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
  });

  it('counts projects per gate and status, overdue and escalated tasks, and lead times per gate and end to end', async () => {
    // Wait until both open tasks are past their deadline and escalated at least once.
    const report = await eventually(
      async () => {
        const res = await pipeline();
        expect(res.status).toBe(200);
        const gates = Object.fromEntries((res.body.gates as Array<Record<string, any>>).map((g) => [g.gate, g]));
        return gates['quick-scan'].openEscalations >= 1 && gates['portfolio-decision'].openEscalations >= 1
          ? (res.body as Record<string, any>)
          : undefined;
      },
      30_000,
      'both open tasks escalated',
    );
    const gates = Object.fromEntries((report.gates as Array<Record<string, any>>).map((g) => [g.gate, g]));
    expect(report.department).toBe(department);
    expect(report.gates.map((g: { gate: string }) => g.gate)).toEqual([
      'quick-scan',
      'dpia',
      'commission-reflection',
      'portfolio-decision',
      'publication',
      'council-information',
      'none',
    ]);
    expect(report.totals).toMatchObject({ projects: 4, openTasks: 2, overdue: 2, openEscalations: 2 });
    expect(report.totals.byStatus).toMatchObject({ active: 2, 'in-use': 1, stopped: 1 });

    expect(gates['quick-scan']).toMatchObject({ projects: 1, openTasks: 1, overdue: 1, openEscalations: 1 });
    expect(gates['quick-scan'].byStatus.active).toBe(1);
    expect(gates['portfolio-decision']).toMatchObject({ projects: 1, openTasks: 1, overdue: 1, openEscalations: 1 });
    expect(gates.dpia).toMatchObject({ projects: 0, openTasks: 0, overdue: 0 });
    expect(gates.none).toMatchObject({ projects: 2, openTasks: 0, leadTime: null });
    expect(gates.none.byStatus).toMatchObject({ 'in-use': 1, stopped: 1 });

    // Lead times: three quick-scans were answered (at decision, decided, stopped), one decision taken.
    expect(gates['quick-scan'].leadTime.completed).toBe(3);
    expect(gates['quick-scan'].leadTime.medianSeconds).toBeGreaterThan(0);
    expect(gates['quick-scan'].leadTime.p90Seconds).toBeGreaterThanOrEqual(gates['quick-scan'].leadTime.medianSeconds);
    expect(gates['quick-scan'].leadTime.p90Seconds).toBeLessThan(120);
    expect(gates['portfolio-decision'].leadTime.completed).toBe(1);
    expect(gates['portfolio-decision'].leadTime.medianSeconds).toBeGreaterThan(0);
    expect(gates.dpia.leadTime).toEqual({ completed: 0, medianSeconds: null, p90Seconds: null });
    expect(report.endToEnd.completed).toBe(1);
    expect(report.endToEnd.medianSeconds).toBeGreaterThan(0);
    expect(report.endToEnd.medianSeconds).toBe(report.endToEnd.p90Seconds);

    expect(report.escalations.map((e: { projectId: string }) => e.projectId).sort()).toEqual(
      [projects.waiting, projects.atDecision].sort(),
    );
    expect(report.escalations.find((e: { projectId: string }) => e.projectId === projects.waiting)).toMatchObject({
      gate: 'quick-scan',
      department,
      level: expect.any(Number),
    });
    expect(report.departments).toEqual([
      { department, projects: 4, active: 2, openTasks: 2, overdue: 2, openEscalations: 2 },
    ]);

    // The default window is the last 365 days; one long before these projects holds no passes.
    const old = await pipeline({ from: '2001-01-01', to: '2001-12-31' });
    expect(old.status).toBe(200);
    expect(old.body.window).toEqual({ from: '2001-01-01T00:00:00.000Z', to: '2002-01-01T00:00:00.000Z' });
    expect(old.body.endToEnd).toEqual({ completed: 0, medianSeconds: null, p90Seconds: null });
    expect(old.body.gates[0].leadTime.completed).toBe(0);
    // ... while the counts of what is open now do not depend on the window.
    expect(old.body.totals.projects).toBe(4);

    // An auditor reads it too; without a department filter this department is one of the rows.
    const all = await request(app.getHttpServer())
      .get('/api/v1/monitoring/pipeline')
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(all.body.department).toBeNull();
    expect(all.body.totals.projects).toBeGreaterThanOrEqual(4);
    expect(all.body.departments).toContainEqual(expect.objectContaining({ department, projects: 4 }));
  });

  it('exports the gate table as CSV with a header row, for ?format=csv and for Accept: text/csv', async () => {
    const res = await pipeline({ format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="waardenpoort-pipeline-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'department,window_from,window_to,gate,projects,active,on-hold,stopped,withdrawn,rejected,approved,in-use,' +
        'open_tasks,overdue,open_escalations,completed_in_window,lead_time_median_seconds,lead_time_p90_seconds',
    );
    expect(lines).toHaveLength(1 + 7 + 1);
    const rows = lines.slice(1).map((l) => l.split(','));
    const byGate = Object.fromEntries(rows.map((r) => [r[3], r]));
    expect(Object.keys(byGate)).toEqual([
      'quick-scan',
      'dpia',
      'commission-reflection',
      'portfolio-decision',
      'publication',
      'council-information',
      'none',
      'end-to-end',
    ]);
    for (const r of rows) expect(r[0]).toBe(department);
    // quick-scan: one project, active; one open task, overdue, escalated; three passes with a median and a p90.
    expect(byGate['quick-scan']?.slice(4, 16)).toEqual(['1', '1', '0', '0', '0', '0', '0', '0', '1', '1', '1', '3']);
    expect(Number(byGate['quick-scan']?.[16])).toBeGreaterThan(0);
    expect(byGate.none?.[15]).toBe('');
    expect(byGate['end-to-end']?.slice(4, 5)).toEqual(['4']);
    expect(byGate['end-to-end']?.[15]).toBe('1');

    const negotiated = await request(app.getHttpServer())
      .get('/api/v1/monitoring/pipeline')
      .query({ department })
      .set('Accept', 'text/csv')
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    expect(negotiated.headers['content-type']).toMatch(/^text\/csv/);
    expect(negotiated.text.split('\r\n')[0]).toBe(lines[0]);
  });

  it('refuses a case owner (403) and a bad window (400), as problems', async () => {
    const owner = await pipeline({}, PEOPLE.owner);
    expect(owner.status).toBe(403);
    expect(owner.headers['content-type']).toMatch(/^application\/problem\+json/);

    const bad: Array<[Record<string, string>, RegExp]> = [
      [{ from: 'gisteren' }, /from must be an ISO 8601/],
      [{ to: '2026-02-30' }, /to is not a valid date/],
      [{ from: '2026-05-01', to: '2026-01-01' }, /window is empty/],
      [{ from: '2026-01-01T10:00:00' }, /from must be an ISO 8601/],
      [{ from: '1900-01-01', to: '2026-01-01' }, /at most/],
      [{ format: 'xml' }, /format must be one of/],
      [{ window: '30d' }, /should not exist/],
    ];
    for (const [query, detail] of bad) {
      const res = await pipeline(query);
      expect([JSON.stringify(query), res.status]).toEqual([JSON.stringify(query), 400]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(res.body)).toMatch(detail);
    }
  });

  it('serves Prometheus metrics with the pipeline figures and the process defaults', async () => {
    const res = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const value = (name: string, labels: string): number => {
      const line = res.text.split('\n').find((l) => l.startsWith(`${name}{${labels}}`));
      return line ? Number(line.split(' ').pop()) : NaN;
    };
    for (const name of [
      'waardenpoort_projects',
      'waardenpoort_open_tasks',
      'waardenpoort_overdue_tasks',
      'waardenpoort_open_escalations',
      'waardenpoort_reminders_sent_total',
      'waardenpoort_escalations_sent_total',
      'waardenpoort_decisions_total',
      'waardenpoort_gate_lead_time_seconds',
      'waardenpoort_webhook_deliveries',
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
    ]) {
      expect(res.text).toContain(`# TYPE ${name} `);
    }
    expect(res.text).toContain('# TYPE waardenpoort_gate_lead_time_seconds histogram');
    expect(res.text).toContain('# TYPE waardenpoort_decisions_total counter');
    // The database is shared with the other suites: at least what this suite made.
    expect(value('waardenpoort_projects', 'gate="quick-scan",status="active"')).toBeGreaterThanOrEqual(1);
    expect(value('waardenpoort_projects', 'gate="none",status="stopped"')).toBeGreaterThanOrEqual(1);
    expect(value('waardenpoort_overdue_tasks', 'gate="quick-scan"')).toBeGreaterThanOrEqual(1);
    expect(value('waardenpoort_open_escalations', 'gate="portfolio-decision"')).toBeGreaterThanOrEqual(1);
    expect(value('waardenpoort_reminders_sent_total', 'gate="quick-scan"')).toBeGreaterThanOrEqual(2);
    expect(value('waardenpoort_escalations_sent_total', 'gate="quick-scan",level="1"')).toBeGreaterThanOrEqual(1);
    expect(value('waardenpoort_decisions_total', 'outcome="approved"')).toBeGreaterThanOrEqual(1);
    const inf = value('waardenpoort_gate_lead_time_seconds_bucket', 'gate="quick-scan",le="+Inf"');
    const count = value('waardenpoort_gate_lead_time_seconds_count', 'gate="quick-scan"');
    expect(inf).toBeGreaterThanOrEqual(3);
    expect(count).toBe(inf);
    // Cumulative buckets never go down.
    const buckets = res.text
      .split('\n')
      .filter((l) => l.startsWith('waardenpoort_gate_lead_time_seconds_bucket{') && l.includes('gate="quick-scan"'))
      .map((l) => Number(l.split(' ').pop()));
    expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
    expect(value('waardenpoort_gate_lead_time_seconds_sum', 'gate="quick-scan"')).toBeGreaterThan(0);
  });

  it('asks for the metrics token when one is configured', async () => {
    const secured = await createApp(testConfig({ METRICS_TOKEN: 'scrape-token-for-the-test' }), { logger: false });
    await secured.init();
    try {
      const none = await request(secured.getHttpServer()).get('/metrics').expect(401);
      expect(none.headers['content-type']).toMatch(/^application\/problem\+json/);
      await request(secured.getHttpServer()).get('/metrics').set('Authorization', 'Bearer wrong').expect(401);
      const ok = await request(secured.getHttpServer())
        .get('/metrics')
        .set('Authorization', 'Bearer scrape-token-for-the-test')
        .expect(200);
      expect(ok.text).toContain('waardenpoort_projects');
    } finally {
      await secured.close();
    }
  });

  it('streams project changes as server-sent events, only their own projects to a case owner, resumable', async () => {
    const cio = new SseClient(`${baseUrl}/api/v1/events`, await bearer(PEOPLE.cio));
    const owner = new SseClient(`${baseUrl}/api/v1/events`, await bearer(PEOPLE.owner));
    const otherOwner = new SseClient(
      `${baseUrl}/api/v1/events`,
      await bearer({ sub: 'bert.buurman', roles: ['case-owner'], name: 'Bert Buurman' }),
    );
    try {
      for (const c of [cio, owner, otherOwner])
        await c.waitFor(() => (c.comments.includes('connected') ? true : undefined), 'connected');
      expect(cio.status).toBe(200);

      const id = await api.register(department, 'Live gevolgd');
      const registered = await cio.waitFor(
        () => cio.projectEvents().find((e) => e.project.id === id),
        `an event for project ${id}`,
      );
      expect(registered.project).toMatchObject({
        id,
        department,
        status: 'active',
        currentGate: 'quick-scan',
        version: expect.any(Number),
      });
      expect(registered.id).toMatch(/^\d+-\d+$/);
      await owner.waitFor(() => owner.projectEvents().find((e) => e.project.id === id), 'the owner sees their project');

      // The quick-scan moves the project on; the stream says so.
      expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
      const moved = await cio.waitFor(
        () => cio.projectEvents().find((e) => e.project.id === id && e.project.currentGate === 'portfolio-decision'),
        'the move to the decision',
      );
      expect(moved.project.version).toBeGreaterThan(registered.project.version);
      // Heartbeats keep an idle stream open.
      await cio.waitFor(() => (cio.comments.includes('heartbeat') ? true : undefined), 'a heartbeat');
      // Another case owner sees none of it.
      expect(otherOwner.projectEvents().filter((e) => e.project.id === id)).toEqual([]);

      // Resume: a client that saw only the registration gets what it missed, and not the registration again.
      const resumed = new SseClient(`${baseUrl}/api/v1/events`, {
        ...(await bearer(PEOPLE.cio)),
        'Last-Event-ID': registered.id as string,
      });
      try {
        const caughtUp = await resumed.waitFor(
          () => resumed.projectEvents().find((e) => e.project.id === id),
          'the missed change after Last-Event-ID',
        );
        expect(caughtUp.project.currentGate).toBe('portfolio-decision');
        expect(caughtUp.id).not.toBe(registered.id);
      } finally {
        resumed.close();
      }

      const badResume = await request(app.getHttpServer())
        .get('/api/v1/events')
        .set('Authorization', await api.as(PEOPLE.cio))
        .set('Last-Event-ID', 'not-an-id')
        .expect(400);
      expect(badResume.headers['content-type']).toMatch(/^application\/problem\+json/);
      await request(app.getHttpServer()).get('/api/v1/events').expect(401);
    } finally {
      for (const c of [cio, owner, otherOwner]) c.close();
    }
    // Disconnected clients are let go: the hub stops polling when the last one leaves.
    const hub = app.get<ProjectChangeHub, { listeners: Set<unknown> }>(ProjectChangeHub);
    await eventually(async () => Promise.resolve(hub.listeners.size === 0 ? true : undefined), 5_000, 'listeners gone');
  });

  it('ends the stream when the bearer token expires', async () => {
    const shortLived = await token({ sub: PEOPLE.cio.sub, roles: PEOPLE.cio.roles, expiresIn: '2s' });
    const client = new SseClient(`${baseUrl}/api/v1/events`, { Authorization: `Bearer ${shortLived}` });
    await client.waitFor(() => (client.comments.includes('connected') ? true : undefined), 'connected');
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      client.ended,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('the stream is still open')), 10_000))),
    ]).finally(() => clearTimeout(timer));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('keeps the pipeline counters (and the project list totals from them) equal to counting the rows: as deltas, folded, rebuilt, over deadline months', async () => {
    // Copies of a real project, written straight into the read model (no workflow of their own moves them), with
    // deadlines the counters must place: last month (overdue from the counters alone), earlier this month (overdue
    // from the task index), next month (not overdue), on hold (not overdue), escalated.
    const template = await api.register(`Monitoring sjabloon ${randomUUID().slice(0, 8)}`, 'Sjabloon');
    const dept = `Monitoring tellers ${randomUUID().slice(0, 8)}`;
    const db = await openDatabase(config);
    const copies: string[] = [];
    const copy = async (due: string, extra: { status?: string; escalation?: number } = {}): Promise<string> => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO project SELECT (jsonb_populate_record(NULL::project,
           to_jsonb(p) || jsonb_build_object('id', $2::uuid, 'workflow_id', 'copy-' || $2::text, 'department', $3::text,
                                              'status', coalesce($4, p.status)))).*
           FROM project p WHERE p.id = $1`,
        [template, id, dept, extra.status ?? null],
      );
      await db.query(
        `INSERT INTO task SELECT (jsonb_populate_record(NULL::task, to_jsonb(t) || jsonb_build_object(
           'id', $2::text || ':' || t.gate, 'project_id', $2::uuid, 'department', $3::text,
           'project_on_hold', $4::boolean, 'escalation_level', $5::int, 'due_at', (${due})))).*
           FROM task t WHERE t.project_id = $1 AND t.status = 'open'`,
        [template, id, dept, extra.status === 'on-hold', extra.escalation ?? 0],
      );
      copies.push(id);
      return id;
    };
    const ours = async (): Promise<{ projects: number; open: number; overdue: number; escalated: number }> => {
      const res = await pipeline({ department: dept });
      expect(res.status).toBe(200);
      const t = res.body.totals;
      await listTotalsAsRows();
      return { projects: t.projects, open: t.openTasks, overdue: t.overdue, escalated: t.openEscalations };
    };
    // The project list's `total` (read from the same counters) against a count of the rows, per filter; only this
    // test writes projects of these departments.
    const listTotalsAsRows = async (): Promise<void> => {
      for (const department of [dept, `${dept} (verhuisd)`]) {
        for (const filter of [
          {},
          { status: 'active' },
          { status: 'on-hold' },
          { currentGate: 'quick-scan' },
          { status: 'active', currentGate: 'quick-scan' },
          { currentGate: 'dpia' },
        ] as Array<{ status?: string; currentGate?: string }>) {
          const res = await request(app.getHttpServer())
            .get('/api/v1/projects')
            .query({ department, ...filter })
            .set('Authorization', await api.as(PEOPLE.cio));
          expect(res.status).toBe(200);
          const rows = await db.query<Array<{ n: number }>>(
            `SELECT count(*)::int AS n FROM project
              WHERE department = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR current_gate = $3)`,
            [department, filter.status ?? null, filter.currentGate ?? null],
          );
          expect({ department, filter, total: res.body.total }).toEqual({ department, filter, total: rows[0]?.n });
          expect(res.body.items).toHaveLength(Math.min(rows[0]?.n ?? 0, 25));
        }
      }
    };
    // The counters against a count of the rows, for every department of this run's database, at one instant.
    const sameAsRows = async (): Promise<void> => {
      await db.transaction('REPEATABLE READ', async (em) => {
        const sort = <T>(rows: T[]): T[] =>
          [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
        expect(sort(await countProjects(em, null))).toEqual(
          sort(
            await em.query(`SELECT department, coalesce(current_gate, 'none') AS gate, status, count(*)::int AS projects
                              FROM project GROUP BY 1, 2, 3`),
          ),
        );
        // Overdue at several instants: this month's part is counted from either side of `now` (before the 16th
        // the tasks due before it, after that the month's counter minus those due after it), so both sides run.
        const real = new Date();
        const instants = [
          real,
          new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), 2, 12)),
          new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), 15, 23, 59, 59)),
          new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth(), 16, 0, 0, 1)),
          new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth() + 1, 0, 20)), // the month's last day
          new Date(Date.UTC(real.getUTCFullYear(), real.getUTCMonth() - 1, 20)),
        ];
        for (const at of instants) {
          expect({ at, rows: sort(await countOpenTasks(em, null, at)) }).toEqual({
            at,
            rows: sort(
              await em.query(
                `SELECT department, gate, count(*)::int AS open,
                        count(*) FILTER (WHERE due_at < $1 AND NOT project_on_hold)::int AS overdue,
                        count(*) FILTER (WHERE escalation_level > 0)::int AS escalated
                   FROM task WHERE status = 'open' GROUP BY 1, 2`,
                [at.toISOString()],
              ),
            ),
          });
        }
      });
    };
    try {
      const lastMonth = await copy(`date_trunc('month', now()) - interval '3 days'`);
      const thisMonth = await copy(`greatest(date_trunc('month', now()), now() - interval '1 hour')`);
      const nextMonth = await copy(`date_trunc('month', now()) + interval '1 month 3 days'`);
      await copy(`date_trunc('month', now()) - interval '3 days'`, { status: 'on-hold' });
      await copy(`now() + interval '40 days'`, { escalation: 2 });
      expect(await ours()).toEqual({ projects: 5, open: 5, overdue: 2, escalated: 1 });
      await sameAsRows();

      // Folded: fewer delta rows to sum (other suites' workflows may still be writing), the same figures.
      const before = await db.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM pipeline_task_count_delta`);
      expect(before[0]?.n).toBeGreaterThan(0);
      await db.query('SELECT compact_pipeline_counts()');
      expect(await ours()).toEqual({ projects: 5, open: 5, overdue: 2, escalated: 1 });
      await sameAsRows();

      // Every kind of change: a task closed, a deadline moved into the past, a project moved to another department,
      // one deleted.
      await db.query(`UPDATE task SET status = 'closed', closed_at = now() WHERE project_id = $1`, [lastMonth]);
      await db.query(`UPDATE task SET due_at = now() - interval '2 months' WHERE project_id = $1`, [nextMonth]);
      await db.query(`UPDATE project SET department = $2 WHERE id = $1`, [thisMonth, `${dept} (verhuisd)`]);
      await db.query(`UPDATE task SET department = $2 WHERE project_id = $1`, [thisMonth, `${dept} (verhuisd)`]);
      expect(await ours()).toEqual({ projects: 4, open: 3, overdue: 1, escalated: 1 });
      await sameAsRows();
      await db.query(`DELETE FROM task WHERE project_id = $1`, [nextMonth]);
      await db.query(`DELETE FROM project WHERE id = $1`, [nextMonth]);
      copies.splice(copies.indexOf(nextMonth), 1);
      expect(await ours()).toEqual({ projects: 3, open: 2, overdue: 0, escalated: 1 });
      await db.query('SELECT compact_pipeline_counts()');
      await sameAsRows();
      await db.query('SELECT rebuild_pipeline_counts()');
      await sameAsRows();
      await listTotalsAsRows();

      // TRUNCATE fires no row trigger; the counters go with the rows (rolled back here: the database is shared).
      await db
        .transaction(async (em) => {
          await em.query('TRUNCATE task');
          expect(await countOpenTasks(em, null)).toEqual([]);
          throw new Error('roll back');
        })
        .catch((err: Error) => expect(err.message).toBe('roll back'));
      await sameAsRows();
    } finally {
      await db.query(`DELETE FROM task WHERE project_id = ANY($1::uuid[])`, [copies]);
      await db.query(`DELETE FROM project WHERE id = ANY($1::uuid[])`, [copies]);
      await db.destroy();
    }
  });

  it('gives exactly the lead times percentile_cont gives, over any window and department, from the class counts', async () => {
    // Synthetic lead times on copies of a real project (no workflow rewrites them): 2,500 gate completions and 300
    // decisions over two years and a bit, log-spread from under a second to 200 days, with ties, negative and unknown
    // openings, in three departments; then windows of every shape compared with percentile_cont over the rows.
    const template = await api.register(`Monitoring doorlooptijd ${randomUUID().slice(0, 8)}`, 'Sjabloon');
    const tag = randomUUID().slice(0, 8);
    const departments = [`Doorlooptijd A ${tag}`, `Doorlooptijd B ${tag}`, `Doorlooptijd C ${tag}`];
    const db = await openDatabase(config);
    const copies: string[] = [];
    let seed = 7;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const day = 86_400_000;
    const now = Date.now();
    const lead = (): number | null => {
      const r = random();
      if (r < 0.03) return null; // opening unknown: not counted
      if (r < 0.06) return -random() * 5; // opened after completion (clocks apart): class 0
      if (r < 0.15) return 3_600; // ties
      return Math.exp(Math.log(0.3) + random() * (Math.log(200 * 86_400) - Math.log(0.3)));
    };
    const copyProject = async (department: string): Promise<string> => {
      const id = randomUUID();
      await db.query(
        `INSERT INTO project SELECT (jsonb_populate_record(NULL::project,
           to_jsonb(p) || jsonb_build_object('id', $2::uuid, 'workflow_id', 'copy-' || $2::text, 'department', $3::text))).*
           FROM project p WHERE p.id = $1`,
        [template, id, department],
      );
      copies.push(id);
      return id;
    };
    try {
      const gates = ['quick-scan', 'dpia', 'commission-reflection', 'portfolio-decision', 'council-information'];
      const completions: unknown[][] = [];
      for (const department of departments) {
        const owner = await copyProject(department);
        for (let cycle = 1; completions.length < 2_500 * ((departments.indexOf(department) + 1) / 3); cycle++) {
          for (const gate of gates) {
            const completed = now - 760 * day + random() * 770 * day;
            const seconds = lead();
            completions.push([
              owner,
              gate,
              cycle,
              department,
              seconds === null ? null : new Date(completed - seconds * 1000),
              new Date(completed),
            ]);
          }
        }
      }
      for (let i = 0; i < completions.length; i += 500) {
        const chunk = completions.slice(i, i + 500);
        await db.query(
          `INSERT INTO project_gate_completion (project_id, gate, cycle, department, opened_at, completed_at)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::timestamptz[])`,
          [0, 1, 2, 3, 4, 5].map((c) => chunk.map((r) => r[c])),
        );
      }
      const outcomes = ['approved', 'approved-with-conditions', 'rejected', 'returned'];
      for (let i = 0; i < 300; i++) {
        const department = departments[i % 3];
        const id = await copyProject(department);
        const decided = now - 760 * day + random() * 770 * day;
        const seconds = Math.abs(lead() ?? 10);
        await db.query(
          `INSERT INTO project_decision (project_id, department, outcome, registered_at, decided_at)
           VALUES ($1, $2, $3, $4, $5)`,
          [id, department, outcomes[i % 4], new Date(decided - seconds * 1000), new Date(decided)],
        );
      }

      const monthStart = (offset: number): Date => {
        const d = new Date(now);
        return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + offset, 1));
      };
      const windows: Window[] = [
        { from: new Date(now - 365 * day), to: new Date(now) }, // the default
        { from: monthStart(-6), to: monthStart(-1) }, // whole months
        { from: monthStart(-3), to: new Date(monthStart(-3).getTime() + 10 * day) }, // inside one month
        { from: new Date(monthStart(-2).getTime() - 1), to: monthStart(-1) }, // a millisecond of the month before
        { from: new Date(now - 800 * day), to: new Date(now + 30 * day) }, // everything
        { from: new Date(now - 1000 * day), to: new Date(now - 900 * day) }, // nothing
      ];
      for (let i = 0; i < 14; i++) {
        const a = now - 780 * day + random() * 800 * day;
        const b = a + random() * (random() < 0.3 ? 20 * day : 500 * day);
        windows.push({ from: new Date(a), to: new Date(b) });
      }
      const compare = async (): Promise<number> => {
        let compared = 0;
        await db.transaction('REPEATABLE READ', async (em) => {
          for (const window of windows) {
            for (const department of [null, ...departments]) {
              const expected = await em.query<Array<{ gate: string; completed: number; median: number; p90: number }>>(
                `SELECT gate, count(seconds)::int AS completed,
                        percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                        percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                   FROM project_gate_completion
                  WHERE completed_at >= $1 AND completed_at < $2 AND ($3::text IS NULL OR department = $3)
                  GROUP BY gate HAVING count(seconds) > 0`,
                [window.from, window.to, department],
              );
              // One statement at a time: the gates' queries share this transaction's single connection.
              const got = await gateLeadTimes(limitConcurrency(em, 1), window, department);
              const byGate = (rows: Array<{ gate: string }>): unknown[] =>
                [...rows].sort((x, y) => x.gate.localeCompare(y.gate));
              expect(byGate(got)).toEqual(byGate(expected));
              const [e2e] = await em.query<Array<{ completed: number; median: number | null; p90: number | null }>>(
                `SELECT count(*)::int AS completed,
                        percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS median,
                        percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                   FROM project_decision
                  WHERE decided_at >= $1 AND decided_at < $2 AND ($3::text IS NULL OR department = $3)
                    AND outcome IN ('approved', 'approved-with-conditions', 'rejected')`,
                [window.from, window.to, department],
              );
              expect(await endToEndLeadTime(em, window, department)).toEqual(e2e);
              compared += expected.length + 1;
            }
          }
        });
        return compared;
      };
      // As deltas, folded, after a third of the rows went, and rebuilt.
      expect(await compare()).toBeGreaterThan(200);
      await db.query('SELECT compact_pipeline_counts()');
      await compare();
      await db.query(`DELETE FROM project_gate_completion WHERE project_id = ANY($1::uuid[]) AND cycle % 3 = 0`, [
        copies,
      ]);
      await db.query(`DELETE FROM project_decision WHERE project_id = ANY($1::uuid[]) AND random() < 0.3`, [copies]);
      await compare();
      await db.query('SELECT rebuild_pipeline_counts()');
      await compare();
    } finally {
      await db.query(`DELETE FROM project_gate_completion WHERE project_id = ANY($1::uuid[])`, [copies]);
      await db.query(`DELETE FROM project_decision WHERE project_id = ANY($1::uuid[])`, [copies]);
      await db.query(`DELETE FROM project WHERE id = ANY($1::uuid[])`, [copies]);
      await db.destroy();
    }
  });

  it('does not count the tasks of a project on hold as overdue, and keeps its derived figures equal to a rebuild', async () => {
    const heldDepartment = `Monitoring aangehouden ${randomUUID().slice(0, 8)}`;
    const held = await api.register(heldDepartment, 'Aangehouden project');
    const hold = await api.post(held, 'hold', PEOPLE.owner, { reason: 'Wachten op budget' });
    expect(hold.status).toBe(200);
    expect(hold.body.status).toBe('on-hold');
    const db = await openDatabase(config);
    try {
      // The task stays open with its deadline, which passes while the project is on hold.
      const [task] = await db.query<Array<{ due_at: Date; project_on_hold: boolean; department: string }>>(
        `SELECT due_at, project_on_hold, department FROM task WHERE project_id = $1 AND status = 'open'`,
        [held],
      );
      expect(task).toMatchObject({ project_on_hold: true, department: heldDepartment });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, task.due_at.getTime() - Date.now()) + 500));
      const res = await pipeline({ department: heldDepartment });
      expect(res.status).toBe(200);
      expect(res.body.totals).toMatchObject({ projects: 1, openTasks: 1, overdue: 0 });
      expect(res.body.totals.byStatus['on-hold']).toBe(1);

      // What the trigger and the read model kept with every write is what a rebuild makes from the projects, for
      // every project of this run's database (all suites' projects, not only this one's).
      const derived = async (): Promise<unknown[]> =>
        db.query(
          `SELECT 'gate' AS kind, project_id::text, gate AS key, cycle::text AS n, department, opened_at::text AS a,
                  completed_at::text AS b
             FROM project_gate_completion
           UNION ALL
           SELECT 'decision', project_id::text, outcome, NULL, department, registered_at::text, decided_at::text
             FROM project_decision
           UNION ALL
           SELECT 'task', project_id::text, id, project_on_hold::text, department, NULL, NULL
             FROM task WHERE status = 'open'
           ORDER BY 1, 2, 3, 4`,
        );
      const kept = await derived();
      expect(kept.filter((r) => (r as { kind: string }).kind === 'gate').length).toBeGreaterThan(3);
      expect(kept.filter((r) => (r as { kind: string }).kind === 'decision').length).toBeGreaterThan(0);
      await db.query('SELECT rebuild_project_figures()');
      expect(await derived()).toEqual(kept);
    } finally {
      await db.destroy();
    }
  });
});
