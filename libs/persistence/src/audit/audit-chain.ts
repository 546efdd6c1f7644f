import { hash } from 'node:crypto';
import { canonicalJson, SHA256_HEX } from '@waardenpoort/domain';

/** prev_hash of a project's first event: there is nothing before it to chain to. */
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditActor {
  sub: string;
  name: string;
  roles: readonly string[];
}

/**
 * What an event's hash covers: everything an auditor reads about it. `recorded_at` is left out on purpose: the
 * database assigns it, so it cannot be known when the hash is computed, and it says when we wrote, not what
 * happened.
 */
export interface AuditChainFields {
  id: string;
  projectId: string;
  seq: number;
  /** ISO instant with millisecond precision, as `Date.prototype.toISOString` writes it */
  occurredAt: string;
  actor: AuditActor | null;
  action: string;
  gate: string | null;
  payload: Record<string, unknown>;
  documentHashes: readonly string[];
  policyVersion: number | null;
  workflowId: string | null;
  runId: string | null;
}

/**
 * The canonical JSON text an event's hash is computed over. The fields are picked one by one, so an object that
 * happens to carry more properties (an entity, a ProjectEvent with the actor's e-mail) hashes the same.
 */
export function canonicalEventText(row: AuditChainFields): string {
  if (!Number.isSafeInteger(row.seq) || row.seq < 1) throw new RangeError(`invalid audit seq ${row.seq}`);
  return canonicalJson({
    id: row.id,
    projectId: row.projectId,
    seq: row.seq,
    occurredAt: row.occurredAt,
    actor: row.actor === null ? null : { sub: row.actor.sub, name: row.actor.name, roles: [...row.actor.roles] },
    action: row.action,
    gate: row.gate,
    payload: row.payload,
    documentHashes: [...row.documentHashes],
    policyVersion: row.policyVersion,
    workflowId: row.workflowId,
    runId: row.runId,
  });
}

/** sha256_hex(prevHash + canonical): each hash commits to the whole history of the project before it. */
export function computeEventHash(prevHash: string, canonical: string): string {
  // A malformed link (upper case, padded, truncated) would still hash, and silently start a chain nobody can redo.
  if (!SHA256_HEX.test(prevHash)) throw new TypeError('prevHash must be 64 lower-case hex characters');
  // One-shot hash (a string is hashed as UTF-8): the same digest as createHash().update().digest(), without the
  // Hash object, which audit verification would otherwise build a million times.
  return hash('sha256', prevHash + canonical, 'hex');
}
