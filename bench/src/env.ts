import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { Client as PgClient } from 'pg';
import { sleep } from './stats';

/** The repository root (this file runs from bench/dist). */
export const ROOT = resolve(__dirname, '..', '..');

export interface DevServer {
  address: string;
  cli: string;
  pid?: number;
  reused: boolean;
  stop(): Promise<void>;
}

interface TemporalScript {
  freePort(): Promise<number>;
  /** The Temporal CLI's path (built with Go when missing), or null without Go */
  ensureTemporalCli(): string;
  startDevServer(options: {
    address?: string;
    headless?: boolean;
    logLevel?: string;
    logFile?: string;
    readyTimeoutMs?: number;
    dynamicConfig?: Record<string, unknown>;
  }): Promise<DevServer>;
}

/** scripts/lib/temporal.cjs: the same script `npm start` and the test suites get their Temporal server from. */
export function temporalScript(): TemporalScript {
  return createRequire(__filename)(join(ROOT, 'scripts', 'lib', 'temporal.cjs')) as TemporalScript;
}

export function freePort(): Promise<number> {
  return temporalScript().freePort();
}

/** A database URL on the admin server with another database name. */
export function databaseUrl(adminUrl: string, name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A child Node process (API, worker) whose output goes to a log file; `exited` tells whether it died. */
export class NodeChild {
  readonly child: ChildProcess;
  exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;

  constructor(
    readonly name: string,
    script: string,
    env: Record<string, string>,
    readonly logFile: string,
    nodeArgs: string[] = [],
  ) {
    const out = openSync(logFile, 'a');
    this.child = spawn(process.execPath, [...nodeArgs, script], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', out, out],
    });
    closeSync(out);
    this.child.once('exit', (code, signal) => {
      this.exited = { code, signal };
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The last lines of its log, for an error message. */
  tail(lines = 30): string {
    if (!existsSync(this.logFile)) return '';
    return readFileSync(this.logFile, 'utf8').split('\n').slice(-lines).join('\n');
  }

  /** SIGTERM (the worker drains), SIGKILL after `graceMs`. */
  stop(graceMs = 15_000): Promise<void> {
    return new Promise((done) => {
      if (this.exited || this.child.exitCode !== null || this.child.signalCode !== null) return done();
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      this.child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      this.child.kill('SIGTERM');
    });
  }
}

/** Waits until `url` answers 200, failing early when `child` died. */
export async function waitForHttp(url: string, child: NodeChild, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exited) throw new Error(`${child.name} exited (${JSON.stringify(child.exited)}):\n${child.tail()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${child.tail()}`);
}

/**
 * Keeps the process ids of the PostgreSQL backends serving our databases current (from pg_stat_activity), so the
 * CPU sampler can tell our share of PostgreSQL from other users' (test suites on the same server).
 */
export class PgBackends {
  readonly pids = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly client: PgClient;

  constructor(
    adminUrl: string,
    private readonly databases: () => string[],
  ) {
    this.client = new PgClient({ connectionString: adminUrl, application_name: 'waardenpoort-bench-sampler' });
  }

  async start(): Promise<void> {
    await this.client.connect();
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), 1000);
    this.timer.unref();
  }

  async refresh(): Promise<void> {
    const rows = await this.client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid()`,
      [this.databases()],
    );
    this.pids.clear();
    for (const r of rows.rows) this.pids.add(r.pid);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.client.end().catch(() => undefined);
  }
}

export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  loadAverageAtStart: number[];
  node: string;
  platform: string;
  postgres: string;
  temporalCli: string;
  commit: string;
}

export async function machineInfo(adminUrl: string, temporalCli: string): Promise<MachineInfo> {
  const pg = new PgClient({ connectionString: adminUrl });
  await pg.connect();
  const version = (await pg.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0]?.v ?? '?';
  await pg.end();
  const cli = spawnSync(temporalCli, ['--version'], { encoding: 'utf8' });
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' });
  return {
    cores: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '?',
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    postgres: version,
    temporalCli: (cli.stdout || '').trim() || '?',
    commit: `${(git.stdout || '').trim() || '?'}${(dirty.stdout || '').trim() ? ' (with uncommitted changes)' : ''}`,
  };
}
