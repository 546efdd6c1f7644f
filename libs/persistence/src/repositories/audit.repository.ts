import type { DataSource, EntityManager } from 'typeorm';
import {
  canonicalJson,
  UUID_PATTERN,
  type Actor,
  type AuditAction,
  type GateId,
  type ProjectEvent,
  type Role,
} from '@waardenpoort/domain';
import { type AuditActor, canonicalEventText, computeEventHash, GENESIS_HASH } from '../audit/audit-chain';
import { ALL_CHAINS, type AuditVerification, type PgClient, verifyChains } from '../audit/verify-chains';
import { verifyInParallel, type VerifyConnection } from '../audit/verify-parallel';
import type { WitnessPin, WitnessPins } from '../audit/checkpoint';

export type { AuditBreak, AuditBreakReason, AuditVerification } from '../audit/verify-chains';
import { AuditEventEntity } from '../entities/audit-event.entity';

/** One event of a project's trail as readers see it: plain data, independent of the entity class. */
export type AuditTimelineEntry = Pick<
  ProjectEvent,
  'eventId' | 'projectId' | 'gate' | 'payload' | 'documentHashes' | 'policyVersion' | 'workflowId' | 'runId'
> & {
  seq: number;
  /** ISO instant, workflow time */
  occurredAt: string;
  /** ISO instant the row was written */
  recordedAt: string;
  actor: Pick<Actor, 'sub' | 'name' | 'roles'> | null;
  /** As stored (`audit_event.action`) */
  action: string;
  prevHash: string;
  hash: string;
};

export interface AuditVerifyOptions {
  /** Verify one project's chain only */
  projectId?: string;
  /** Called after each batch with the events checked so far and the total to check */
  onProgress?: (done: number, total: number) => void;
  /** Rows per query (each is checked as it streams in); default AUDIT_VERIFY_BATCH_SIZE */
  batchSize?: number;
  /**
   * Worker threads that check the chains side by side, each on a connection of its own (default 1: this process,
   * on the data source's connection). Not for the embedded database, which takes one connection.
   */
  parallel?: number;
  /**
   * Heads that witnesses outside PostgreSQL vouch for (workflows, checkpoints), per project id: each pinned row must
   * exist with that hash. Only those of the verified project are used when `projectId` is given.
   */
  pins?: WitnessPins;
}

interface PreparedEvent {
  id: string;
  projectId: string;
  occurredAt: string;
  actor: AuditActor | null;
  action: string;
  gate: string | null;
  payload: Record<string, unknown>;
  payloadJson: string;
  documentHashes: string[];
  policyVersion: number | null;
  workflowId: string | null;
  runId: string | null;
}

/** The columns an audit event is written with (`recorded_at` is the database's own time). */
export const AUDIT_INSERT_COLUMNS = [
  'id',
  'project_id',
  'seq',
  'occurred_at',
  'actor_sub',
  'actor_name',
  'actor_roles',
  'action',
  'gate',
  'payload',
  'canonical',
  'document_hashes',
  'policy_version',
  'workflow_id',
  'run_id',
  'prev_hash',
  'hash',
] as const;
const CASTS: Partial<Record<(typeof AUDIT_INSERT_COLUMNS)[number], string>> = {
  project_id: 'uuid',
  seq: 'bigint',
  occurred_at: 'timestamptz',
  actor_roles: 'text[]',
  payload: 'jsonb',
  document_hashes: 'text[]',
  policy_version: 'integer',
};
/** Keeps one INSERT well below PostgreSQL's 65535 bind parameters. */
const INSERT_CHUNK = 500;
/** A publish found the chain it would extend rewritten (see AuditRepository.assertHolds). */
export class AuditChainRewritten extends Error {}

/** Rows per query when `verify` is not told otherwise (see AuditVerifyOptions.batchSize). */
export const AUDIT_VERIFY_BATCH_SIZE = 10_000;

