import type { Actor, DeliveryCounts, DeliveryState, Reroute, Role } from '@waardenpoort/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** An activation as recorded (issue 20); `delivered` counts the selected projects per delivery state. */
export interface PolicyActivationRecord {
  id: string;
  policyId: string;
  version: number;
  sha256: string;
  reroute: Reroute;
  reason: string | null;
  activatedAt: Date;
  activatedBy: Actor;
  tally: Record<string, number>;
  selected: number;
  delivered: DeliveryCounts;
}

export interface NewPolicyActivation {
  id: string;
  policyId: string;
  version: number;
  reroute: Reroute;
  reason: string | null;
  activatedAt: Date;
  activatedBy: Actor;
  tally: Record<string, number>;
  selected: number;
}

export interface ActivationProjectRow {
  projectId: string;
  title: string;
  department: string;
  verdict: string;
  state: DeliveryState;
  refusalCode: string | null;
  refusalMessage: string | null;
  requestedAt: Date | null;
}

/** How the delivery ended for one project. */
export type DeliveryOutcome =
  { state: 'requested'; at: Date } | { state: 'refused' | 'failed'; code: string; message: string };

interface ActivationRow {
  id: string;
  policy_id: string;
  version: number;
  sha256: string;
  reroute: Reroute;
  reason: string | null;
  activated_at: Date;
  activated_by_sub: string;
  activated_by_name: string;
  activated_by_email: string;
  activated_by_roles: string[];
  tally: Record<string, number>;
  selected: number;
  requested: string;
  refused: string;
  failed: string;
  pending: string;
}

const SELECT_ACTIVATION = `
  SELECT a.*, v.sha256, c.requested, c.refused, c.failed, c.pending
    FROM policy_activation a
    JOIN policy_version v ON v.policy_id = a.policy_id AND v.version = a.version
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE state = 'requested') AS requested,
             count(*) FILTER (WHERE state = 'refused') AS refused,
             count(*) FILTER (WHERE state = 'failed') AS failed,
             count(*) FILTER (WHERE state = 'pending') AS pending
        FROM policy_activation_project p WHERE p.activation_id = a.id) c`;

