import {
  APP_ROLE,
  dataSourceOptions,
  ProjectReadModelRepository,
  ReportRepository,
  urlForLogin,
} from '@waardenpoort/persistence';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { type BenchContext, newSampler } from './context';
import { type CpuReport, cpuTable } from './cpu';
import { freePort, NodeChild, ROOT, waitForHttp } from './env';
import { ApiClient, PEOPLE, type Person } from './http';
import { fmt, progress, rounded, summarize, type Summary } from './stats';
import { TARGETS } from './targets';

export interface QueryPlan {
  label: string;
  sql: string;
  params: unknown[];
  plan: string;
  executionMs: number | null;
}

export interface EndpointVariant {
  endpoint: 'projects' | 'pipeline';
  path: string;
  latencyMs: Summary;
  met: boolean;
}

export interface MonitoringResult {
  data: { projects: number; tasks: number; auditEvents: number; loadSeconds: number; hashesValid: boolean };
  pipelineEndpoint: 'api' | 'absent: equivalent SQL';
  variants: EndpointVariant[];
  projectsP95: number;
  pipelineP95: number;
  target: string;
  met: boolean;
  plans: QueryPlan[];
  cpu: CpuReport;
}

/** Collects the SQL TypeORM sends, with its parameters, so each statement can be EXPLAINed as it ran. */
class RecordingLogger implements TypeOrmLogger {
  label = '';
  readonly queries: Array<{ label: string; sql: string; params: unknown[] }> = [];
  logQuery(query: string, parameters?: unknown[]): void {
    if (this.label && /^\s*(SELECT|WITH)\b/i.test(query))
      this.queries.push({ label: this.label, sql: query, params: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

interface PipelineModule {
  PipelineService: new (reports: ReportRepository) => { report(query: Record<string, string>): Promise<unknown> };
}

/** The monitoring service of apps/api as built, if another engineer's work has landed by the time we run. */
function loadPipelineModule(): PipelineModule | null {
  const file = join(ROOT, 'apps', 'api', 'dist', 'monitoring', 'pipeline.service.js');
  if (!existsSync(file)) return null;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(file) as PipelineModule;
}

/** Runs each captured statement under EXPLAIN (ANALYZE, BUFFERS), in the settings the service runs it with. */
async function explain(url: string, captured: RecordingLogger['queries']): Promise<QueryPlan[]> {
  const seen = new Set<string>();
  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  const plans: QueryPlan[] = [];
  try {
    for (const q of captured) {
      const key = `${q.label}|${q.sql}|${JSON.stringify(q.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await pg.query('BEGIN READ ONLY');
      // As the services run them: the database has JIT off (migration PipelineFigures1765100000000).
      const res = await pg.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params);
      await pg.query('ROLLBACK');
      const plan = res.rows.map((r) => r['QUERY PLAN']).join('\n');
      const m = /Execution Time: ([\d.]+) ms/.exec(plan);
      plans.push({
        label: q.label,
        sql: q.sql.replace(/\s+/g, ' ').trim(),
        params: q.params,
        plan,
        executionMs: m ? Number(m[1]) : null,
      });
    }
  } finally {
    await pg.end();
  }
  return plans;
}

async function capturePlans(url: string, firstDepartment: string): Promise<QueryPlan[]> {
  const logger = new RecordingLogger();
  const ds = new DataSource({
    ...dataSourceOptions({ url, poolSize: 2, applicationName: 'waardenpoort-bench-explain' }),
    logging: ['query'],
    logger,
  });
  await ds.initialize();
  try {
    const repo = new ProjectReadModelRepository(ds);
    const lists: Array<[string, Parameters<ProjectReadModelRepository['list']>[0]]> = [
      ['projects: page 1', { limit: 25, offset: 0 }],
      ['projects: status=active&currentGate=dpia', { status: 'active', currentGate: 'dpia', limit: 25, offset: 0 }],
      [`projects: department=${firstDepartment}`, { department: firstDepartment, limit: 25, offset: 0 }],
      ['projects: page 2000 (offset 49,975)', { limit: 25, offset: 49_975 }],
      [
        'projects as case owner eigenaar.7',
        { limit: 25, offset: 0, reader: { sub: 'eigenaar.7', roles: ['case-owner'] } },
      ],
      [
        `projects as department head of ${firstDepartment}`,
        {
          limit: 25,
          offset: 0,
          reader: { sub: 'hans.hoofd', roles: ['department-head'], department: firstDepartment },
        },
      ],
      ['projects as DPO', { limit: 25, offset: 0, reader: { sub: 'fenna.fg', roles: ['dpo'] } }],
      ['projects as DPO, page 400', { limit: 25, offset: 9_975, reader: { sub: 'fenna.fg', roles: ['dpo'] } }],
      [
        'projects as ethics secretary',
        { limit: 25, offset: 0, reader: { sub: 'sam.secretaris', roles: ['ethics-secretary'] } },
      ],
    ];
    for (const [label, filter] of lists) {
      logger.label = label;
      await repo.list(filter);
    }
    const mod = loadPipelineModule();
    if (mod) {
      const service = new mod.PipelineService(new ReportRepository(ds));
      logger.label = 'pipeline: all departments';
      await service.report({});
      logger.label = `pipeline: department=${firstDepartment}`;
      await service.report({ department: firstDepartment });
    }
  } finally {
    await ds.destroy();
  }
  return explain(url, logger.queries);
}

/**
 * Benchmark 3: the project list and the pipeline report over the bulk-loaded database, through a second API
 * process pointed at it. Sequential requests, the variants taking turns; each variant stops at `samples` or after
 * `budgetMs` (then with at least 5 samples), so a slow report cannot eat the run.
 */
export async function benchMonitoring(
  ctx: BenchContext,
  opts: {
    url: string;
    data: { projects: number; tasks: number; auditEvents: number; loadSeconds: number };
    samples: number;
    budgetMs: number;
    department: string;
  },
): Promise<MonitoringResult> {
  ctx.log(
    `\n3. Monitoring at scale: ${opts.data.projects.toLocaleString('en-US')} projects, ${opts.data.tasks.toLocaleString('en-US')} tasks, ${opts.data.auditEvents.toLocaleString('en-US')} audit events`,
  );
  const port = await freePort();
  const child = new NodeChild(
    'api-scale',
    join(ROOT, 'apps', 'api', 'dist', 'main.js'),
    {
      ...ctx.childEnv,
      // The application's login (production refuses a superuser); the bench itself loads and reads as the superuser.
      DATABASE_URL: urlForLogin(opts.url, APP_ROLE),
      PORT: String(port),
    },
    join(ctx.tmpDir, 'api-scale.log'),
  );
  let api: ApiClient | null = null;
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/health`, child);
    api = new ApiClient(base, ctx.api.secret);
    const probe = await api.request('GET', '/api/v1/monitoring/pipeline', PEOPLE.cio);
    const hasPipeline = probe.status === 200;
    const dept = encodeURIComponent(opts.department);
    const paths: Array<[EndpointVariant['endpoint'], string]> = [
      ['projects', '/api/v1/projects'],
      ['projects', '/api/v1/projects?status=active'],
      ['projects', '/api/v1/projects?status=active&currentGate=dpia'],
      ['projects', `/api/v1/projects?department=${dept}`],
      ['projects', `/api/v1/projects?department=${dept}&status=on-hold`],
      ['projects', '/api/v1/projects?pageSize=200'],
      ['projects', '/api/v1/projects?page=400'],
      ['projects', '/api/v1/projects?page=2000'],
      // The read scope (READ_SCOPE): the same list as readers who see part of it, filtered in SQL before paging.
      ['projects', '/api/v1/projects as case-owner'],
      ['projects', '/api/v1/projects as department-head'],
      ['projects', '/api/v1/projects?status=active as department-head'],
      ['projects', '/api/v1/projects as dpo'],
      ['projects', '/api/v1/projects?page=400 as dpo'],
      ['projects', '/api/v1/projects as ethics-secretary'],
    ];
    // `<path> as <role>`: asked by a reader of that role (scale data: case owner eigenaar.7 owns ~200 projects).
    const readers: Record<string, Person> = {
      'case-owner': { sub: 'eigenaar.7', roles: ['case-owner'], name: 'Eigenaar 7' },
      'department-head': {
        sub: 'hans.hoofd',
        roles: ['department-head'],
        name: 'Hans Hoofd',
        department: opts.department,
      },
      dpo: { sub: 'fenna.fg', roles: ['dpo'], name: 'Fenna de FG' },
      'ethics-secretary': { sub: 'sam.secretaris', roles: ['ethics-secretary'], name: 'Sam Secretaris' },
    };
    const ask = (path: string): Promise<{ status: number; ms: number }> => {
      const [url, who] = path.split(' as ');
      return api!.request('GET', url, (who ? readers[who] : undefined) ?? PEOPLE.cio);
    };
    if (hasPipeline) {
      paths.push(['pipeline', '/api/v1/monitoring/pipeline']);
      paths.push(['pipeline', `/api/v1/monitoring/pipeline?department=${dept}`]);
    }
    // Warm-up: a few of each, not measured.
    for (const [, path] of paths) for (let i = 0; i < 2; i++) await ask(path);

    const times = new Map<string, number[]>(paths.map(([, p]) => [p, []]));
    const spent = new Map<string, number>(paths.map(([, p]) => [p, 0]));
    const sampler = newSampler(ctx, [], child).start();
    const bar = progress('monitoring: requests', paths.length * opts.samples);
    for (let round = 0; round < opts.samples; round++) {
      for (const [, path] of paths) {
        const got = times.get(path) ?? [];
        if ((spent.get(path) ?? 0) > opts.budgetMs && got.length >= 5) {
          bar.increment();
          continue;
        }
        const res = await ask(path);
        if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
        got.push(res.ms);
        spent.set(path, (spent.get(path) ?? 0) + res.ms);
        bar.increment();
      }
    }
    bar.stop();
    const cpu = sampler.stop();

    const variants: EndpointVariant[] = paths.map(([endpoint, path]) => {
      const s = rounded(summarize(times.get(path) ?? []));
      return { endpoint, path, latencyMs: s, met: s.p95 < TARGETS.monitoringP95Ms };
    });
    const all = (e: EndpointVariant['endpoint']): number[] =>
      paths.filter(([x]) => x === e).flatMap(([, p]) => times.get(p) ?? []);
    const projectsP95 = rounded(summarize(all('projects'))).p95;
    const pipelineP95 = hasPipeline ? rounded(summarize(all('pipeline'))).p95 : Number.NaN;

    ctx.log('  EXPLAIN (ANALYZE, BUFFERS) of the statements behind them…');
    const plans = await capturePlans(opts.url, opts.department);
    if (!hasPipeline) plans.push(...(await equivalentPipelineSql(opts.url)));

    const result: MonitoringResult = {
      data: { ...opts.data, hashesValid: true },
      pipelineEndpoint: hasPipeline ? 'api' : 'absent: equivalent SQL',
      variants,
      projectsP95,
      pipelineP95,
      target: `p95 < ${TARGETS.monitoringP95Ms} ms for each request`,
      met: variants.every((v) => v.met),
      plans,
      cpu,
    };
    for (const v of variants) {
      ctx.log(
        `  GET ${v.path.padEnd(62)} n ${String(v.latencyMs.n).padStart(3)}  p50 ${fmt(v.latencyMs.p50).padStart(8)}  p95 ${fmt(v.latencyMs.p95).padStart(8)}  p99 ${fmt(v.latencyMs.p99).padStart(8)} ms ${v.met ? '' : ` ← over ${TARGETS.monitoringP95Ms} ms`}`,
      );
    }
    ctx.log(
      `  p95 over all list requests ${fmt(projectsP95)} ms; pipeline ${hasPipeline ? `${fmt(pipelineP95)} ms` : 'endpoint absent (equivalent SQL EXPLAINed)'}; target p95 < ${TARGETS.monitoringP95Ms} ms: ${result.met ? 'met' : 'MISSED'}`,
    );
    for (const p of plans)
      ctx.log(`  plan ${p.label.padEnd(48)} execution ${p.executionMs === null ? '?' : fmt(p.executionMs)} ms`);
    ctx.log(cpuTable(cpu));
    return result;
  } finally {
    api?.close();
    await child.stop();
  }
}

/** When the pipeline endpoint is absent: what it would ask, as plain SQL, EXPLAINed. */
async function equivalentPipelineSql(url: string): Promise<QueryPlan[]> {
  return explain(url, [
    {
      label: 'pipeline (equivalent SQL): projects per gate and status',
      sql: `SELECT department, coalesce(current_gate, 'none') AS gate, status, count(*)::int FROM project GROUP BY 1, 2, 3`,
      params: [],
    },
    {
      label: 'pipeline (equivalent SQL): open and overdue tasks per gate',
      sql: `SELECT p.department, t.gate, count(*)::int AS open,
              count(*) FILTER (WHERE t.due_at < now() AND p.status <> 'on-hold')::int AS overdue,
              count(*) FILTER (WHERE t.escalation_level > 0)::int AS escalated
             FROM task t JOIN project p ON p.id = t.project_id WHERE t.status = 'open' GROUP BY 1, 2`,
      params: [],
    },
  ]);
}
