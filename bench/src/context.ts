import type { Client } from '@temporalio/client';
import type { Policy } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { byPid, type CpuReport, CpuSampler, pidSet, postgresAll, type ProcessGroup } from './cpu';
import type { NodeChild, PgBackends } from './env';
import type { ApiClient } from './http';

export interface BenchContext {
  runId: string;
  quick: boolean;
  cores: number;
  tmpDir: string;
  adminUrl: string;
  /** The application database the API and worker use (migrated, app role), and an owner connection to it */
  appDbUrl: string;
  appDb: DataSource;
  api: ApiClient;
  apiChild: NodeChild;
  workerChild: NodeChild;
  /** The Temporal server: the bench's own dev server, or the services of `npm run stack` (--temporal-address) */
  temporal: { address: string; namespace: string; pids: number[]; kind: 'dev server' | 'stack' };
  /** The bare side's client: Temporal's defaults */
  client: Client;
  /** Waardenpoort's client settings (its data converter), for Waardenpoort workflows started without the API */
  waardenpoortClient: Client;
  /** The real worker's task queue and the bare worker's */
  taskQueue: string;
  bareQueue: string;
  /** The bare workflows bundled, for bare worker processes */
  bareBundlePath: string;
  /** The policy as deployed (policy/waardenpoort-policy.v1.yaml) */
  policy: Policy;
  pg: PgBackends;
  /** Environment for API and worker processes (database, Temporal, secrets, logging) */
  childEnv: Record<string, string>;
  log(line: string): void;
}

/** A CPU sampler over the processes of this run: API, worker, Temporal, PostgreSQL (ours and all), the bench. */
export function newSampler(ctx: BenchContext, extra: ProcessGroup[] = [], api: NodeChild | null = ctx.apiChild) {
  const groups: ProcessGroup[] = [
    byPid('API', () => api?.pid),
    byPid('worker', () => ctx.workerChild.pid),
    ...extra,
    pidSet(`Temporal (${ctx.temporal.kind})`, new Set(ctx.temporal.pids)),
    pidSet('PostgreSQL (our databases)', ctx.pg.pids),
    postgresAll(),
    byPid('bench (client, bare worker)', () => process.pid),
  ];
  return new CpuSampler(groups, 500, ctx.cores);
}

/** Adds up reports of several measured stretches (the rounds of one variant). */
export function mergeCpu(reports: CpuReport[]): CpuReport | null {
  const first = reports[0];
  if (!first) return null;
  const wall = reports.reduce((s, r) => s + r.wallSeconds, 0);
  const machineSeconds = reports.reduce((s, r) => s + (r.machinePercentOfCore * r.wallSeconds) / 100, 0);
  return {
    wallSeconds: Math.round(wall * 10) / 10,
    cores: first.cores,
    machinePercentOfCore: Math.round((machineSeconds / wall) * 100),
    groups: first.groups.map((g) => {
      const all = reports.map((r) => r.groups.find((x) => x.name === g.name));
      const seconds = all.reduce((s, x) => s + (x?.cpuSeconds ?? 0), 0);
      return {
        name: g.name,
        cpuSeconds: Math.round(seconds * 10) / 10,
        percentOfCore: Math.round((seconds / wall) * 100),
        peakRssMiB: Math.max(...all.map((x) => x?.peakRssMiB ?? 0)),
      };
    }),
  };
}