function toRecord(r: ActivationRow): PolicyActivationRecord {
  return {
    id: r.id,
    policyId: r.policy_id,
    version: r.version,
    sha256: r.sha256.trim(),
    reroute: r.reroute,
    reason: r.reason,
    activatedAt: r.activated_at,
    activatedBy: {
      sub: r.activated_by_sub,
      name: r.activated_by_name,
      email: r.activated_by_email,
      roles: r.activated_by_roles as Role[],
    },
    tally: r.tally,
    selected: r.selected,
    delivered: {
      requested: Number(r.requested),
      refused: Number(r.refused),
      failed: Number(r.failed),
      pending: Number(r.pending),
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The record of policy activations with intent (issue 20) and the delivery of their re-assessment requests: the API
 * writes an activation in the transaction that activates its version; the worker's delivery settles each row.
 */
export class PolicyActivationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inside PolicyRepository.activate's transaction: the activation itself. */
  async insert(em: EntityManager, a: NewPolicyActivation): Promise<void> {
    await em.query(
      `INSERT INTO policy_activation (id, policy_id, version, reroute, reason, activated_by_sub, activated_by_name,
                                      activated_by_email, activated_by_roles, activated_at, tally, selected)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [
        a.id,
        a.policyId,
        a.version,
        a.reroute,
        a.reason,
        a.activatedBy.sub,
        a.activatedBy.name,
        a.activatedBy.email ?? '',
        a.activatedBy.roles,
        a.activatedAt,
        JSON.stringify(a.tally),
        a.selected,
      ],
    );
  }

  /** Inside the same transaction, after `insert`: a batch of selected projects, pending. */
  async insertSelected(em: EntityManager, id: string, rows: Array<{ projectId: string; verdict: string }>) {
    if (rows.length === 0) return;
    await em.query(
      `INSERT INTO policy_activation_project (activation_id, project_id, verdict)
       SELECT $1, p, v FROM unnest($2::uuid[], $3::text[]) AS t(p, v)`,
      [id, rows.map((r) => r.projectId), rows.map((r) => r.verdict)],
    );
  }

  /** Newest first. */
  async list(page: number, pageSize: number): Promise<{ items: PolicyActivationRecord[]; total: number }> {
    const rows = await this.dataSource.query<ActivationRow[]>(
      `${SELECT_ACTIVATION} ORDER BY a.activated_at DESC, a.id LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    );
    const total = await this.dataSource.query<Array<{ n: string }>>(`SELECT count(*) AS n FROM policy_activation`);
    return { items: rows.map(toRecord), total: Number(total[0]?.n ?? 0) };
  }

  async byId(id: string): Promise<PolicyActivationRecord | null> {
    if (!UUID.test(id)) return null;
    const rows = await this.dataSource.query<ActivationRow[]>(`${SELECT_ACTIVATION} WHERE a.id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /**
   * The selected projects in project id order, with their title and department now: after `after` (keyset, for an
   * export of them all) and from `offset` (a page).
   */
  async projects(
    id: string,
    limit: number,
    from: { after?: string; offset?: number } = {},
  ): Promise<ActivationProjectRow[]> {
    const rows = await this.dataSource.query<
      Array<{
        project_id: string;
        title: string | null;
        department: string | null;
        verdict: string;
        state: DeliveryState;
        refusal_code: string | null;
        refusal_message: string | null;
        requested_at: Date | null;
      }>
    >(
      `SELECT r.project_id, p.title, p.department, r.verdict, r.state, r.refusal_code, r.refusal_message,
              r.requested_at
         FROM policy_activation_project r LEFT JOIN project p ON p.id = r.project_id
        WHERE r.activation_id = $1 AND r.project_id > $2
        ORDER BY r.project_id LIMIT $3 OFFSET $4`,
      [id, from.after ?? '00000000-0000-0000-0000-000000000000', limit, from.offset ?? 0],
    );
    return rows.map((r) => ({
      projectId: r.project_id,
      title: r.title ?? '',
      department: r.department ?? '',
      verdict: r.verdict,
      state: r.state,
      refusalCode: r.refusal_code,
      refusalMessage: r.refusal_message,
      requestedAt: r.requested_at,
    }));
  }

  /** The next pending projects of an activation, in project id order. */
  async pending(id: string, limit: number): Promise<Array<{ projectId: string; verdict: string }>> {
    const rows = await this.dataSource.query<Array<{ project_id: string; verdict: string }>>(
      `SELECT project_id, verdict FROM policy_activation_project
        WHERE activation_id = $1 AND state = 'pending' ORDER BY project_id LIMIT $2`,
      [id, limit],
    );
    return rows.map((r) => ({ projectId: r.project_id, verdict: r.verdict }));
  }

  /** Records how the delivery ended for one project; a row that is no longer pending keeps its first outcome. */
  async settle(id: string, projectId: string, outcome: DeliveryOutcome): Promise<void> {
    if (outcome.state === 'requested') {
      await this.dataSource.query(
        `UPDATE policy_activation_project SET state = 'requested', requested_at = $3
          WHERE activation_id = $1 AND project_id = $2 AND state = 'pending'`,
        [id, projectId, outcome.at],
      );
      return;
    }
    await this.dataSource.query(
      `UPDATE policy_activation_project SET state = $3, refusal_code = $4, refusal_message = $5
        WHERE activation_id = $1 AND project_id = $2 AND state = 'pending'`,
      [id, projectId, outcome.state, outcome.code.slice(0, 100), outcome.message.slice(0, 2000)],
    );
  }

  async counts(id: string): Promise<DeliveryCounts> {
    const rows = await this.dataSource.query<Array<{ state: DeliveryState; n: string }>>(
      `SELECT state, count(*) AS n FROM policy_activation_project WHERE activation_id = $1 GROUP BY state`,
      [id],
    );
    const counts: DeliveryCounts = { requested: 0, refused: 0, failed: 0, pending: 0 };
    for (const r of rows) counts[r.state] = Number(r.n);
    return counts;
  }

  /** Activations with requests still to deliver (a delivery that never started, say the API stopped first). */
  async undelivered(): Promise<string[]> {
    const rows = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT DISTINCT activation_id AS id FROM policy_activation_project WHERE state = 'pending'`,
    );
    return rows.map((r) => r.id);
  }
}
