import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AuditVerification, ChainRange } from './verify-chains';
import type { WitnessPins } from './checkpoint';

/** How a worker thread connects: the data source's URL and its connection options (the role, if any). */
export interface VerifyConnection {
  connectionString: string;
  options?: string;
}

/** What a worker thread gets (see verify-worker.ts). */
export interface VerifyWorkerData {
  connection: VerifyConnection;
  snapshot: string;
  range: ChainRange;
  batchSize: number;
  /** The witnesses' heads of the chains in `range` */
  pins: WitnessPins;
}

export type VerifyWorkerMessage =
  | { type: 'progress'; events: number }
  | { type: 'done'; result: AuditVerification }
  | { type: 'error'; message: string };

/** `n` ranges of project ids, of about equal size for random (v4) uuids, in id order. */
function chainRanges(n: number): ChainRange[] {
  const bounds: Array<string | null> = [null];
  for (let i = 1; i < n; i++) {
    const prefix = Math.floor((i * 0x1_0000_0000) / n);
    bounds.push(`${prefix.toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`);
  }
  bounds.push(null);
  return bounds.slice(0, -1).map((from, i) => ({ from, to: bounds[i + 1] ?? null }));
}

/** The compiled worker script (tests run the TypeScript sources; the thread runs the build). */
function workerScript(): string {
  return __filename.endsWith('.ts')
    ? join(__dirname, '..', '..', 'dist', 'audit', 'verify-worker.js')
    : join(__dirname, 'verify-worker.js');
}

/**
 * Checks every chain with `n` worker threads, each on its own connection and its own range of project ids, all
 * reading the exported `snapshot` (the caller's transaction keeps it alive until this resolves). The result is what
 * one pass in project id order gives: on a break, the counts up to and including the first broken row of the
 * first range that has one, and that row.
 */
export async function verifyInParallel(
  connection: VerifyConnection,
  snapshot: string,
  n: number,
  batchSize: number,
  onProgress?: (events: number) => void,
  pins: WitnessPins = new Map(),
): Promise<AuditVerification> {
  const ranges = chainRanges(n);
  const checked = ranges.map(() => 0);
  const workers: Worker[] = [];
  try {
    const results = await Promise.all(
      ranges.map(
        (range, i) =>
          new Promise<AuditVerification>((resolve, reject) => {
            const workerData: VerifyWorkerData = { connection, snapshot, range, batchSize, pins: pinsIn(pins, range) };
            const worker = new Worker(workerScript(), { workerData });
            workers.push(worker);
            let settled = false;
            worker.on('message', (m: VerifyWorkerMessage) => {
              if (m.type === 'progress') {
                checked[i] = m.events;
                onProgress?.(checked.reduce((a, b) => a + b, 0));
              } else if (m.type === 'done') {
                settled = true;
                resolve(m.result);
              } else {
                settled = true;
                reject(new Error(`verifying ${range.from ?? 'start'}..${range.to ?? 'end'}: ${m.message}`));
              }
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (!settled) reject(new Error(`a verify worker stopped (exit code ${code}) before it was done`));
            });
          }),
      ),
    );
    let projects = 0;
    let events = 0;
    for (const r of results) {
      projects += r.projects;
      events += r.events;
      if (!r.ok) return { ok: false, projects, events, firstBroken: r.firstBroken };
    }
    return { ok: true, projects, events };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The pins of the chains whose project id lies in `range`. */
function pinsIn(pins: WitnessPins, range: ChainRange): WitnessPins {
  if (range.from === null && range.to === null) return pins;
  const out: WitnessPins = new Map();
  for (const [id, p] of pins) {
    if ((range.from === null || id >= range.from) && (range.to === null || id < range.to)) out.set(id, p);
  }
  return out;
}
