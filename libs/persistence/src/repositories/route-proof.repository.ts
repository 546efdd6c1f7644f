import {
  combinedVerdict,
  isProvableQuickScan,
  proveQuickScan,
  recordedEvaluationTime,
  withFinding,
  type Policy,
  type PROVABLE_ACTIONS,
  type QuickScanProof,
  type Role,
  type RouteProofVerdict,
} from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { policyHash } from '../policy/policy-file';

/**
 * One recorded quick-scan (initial, after an amendment, at a re-evaluation, or the re-assessment of its answers when
 * a dated rule came into force) and its proof.
 */
export interface QuickScanProofEntry extends QuickScanProof {
  eventId: string;
  seq: number;
  /** `quick-scan-submitted`, or `route-reassessed` (a dated rule came into force: `ruleInForce` names it) */
  action: (typeof PROVABLE_ACTIONS)[number];
  ruleInForce: string | null;
  occurredAt: string;
  /** The moment the proof evaluates on: the one the evaluation was recorded on (rules dated later do not count) */
  evaluatedAt: string;
  actor: { sub: string; name: string; roles: Role[] } | null;
  runId: string | null;
}

export interface ProjectRouteProof {
  projectId: string;
  /** `none` when the project has no quick-scan yet */
  verdict: RouteProofVerdict | 'none';
  quickScans: QuickScanProofEntry[];
  findings: number;
}

/** A stored policy version as read for a proof: the document, and whether it still has the digest it was stored with. */
interface StoredPolicy {
  document: Policy;
  sha256: string;
  recomputed: string;
}

/** Per proof run: a version read once (versions never change; a changed one is what the digest check finds). */
export type PolicyCache = Map<string, Promise<StoredPolicy | null>>;

/**
 * Reads what a route proof needs (issue 20): every `quick-scan-submitted` event of a project (and every
 * `route-reassessed` of a dated rule coming into force) and the policy versions they were pinned to, and proves each
 * with the domain's `proveQuickScan` on the moment it was evaluated. Read-only; the audit trail is the record.
 */
export class RouteProofRepository {
  constructor(private readonly dataSource: DataSource) {}

  async prove(projectId: string, cache: PolicyCache = new Map()): Promise<ProjectRouteProof> {
    const rows: Array<{
      id: string;
      seq: string;
      action: QuickScanProofEntry['action'];
      occurred_at: Date;
      actor_sub: string | null;
      actor_name: string | null;
      actor_roles: string[];
      payload: unknown;
      run_id: string | null;
    }> = await this.dataSource.query(
      `SELECT id, seq, action, occurred_at, actor_sub, actor_name, actor_roles, payload, run_id
         FROM audit_event
        WHERE project_id = $1
          AND (action = 'quick-scan-submitted' OR (action = 'route-reassessed' AND payload ->> 'trigger' = 'rule-in-force'))
        ORDER BY seq`,
      [projectId.toLowerCase()],
    );
    const quickScans: QuickScanProofEntry[] = [];
    for (const r of rows) {
      if (!isProvableQuickScan(r.action, r.payload)) continue;
      const pinned = pinnedPolicy(r.payload);
      const stored = pinned ? await this.policy(pinned.id, pinned.version, cache) : null;
      const occurredAt = r.occurred_at.toISOString();
      // Proved on the moment it was evaluated: a rule that came into force later does not make it look altered.
      const evaluatedAt = recordedEvaluationTime(r.action, r.payload, occurredAt);
      let proof = proveQuickScan(r.payload, stored?.document ?? null, { on: evaluatedAt });
      if (stored && pinned && stored.sha256 !== stored.recomputed) {
        proof = withFinding(proof, {
          kind: 'policy-document-altered',
          policy: pinned,
          sha256: stored.sha256,
          recomputed: stored.recomputed,
        });
      }
      quickScans.push({
        eventId: r.id,
        seq: Number(r.seq),
        action: r.action,
        ruleInForce: r.action === 'route-reassessed' ? ruleIdOf(r.payload) : null,
        occurredAt,
        evaluatedAt,
        // The columns only ever receive what `append` took from typed ProjectEvents.
        actor:
          r.actor_sub === null || r.actor_name === null
            ? null
            : { sub: r.actor_sub, name: r.actor_name, roles: r.actor_roles as Role[] },
        runId: r.run_id,
        ...proof,
      });
    }
    return {
      projectId: projectId.toLowerCase(),
      verdict: quickScans.length === 0 ? 'none' : combinedVerdict(quickScans.map((q) => q.verdict)),
      quickScans,
      findings: quickScans.reduce((n, q) => n + q.findings.length, 0),
    };
  }

  /** Every project id in the read model, in pages (for `npm run audit:replay` over the whole portfolio). */
  async projectIds(after: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM project WHERE $1::uuid IS NULL OR id > $1::uuid ORDER BY id LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => r.id);
  }

  async projectExists(projectId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM project WHERE id = $1::uuid`, [projectId]);
    return rows.length > 0;
  }

  /** The Temporal runs that wrote to a project's trail, earliest first (a run continued as new has its own id). */
  async runIds(projectId: string): Promise<string[]> {
    const rows: Array<{ run_id: string }> = await this.dataSource.query(
      `SELECT run_id FROM audit_event WHERE project_id = $1 AND run_id IS NOT NULL
        GROUP BY run_id ORDER BY min(seq)`,
      [projectId.toLowerCase()],
    );
    return rows.map((r) => r.run_id);
  }

  /** A stored policy document as JSON text (the replayer's data converter attaches it to workflow inputs). */
  async policyDocument(policyId: string, version: number): Promise<string | null> {
    const rows: Array<{ document: unknown }> = await this.dataSource.query(
      `SELECT document FROM policy_version WHERE policy_id = $1 AND version = $2`,
      [policyId, version],
    );
    return rows[0] ? JSON.stringify(rows[0].document) : null;
  }

  private policy(id: string, version: number, cache: PolicyCache): Promise<StoredPolicy | null> {
    const key = `${id}@${version}`;
    let found = cache.get(key);
    if (!found) {
      found = this.dataSource
        .query(`SELECT document, sha256 FROM policy_version WHERE policy_id = $1 AND version = $2`, [id, version])
        .then((rows: Array<{ document: Policy; sha256: string }>) => {
          const row = rows[0];
          return row ? { document: row.document, sha256: row.sha256, recomputed: policyHash(row.document) } : null;
        });
      cache.set(key, found);
    }
    return found;
  }
}

function ruleIdOf(payload: unknown): string | null {
  const ruleId = (payload as { ruleId?: unknown } | null)?.ruleId;
  return typeof ruleId === 'string' ? ruleId : null;
}

function pinnedPolicy(payload: unknown): { id: string; version: number } | null {
  const outcome = (payload as { outcome?: { policy?: { id?: unknown; version?: unknown } } } | null)?.outcome;
  const p = outcome?.policy;
  return typeof p?.id === 'string' && Number.isSafeInteger(p.version)
    ? { id: p.id, version: p.version as number }
    : null;
}
