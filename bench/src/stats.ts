import { Presets, SingleBar } from 'cli-progress';

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Linear interpolation between the closest ranks (the same as PostgreSQL's percentile_cont). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo];
  const b = sorted[hi];
  return a + (b - a) * (rank - lo);
}

export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  };
}

/** Rounds every number of a summary for the report (ms with one decimal). */
export function rounded(s: Summary, digits = 1): Summary {
  const f = 10 ** digits;
  const r = (v: number): number => (Number.isFinite(v) ? Math.round(v * f) / f : v);
  return { n: s.n, min: r(s.min), p50: r(s.p50), p95: r(s.p95), p99: r(s.p99), max: r(s.max), mean: r(s.mean) };
}

/** Runs `fn` over `items` with at most `concurrency` calls in flight; the first failure rejects. */
export async function pool<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed: unknown = null;
  const runners = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (failed === null) {
      const i = next++;
      if (i >= items.length) return;
      try {
        await fn(items[i], i);
      } catch (err) {
        failed ??= err;
      }
    }
  });
  await Promise.all(runners);
  if (failed !== null) throw failed instanceof Error ? failed : new Error(JSON.stringify(failed));
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export interface Progress {
  increment(by?: number): void;
  update(value: number): void;
  setTotal(total: number): void;
  stop(): void;
}

/** A progress bar on stderr; without a terminal it prints a line every few seconds instead of redrawing. */
export function progress(label: string, total: number): Progress {
  const bar = new SingleBar(
    {
      format: `  ${label.padEnd(44)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted}`,
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 5000,
      barsize: 24,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    increment: (by = 1) => bar.increment(by),
    update: (value) => bar.update(value),
    setTotal: (t) => bar.setTotal(t),
    stop: () => bar.stop(),
  };
}

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function fmtInt(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a';
}
