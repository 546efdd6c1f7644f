import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on every Linux the bench runs on). */
const CLK_TCK = 100;
const PAGE_BYTES = 4096;

export interface ProcStat {
  pid: number;
  comm: string;
  ppid: number;
  /** utime + stime, in ticks */
  ticks: number;
  rssBytes: number;
}

function readStat(pid: number): ProcStat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    // Fields after the command name start at field 3 (state): utime is field 14, stime 15, rss 24.
    const f = text
      .slice(close + 2)
      .trim()
      .split(' ');
    return {
      pid,
      comm,
      ppid: Number(f[1]),
      ticks: Number(f[11]) + Number(f[12]),
      rssBytes: Number(f[21]) * PAGE_BYTES,
    };
  } catch {
    return null; // gone between the listing and the read
  }
}

function allProcesses(): ProcStat[] {
  const out: ProcStat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const s = readStat(Number(name));
    if (s) out.push(s);
  }
  return out;
}

/** Busy and total ticks of the whole machine (all cores), from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const total = v.slice(0, 8).reduce((s, x) => s + x, 0);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  return { busy: total - idle, total };
}

/** A set of processes whose CPU is added up under one name; `pids` is asked again at every sample. */
export interface ProcessGroup {
  name: string;
  /** Processes of the group, from the current process table (pid → stat). */
  select(table: Map<number, ProcStat>): number[];
}

export interface GroupCpu {
  name: string;
  cpuSeconds: number;
  /** Share of one core over the wall time (100 = one core fully busy; the machine has `cores` × 100) */
  percentOfCore: number;
  peakRssMiB: number;
}

export interface CpuReport {
  wallSeconds: number;
  cores: number;
  /** Every process of the machine, ours and others' (other test suites, ...), as % of one core */
  machinePercentOfCore: number;
  groups: GroupCpu[];
}

export function byPid(name: string, pid: () => number | null | undefined): ProcessGroup {
  return {
    name,
    select: (table) => {
      const p = pid();
      return p && table.has(p) ? [p] : [];
    },
  };
}

/** Processes whose ids someone else keeps current (the backends of our databases, from pg_stat_activity). */
export function pidSet(name: string, pids: ReadonlySet<number>): ProcessGroup {
  return { name, select: (table) => [...pids].filter((p) => table.has(p)) };
}

/** PostgreSQL server processes: the postmaster's children (backends of every database, background workers). */
export function postgresAll(): ProcessGroup {
  return {
    name: 'postgres (all processes)',
    select: (table) => {
      const out: number[] = [];
      for (const s of table.values()) if (s.comm === 'postgres' || s.comm.startsWith('postgres')) out.push(s.pid);
      return out;
    },
  };
}

/**
 * Samples /proc every `intervalMs` while running. Ticks are added per pid between consecutive samples, so a
 * process that appears or exits mid-run counts for the part the sampler saw.
 */
export class CpuSampler {
  private timer: NodeJS.Timeout | null = null;
  private last = new Map<string, number>();
  private readonly cpu = new Map<string, number>();
  private readonly rss = new Map<string, number>();
  private startedAt = 0;
  private machineStart = { busy: 0, total: 0 };

  constructor(
    private readonly groups: ProcessGroup[],
    private readonly intervalMs = 1000,
    private readonly cores = 1,
  ) {}

  start(): this {
    this.startedAt = Date.now();
    this.machineStart = machineTicks();
    this.sample(true);
    this.timer = setInterval(() => this.sample(false), this.intervalMs);
    this.timer.unref();
    return this;
  }

  private sample(first: boolean): void {
    const table = new Map(allProcesses().map((s) => [s.pid, s]));
    for (const g of this.groups) {
      let rss = 0;
      for (const pid of new Set(g.select(table))) {
        const s = table.get(pid);
        if (!s) continue;
        rss += s.rssBytes;
        const key = `${g.name}:${pid}`;
        if (!first) {
          // A process first seen now (a new database connection) counts from here on.
          const before = this.last.get(key);
          const delta = before === undefined ? 0 : s.ticks - before;
          this.cpu.set(g.name, (this.cpu.get(g.name) ?? 0) + Math.max(0, delta));
        }
        this.last.set(key, s.ticks);
      }
      this.rss.set(g.name, Math.max(this.rss.get(g.name) ?? 0, rss));
    }
  }

  stop(): CpuReport {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample(false);
    const wallSeconds = (Date.now() - this.startedAt) / 1000;
    const m = machineTicks();
    const machineBusy = (m.busy - this.machineStart.busy) / CLK_TCK;
    return {
      wallSeconds: Math.round(wallSeconds * 10) / 10,
      cores: this.cores,
      machinePercentOfCore: Math.round((machineBusy / wallSeconds) * 100),
      groups: this.groups.map((g) => {
        const seconds = (this.cpu.get(g.name) ?? 0) / CLK_TCK;
        return {
          name: g.name,
          cpuSeconds: Math.round(seconds * 10) / 10,
          percentOfCore: Math.round((seconds / wallSeconds) * 100),
          peakRssMiB: Math.round((this.rss.get(g.name) ?? 0) / 1048576),
        };
      }),
    };
  }
}

/**
 * Waits until the machine is quiet again (under `quietPercent` of one core, all processes, over two 250 ms windows
 * in a row), at most `maxMs`: the work a measured stretch leaves behind (the last workflow tasks, visibility writes
 * Temporal does later) is then charged to that stretch, not to the next one. Returns how long it waited.
 */
export async function settle(cores: number, quietPercent = 15, maxMs = 20_000): Promise<number> {
  const started = Date.now();
  let quietWindows = 0;
  while (Date.now() - started < maxMs && quietWindows < 2) {
    const a = machineTicks();
    await new Promise((r) => setTimeout(r, 250));
    const b = machineTicks();
    const percentOfCore = ((b.busy - a.busy) / Math.max(1, b.total - a.total)) * cores * 100;
    quietWindows = percentOfCore < quietPercent ? quietWindows + 1 : 0;
  }
  return Date.now() - started;
}

/** Resident memory of one process now, in MiB (0 when it is gone). */
export function rssMiB(pid: number | readonly number[] | null | undefined): number {
  if (!pid) return 0;
  if (typeof pid !== 'number') return pid.reduce((sum, p) => sum + rssMiB(p), 0);
  const s = readStat(pid);
  return s ? Math.round(s.rssBytes / 1048576) : 0;
}

export function cpuTable(r: CpuReport): string {
  const lines = r.groups.map(
    (g) =>
      `    ${g.name.padEnd(34)} ${g.cpuSeconds.toFixed(1).padStart(7)} s CPU  ${String(g.percentOfCore).padStart(4)} % of a core` +
      (g.peakRssMiB ? `  peak RSS ${g.peakRssMiB} MiB` : ''),
  );
  lines.push(
    `    ${'whole machine (all processes)'.padEnd(34)} ${((r.machinePercentOfCore * r.wallSeconds) / 100).toFixed(1).padStart(7)} s CPU  ${String(r.machinePercentOfCore).padStart(4)} % of a core (${r.cores} cores = ${r.cores * 100} %)`,
  );
  return `  where the time goes (${r.wallSeconds} s wall):\n${lines.join('\n')}`;
}
