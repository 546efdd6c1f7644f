/**
 * The benchmarks' targets, in one place: each benchmark says "met" against these, the reports print them, and
 * `npm run bench -- --stack` holds both Temporal servers' figures against the same values.
 */
export const TARGETS = {
  /** Benchmark 1: Waardenpoort's intake throughput at least this share of bare Temporal's */
  intakeRatio: 0.9,
  /** Benchmark 2: a gate action's p99 at most this many times bare Temporal's with the same activities */
  gateP99Ratio: 1.5,
  /** Benchmark 2, reported beside it: a gate action's p50 against Temporal's own floor (an Update doing nothing) */
  gateP50FloorRatio: 3,
  /** Benchmark 3: every monitoring request's p95 under this (ms); --full loads 1,000,000 projects */
  monitoringP95Ms: 50,
  /** Benchmark 4: reminder lateness p99 under this (ms), and each worker's RSS under this (MiB) */
  reminderLatenessP99Ms: 500,
  workerRssMiB: 1024,
  /** Benchmark 5: audit verification at least this many events per second */
  auditEventsPerSecond: 150_000,
} as const;

/** 150000 → "150,000" for the targets' texts. */
export const thousands = (n: number): string => n.toLocaleString('en-US');
