import type { AuditRepository, AuditVerifyOptions } from '../repositories/audit.repository';
import { type CheckpointKeys, type CheckpointLog, readCheckpoints, type WitnessPins } from './checkpoint';
import type { AuditBreak } from './verify-chains';

/** The chain heads the project workflows hold (read from Temporal), per project id. */
export interface WorkflowHeads {
  heads: Map<string, { seq: number; hash: string }>;
  /** Workflows asked */
  asked: number;
  /** Workflows that did not answer (no worker for a closed one, a timeout), with the first error */
  unanswered: number;
  error: string | null;
}

/**
 * The audit trail checked against its three records: the rows' own hash chains, the heads the workflows hold in
 * Temporal, and the signed checkpoints in their directory. `ok` is false when any of them shows a break; `complete`
 * is false when a witness could not be read in full (then an `ok` vouches for less).
 */
export interface AuditTrailVerification {
  ok: boolean;
  complete: boolean;
  /** Chains and events checked (up to and including the first broken row) */
  projects: number;
  events: number;
  /** The first broken row in project id order, by the rows or a witness; null when none is */
  firstBroken: AuditBreak | null;
  witnesses: {
    workflows: { asked: number; heads: number; unanswered: number; error: string | null } | null;
    checkpoints: {
      count: number;
      keyId: string;
      latest: CheckpointLog['latest'];
      broken: CheckpointLog['broken'];
    };
  };
}

export interface AuditTrailVerifyOptions extends Omit<AuditVerifyOptions, 'pins'> {
  checkpointDir: string;
  keys: CheckpointKeys;
  /** null: the workflows were not asked (say so; the result is then not complete) */
  workflowHeads: WorkflowHeads | null;
}

export async function verifyAuditTrail(
  audit: AuditRepository,
  options: AuditTrailVerifyOptions,
): Promise<AuditTrailVerification> {
  const { checkpointDir, keys, workflowHeads, ...verifyOptions } = options;
  const log = readCheckpoints(checkpointDir, keys.publicKey);
  const pins: WitnessPins = log.pins;
  if (workflowHeads) {
    for (const [projectId, head] of workflowHeads.heads) {
      const pin = { seq: head.seq, hash: head.hash, witness: 'workflow' };
      const list = pins.get(projectId);
      if (!list) pins.set(projectId, [pin]);
      else {
        list.push(pin);
        list.sort((a, b) => a.seq - b.seq);
      }
    }
  }
  const chains = await audit.verify({ ...verifyOptions, pins });
  const witnesses: AuditTrailVerification['witnesses'] = {
    workflows: workflowHeads
      ? {
          asked: workflowHeads.asked,
          heads: workflowHeads.heads.size,
          unanswered: workflowHeads.unanswered,
          error: workflowHeads.error,
        }
      : null,
    checkpoints: { count: log.count, keyId: keys.keyId, latest: log.latest, broken: log.broken },
  };
  const complete = workflowHeads !== null && workflowHeads.unanswered === 0;
  return {
    ok: chains.ok && log.broken === null,
    complete,
    projects: chains.projects,
    events: chains.events,
    firstBroken: chains.ok ? null : chains.firstBroken,
    witnesses,
  };
}
