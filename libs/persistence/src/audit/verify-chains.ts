import { hash } from 'node:crypto';
import { Query, type QueryArrayConfig } from 'pg';
import { AUDIT_TEXT_COLUMNS, type AuditTextRow, COL, columnsMatchCanonical } from './audit-columns';
import { GENESIS_HASH } from './audit-chain';
import type { WitnessPin, WitnessPins } from './checkpoint';

/**
 * Why a chain is broken, checked in this order for each row:
 * - `sequence-gap`: seq is not the previous seq + 1 (or the first is not 1): a row was removed;
 * - `prev-hash-mismatch`: the row does not link to the hash of the row before it;
 * - `hash-mismatch`: the stored hash is not sha256(prev_hash + canonical): the canonical text (or hash) was changed;
 * - `content-mismatch`: the readable columns (payload, actor, ...) no longer say what the hashed canonical text
 *   says, so what a reader of the table sees was changed after hashing;
 * - `witness-mismatch`: the row holds in its chain, but a witness outside PostgreSQL (the project's workflow, a
 *   signed checkpoint) vouches for another hash at this seq: the chain was rewritten and re-hashed from here or
 *   before;
 * - `witness-missing`: the chain ends before a head a witness vouches for: its tail was removed (`seq` is the
 *   first missing row);
 * - `chain-missing`: a witness vouches for a chain that has no rows at all.
 */
export type AuditBreakReason =
  | 'sequence-gap'
  | 'prev-hash-mismatch'
  | 'hash-mismatch'
  | 'content-mismatch'
  | 'witness-mismatch'
  | 'witness-missing'
  | 'chain-missing';

export interface AuditBreak {
  projectId: string;
  seq: number;
  /** null where the row is missing */
  eventId: string | null;
  reason: AuditBreakReason;
  /** For the witness reasons: who vouched (`workflow`, `checkpoint 3`) and for which head */
  witness?: { by: string; seq: number; hash: string };
}

/**
 * `projects` and `events` count what was checked. Verification stops at the first broken row (chains are checked
 * in project id order), so on failure they count up to and including that row's project and the row itself.
 */
export type AuditVerification =
  | { ok: true; projects: number; events: number }
  | {
      ok: false;
      projects: number;
      events: number;
      firstBroken: AuditBreak;
    };

/** The chains of the projects whose id lies in [from, to); null: no bound. */
export interface ChainRange {
  from: string | null;
  to: string | null;
}
export const ALL_CHAINS: ChainRange = { from: null, to: null };

/**
 * Checks the chains of one project, or of a range of project ids, on `client` inside a transaction the caller
 * opened (REPEATABLE READ, with TimeZone UTC and DateStyle ISO, YMD for the printed instants). The rows stream in
 * (project_id, seq) order in keyset batches of `batchSize`; `onBatch` hears the events checked so far.
 */