/**
 * The append-only, hash-chained audit trail: per project a gapless sequence 1, 2, 3, ... where every row's hash
 * covers its canonical text and the previous row's hash. PostgreSQL itself refuses UPDATE, DELETE and TRUNCATE.
 */
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends `events` in array order inside the caller's transaction and returns how many were new. An event whose
   * id is already recorded is skipped before it gets a seq, so a retried activity neither duplicates it nor burns
   * a sequence number.
   *
   * Must run in a READ COMMITTED transaction (PostgreSQL's default): each statement after the lock then sees
   * what the previous lock holder committed. Under REPEATABLE READ or SERIALIZABLE the snapshot may predate the
   * lock; a concurrent append then fails on UNIQUE (project_id, seq) (or as a serialization failure) and the caller
   * has to retry, but the chain never forks.
   */
  async append(em: EntityManager, events: ProjectEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    // Outside a transaction the advisory lock would be released as soon as it is taken.
    if (!em.queryRunner?.isTransactionActive) throw new Error('AuditRepository.append needs an open transaction');

    const unique = new Map<string, PreparedEvent>();
    for (const e of events) if (!unique.has(e.eventId)) unique.set(e.eventId, prepare(e));
    const prepared = [...unique.values()];

    // One writer per project at a time: seq and prev_hash come from the row that is last when we hold the lock.
    // Sorted, so two transactions that touch the same projects always lock them in the same order (no deadlock).
    // A hash collision between two projects only makes them wait for each other, it cannot break a chain.
    const projectIds = [...new Set(prepared.map((e) => e.projectId))].sort();
    for (const projectId of projectIds) {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended($1::uuid::text, 0))`, [projectId]);
    }

    const existingRows: Array<{ id: string }> = await em.query(
      `SELECT id FROM audit_event WHERE id = ANY($1::text[])`,
      [prepared.map((e) => e.id)],
    );
    const existing = new Set(existingRows.map((r) => r.id));
    const fresh = prepared.filter((e) => !existing.has(e.id));
    if (fresh.length === 0) return 0;

    const tails: Array<{ project_id: string; seq: string | null; hash: string | null }> = await em.query(
      `SELECT p.id AS project_id, last.seq::text AS seq, last.hash
         FROM unnest($1::uuid[]) AS p(id)
         LEFT JOIN LATERAL (
           SELECT seq, hash FROM audit_event WHERE project_id = p.id ORDER BY seq DESC LIMIT 1
         ) last ON true`,
      [projectIds],
    );
    const tail = new Map(
      tails.map((t) => [t.project_id, { seq: t.seq === null ? 0 : Number(t.seq), hash: t.hash ?? GENESIS_HASH }]),
    );

    const rows: unknown[][] = [];
    for (const e of fresh) {
      const last = tail.get(e.projectId);
      if (!last) throw new Error(`no chain tail loaded for project ${e.projectId}`);
      const seq = last.seq + 1;
      const canonical = canonicalEventText({ ...e, seq });
      const hash = computeEventHash(last.hash, canonical);
      tail.set(e.projectId, { seq, hash });
      rows.push([
        e.id,
        e.projectId,
        seq,
        e.occurredAt,
        e.actor?.sub ?? null,
        e.actor?.name ?? null,
        e.actor ? [...e.actor.roles] : [],
        e.action,
        e.gate,
        e.payloadJson,
        canonical,
        e.documentHashes,
        e.policyVersion,
        e.workflowId,
        e.runId,
        last.hash,
        hash,
      ]);
    }
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      const chunk = rows.slice(i, i + INSERT_CHUNK);
      const values = chunk.map(
        (_, r) =>
          `(${AUDIT_INSERT_COLUMNS.map((c, k) => {
            const cast = CASTS[c];
            return `$${r * AUDIT_INSERT_COLUMNS.length + k + 1}${cast ? `::${cast}` : ''}`;
          }).join(', ')})`,
      );
      // No ON CONFLICT: under the lock a conflict can only mean a bug, and it must fail loudly, not vanish.
      await em.query(
        `INSERT INTO audit_event (${AUDIT_INSERT_COLUMNS.join(', ')}) VALUES ${values.join(', ')}`,
        chunk.flat(),
      );
    }
    return rows.length;
  }

  /** Throws AuditChainRewritten unless the project's chain holds `head` (that seq, with that hash). */
  async assertHolds(em: EntityManager, projectId: string, head: { seq: number; hash: string }): Promise<void> {
    const rows: Array<{ hash: string }> = await em.query(
      `SELECT hash FROM audit_event WHERE project_id = $1::uuid AND seq = $2::bigint`,
      [normaliseUuid(projectId), head.seq],
    );
    if (rows[0]?.hash !== head.hash) {
      throw new AuditChainRewritten(
        `the audit chain of project ${projectId} no longer holds the head its workflow recorded (seq ${head.seq}): ` +
          `it was changed in the database; restore its rows, then this publish goes on (npm run audit:verify names the row)`,
      );
    }
  }

  /** Where the project's chain ends, as `em` sees it; null when it has no rows. */
  async head(em: EntityManager, projectId: string): Promise<{ seq: number; hash: string } | null> {
    const rows: Array<{ seq: string; hash: string }> = await em.query(
      `SELECT seq::text AS seq, hash FROM audit_event WHERE project_id = $1::uuid ORDER BY seq DESC LIMIT 1`,
      [normaliseUuid(projectId)],
    );
    const r = rows[0];
    return r ? { seq: Number(r.seq), hash: r.hash } : null;
  }

  /** `append` in a transaction of its own, for events outside a workflow transition (a refused attempt). */
  async appendStandalone(events: ProjectEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    return this.dataSource.transaction((em) => this.append(em, events));
  }

  /** The payload of the project's latest event of this action (the trail's record of it), or null when there is none. */
  async latestPayload(projectId: string, action: AuditAction): Promise<Record<string, unknown> | null> {
    const row = await this.dataSource.getRepository(AuditEventEntity).findOne({
      where: { projectId: normaliseUuid(projectId), action },
      order: { seq: 'DESC' },
    });
    return row ? row.payload : null;
  }

  async timeline(projectId: string): Promise<AuditTimelineEntry[]> {
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { projectId: normaliseUuid(projectId) }, order: { seq: 'ASC' } });
    return rows.map((r) => ({
      eventId: r.id,
      projectId: r.projectId,
      seq: Number(r.seq),
      occurredAt: r.occurredAt.toISOString(),
      recordedAt: r.recordedAt.toISOString(),
      // The columns only ever receive what `append` took from typed ProjectEvents, hence the narrowing casts.
      actor:
        r.actorSub === null || r.actorName === null
          ? null
          : { sub: r.actorSub, name: r.actorName, roles: r.actorRoles as Role[] },
      action: r.action,
      gate: r.gate as GateId | null,
      payload: r.payload,
      documentHashes: r.documentHashes,
      policyVersion: r.policyVersion,
      workflowId: r.workflowId,
      runId: r.runId,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
  }

  /** How a worker thread of a parallel verify connects: as this data source does. */
  private connectionOf(): VerifyConnection {
    const options = this.dataSource.options as { url?: string; extra?: { options?: string } };
    if (!options.url) throw new Error('a parallel verify needs a data source made from a URL');
    return { connectionString: options.url, ...(options.extra?.options ? { options: options.extra.options } : {}) };
  }

  /**
   * Recomputes every chain (or one project's) from the stored rows, streaming them in (project_id, seq) order in
   * batches. Runs in one REPEATABLE READ, read-only transaction so the total, the batches and the chains all come
   * from the same snapshot while appends go on.
   *
   * Built for throughput (a million events take seconds): the rows come as PostgreSQL prints them, as arrays, and
   * each is checked as it arrives (see AUDIT_TEXT_COLUMNS and columnsMatchCanonical), so PostgreSQL reads and sends
   * the next rows while this process hashes, and no batch of parsed rows is held in memory.
   */
  async verify(options: AuditVerifyOptions = {}): Promise<AuditVerification> {
    const batchSize = options.batchSize ?? AUDIT_VERIFY_BATCH_SIZE;
    if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new RangeError('batchSize must be a positive integer');
    const onlyProject = options.projectId === undefined ? null : normaliseUuid(options.projectId);
    const parallel = options.parallel ?? 1;
    if (!Number.isSafeInteger(parallel) || parallel < 1) throw new RangeError('parallel must be a positive integer');

    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      await em.query('SET TRANSACTION READ ONLY');
      // Instants printed as AUDIT_TEXT_COLUMNS needs them, for this transaction only (is_local).
      await em.query(`SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true)`);
      let total = 0;
      if (options.onProgress) {
        const counted: Array<{ n: string }> = await em.query(
          `SELECT count(*)::text AS n FROM audit_event WHERE ($1::uuid IS NULL OR project_id = $1::uuid)`,
          [onlyProject],
        );
        total = Number(counted[0]?.n ?? 0);
      }
      const client = await pgClientOf(em);
      const allPins: WitnessPins = options.pins ?? new Map<string, WitnessPin[]>();
      const pins: WitnessPins =
        onlyProject === null
          ? allPins
          : new Map(allPins.has(onlyProject) ? [[onlyProject, allPins.get(onlyProject) ?? []]] : []);
      if (onlyProject !== null || parallel <= 1) {
        return verifyChains(client, { projectId: onlyProject, range: ALL_CHAINS, batchSize, pins }, (events) =>
          options.onProgress?.(events, total),
        );
      }
      // Side by side: the chains split by project id over worker threads, each on a connection of its own that
      // reads this transaction's snapshot, so every chain is checked as it stood at one moment.
      const exported = await em.query<Array<{ snapshot: string }>>(`SELECT pg_export_snapshot() AS snapshot`);
      const snapshot = exported[0]?.snapshot;
      if (!snapshot) throw new Error('PostgreSQL exported no snapshot');
      return verifyInParallel(
        this.connectionOf(),
        snapshot,
        parallel,
        batchSize,
        (events) => options.onProgress?.(events, total),
        pins,
      );
    });
  }
}

async function pgClientOf(em: EntityManager): Promise<PgClient> {
  // TypeORM's postgres driver hands out the pg client (typed `any`); verify needs it for what em.query() cannot
  // do: rows as arrays, one at a time as they arrive.
  if (!em.queryRunner) throw new Error('verify needs the query runner of its transaction');
  return (await em.queryRunner.connect()) as PgClient;
}

/**
 * Brings an event into the one form that is both hashed and stored, so that the columns read back from
 * PostgreSQL give exactly the hashed canonical text again (which `verify` relies on): instants at millisecond
 * precision in ISO form, project ids in lower case (as PostgreSQL prints a uuid), the payload as plain JSON.
 */
function prepare(e: ProjectEvent): PreparedEvent {
  const payloadJson = canonicalJson(e.payload);
  const payload: unknown = JSON.parse(payloadJson);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new TypeError(`event ${e.eventId}: payload must be a JSON object`);
  }
  return {
    id: e.eventId,
    projectId: normaliseUuid(e.projectId),
    occurredAt: isoInstant(e.at, `event ${e.eventId}: at`),
    actor: e.actor === null ? null : { sub: e.actor.sub, name: e.actor.name, roles: [...e.actor.roles] },
    action: e.action,
    gate: e.gate,
    payload: payload as Record<string, unknown>,
    payloadJson,
    documentHashes: [...e.documentHashes],
    policyVersion: e.policyVersion,
    workflowId: e.workflowId,
    runId: e.runId,
  };
}

function normaliseUuid(id: string): string {
  if (!UUID_PATTERN.test(id)) throw new TypeError(`not a uuid: ${id}`);
  return id.toLowerCase();
}

function isoInstant(value: string, what: string): string {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new TypeError(`${what} is not an instant: ${value}`);
  return new Date(ms).toISOString();
}