export async function verifyChains(
  client: PgClient,
  scope: { projectId: string | null; range: ChainRange; batchSize: number; pins?: WitnessPins },
  onBatch?: (events: number) => void,
): Promise<AuditVerification> {
  const { projectId: onlyProject, range, batchSize } = scope;
  const pins: WitnessPins = scope.pins ?? new Map<string, WitnessPin[]>();
  let projects = 0;
  let events = 0;
  let current: string | null = null;
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let firstBroken: AuditBreak | null = null;
  // The pins of the current chain in seq order, and the next one to meet; the chains with pins that were seen.
  let chainPins: WitnessPin[] | undefined;
  let nextPin = 0;
  const pinnedSeen = new Set<string>();

  /** At the end of a chain: a pin beyond its last row means rows were removed from its end. */
  const finishChain = (): boolean => {
    const pin = chainPins?.[nextPin];
    if (current === null || pin === undefined) return true;
    firstBroken = {
      projectId: current,
      seq: expectedSeq,
      eventId: null,
      reason: 'witness-missing',
      witness: { by: pin.witness, seq: pin.seq, hash: pin.hash },
    };
    return false;
  };

  /** Checks one row in (project_id, seq) order; false once a row is broken (the rest is not looked at). */
  const check = (row: AuditTextRow): boolean => {
    const projectId = row[COL.projectId];
    if (projectId !== current) {
      if (!finishChain()) return false;
      current = projectId;
      projects += 1;
      expectedSeq = 1;
      prevHash = GENESIS_HASH;
      chainPins = pins.get(projectId);
      nextPin = 0;
      if (chainPins) pinnedSeen.add(projectId);
    }
    events += 1;
    const seq = Number(row[COL.seq]);
    const reason = checkRow(row, seq, expectedSeq, prevHash);
    if (reason) {
      firstBroken = { projectId, seq, eventId: row[COL.id], reason };
      return false;
    }
    // Seqs run 1, 2, 3, ... here (checked above), so the pins are met in order.
    if (chainPins !== undefined) {
      for (let pin = chainPins[nextPin]; pin !== undefined && pin.seq === seq; pin = chainPins[++nextPin]) {
        if (pin.hash !== row[COL.hash]) {
          firstBroken = {
            projectId,
            seq,
            eventId: row[COL.id],
            reason: 'witness-mismatch',
            witness: { by: pin.witness, seq: pin.seq, hash: pin.hash },
          };
          return false;
        }
      }
    }
    expectedSeq = seq + 1;
    prevHash = row[COL.hash];
    return true;
  };

  /** The first chain (in project id order, before `before`) a witness vouches for that has no rows. */
  const missingChain = (before: string | null): AuditBreak | null => {
    let first: string | null = null;
    for (const id of pins.keys()) {
      if (pinnedSeen.has(id) || (before !== null && id >= before)) continue;
      if (first === null || id < first) first = id;
    }
    const pin = first === null ? undefined : pins.get(first)?.[0];
    return first === null || !pin
      ? null
      : {
          projectId: first,
          seq: 1,
          eventId: null,
          reason: 'chain-missing',
          witness: { by: pin.witness, seq: pin.seq, hash: pin.hash },
        };
  };
  const done = (): AuditVerification => {
    const broken = firstBroken;
    const missing = missingChain(broken?.projectId ?? null);
    if (missing) return { ok: false as const, projects, events, firstBroken: missing };
    if (broken) return { ok: false as const, projects, events, firstBroken: broken };
    return { ok: true as const, projects, events };
  };

  // Keyset batches. The keys and ORDER BY name the table's columns (e.*), not the printed ones, which would sort
  // as text: 1, 10, 11, ..., 2.
  let after: { projectId: string; seq: string } | null = null;
  for (;;) {
    const { rows, last } = await streamRows(
      client,
      onlyProject !== null
        ? {
            text: `SELECT ${AUDIT_TEXT_COLUMNS} FROM audit_event e
                    WHERE e.project_id = $1::uuid AND e.seq > $2::bigint ORDER BY e.seq LIMIT $3`,
            values: [onlyProject, after?.seq ?? '0', batchSize],
          }
        : after === null
          ? {
              text: `SELECT ${AUDIT_TEXT_COLUMNS} FROM audit_event e
                      WHERE ($1::uuid IS NULL OR e.project_id >= $1::uuid) AND ($2::uuid IS NULL OR e.project_id < $2::uuid)
                      ORDER BY e.project_id, e.seq LIMIT $3`,
              values: [range.from, range.to, batchSize],
            }
          : {
              text: `SELECT ${AUDIT_TEXT_COLUMNS} FROM audit_event e
                      WHERE (e.project_id, e.seq) > ($1::uuid, $2::bigint) AND ($3::uuid IS NULL OR e.project_id < $3::uuid)
                      ORDER BY e.project_id, e.seq LIMIT $4`,
              values: [after.projectId, after.seq, range.to, batchSize],
            },
      check,
    );
    if (firstBroken !== null) return done();
    onBatch?.(events);
    if (last === null || rows < batchSize) {
      finishChain();
      return done();
    }
    after = { projectId: last[COL.projectId], seq: last[COL.seq] };
  }
}

/** The checks of one row, in the order of AuditBreakReason; null when the row holds. */
function checkRow(row: AuditTextRow, seq: number, expectedSeq: number, prevHash: string): AuditBreakReason | null {
  if (seq !== expectedSeq) return 'sequence-gap';
  if (row[COL.prevHash] !== prevHash) return 'prev-hash-mismatch';
  // computeEventHash without its check of prevHash, which holds here: it is GENESIS_HASH or the previous row's
  // hash, which matched a computed one.
  if (hash('sha256', prevHash + row[COL.canonical], 'hex') !== row[COL.hash]) return 'hash-mismatch';
  // The hash protects `canonical`; this protects the columns people and queries actually read.
  return columnsMatchCanonical(row) ? null : 'content-mismatch';
}

/** The pg client under a TypeORM entity manager's query runner: the connection of its transaction. */
export interface PgClient {
  query(query: Query<AuditTextRow>): unknown;
}

/**
 * Runs one SELECT on `client` and hands its rows, as arrays of text, to `onRow` as they arrive. Once `onRow`
 * returns false the remaining rows are still received (the statement runs to its end) but not handed over.
 * Resolves with the number of rows received and the last row handed over.
 */
function streamRows(
  client: PgClient,
  config: { text: string; values: unknown[] },
  onRow: (row: AuditTextRow) => boolean,
): Promise<{ rows: number; last: AuditTextRow | null }> {
  return new Promise((resolve, reject) => {
    const arrays: QueryArrayConfig = {
      ...config,
      rowMode: 'array',
      // Every column as the text PostgreSQL printed, whatever type parsers the application registered.
      types: { getTypeParser: () => (text: string) => text },
    };
    const query = new Query<AuditTextRow>(arrays);
    let rows = 0;
    let last: AuditTextRow | null = null;
    let listening = true;
    let failure: unknown = null;
    // With a 'row' listener pg does not collect the rows. The listener runs inside pg's socket handler, so it must
    // not throw: an error is kept and reported when the statement ends.
    query.on('row', (row: AuditTextRow) => {
      rows += 1;
      if (!listening) return;
      try {
        last = row;
        listening = onRow(row);
      } catch (err) {
        failure = err;
        listening = false;
      }
    });
    query.on('end', () => (failure === null ? resolve({ rows, last }) : reject(failure as Error)));
    query.on('error', reject);
    client.query(query);
  });
}
