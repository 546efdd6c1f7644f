import type { Policy } from '@waardenpoort/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { PolicyVersionEntity } from '../entities/policy-version.entity';
import { policyHash } from '../policy/policy-file';

export class PolicyVersionConflictError extends Error {
  readonly code = 'policy-version-conflict';
}

export interface PolicyActivation {
  by: { sub: string; name: string } | null;
  source: 'file' | 'api';
}

/**
 * Policy versions in PostgreSQL, so the API replicas and the workers agree on the version in force and an auditor
 * sees when which version came into force and by whom. Per policy id, versions only go up and one is active.
 */
export class PolicyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async active(policyId: string): Promise<PolicyVersionEntity | null> {
    return this.dataSource.getRepository(PolicyVersionEntity).findOneBy({ policyId, active: true });
  }

  async activeVersion(policyId: string): Promise<number | null> {
    const rows: Array<{ version: number }> = await this.dataSource.query(
      `SELECT version FROM policy_version WHERE policy_id = $1 AND active`,
      [policyId],
    );
    return rows[0]?.version ?? null;
  }

  async byVersion(policyId: string, version: number): Promise<PolicyVersionEntity | null> {
    return this.dataSource.getRepository(PolicyVersionEntity).findOneBy({ policyId, version });
  }

  async list(policyId: string): Promise<PolicyVersionEntity[]> {
    return this.dataSource.getRepository(PolicyVersionEntity).find({
      where: { policyId },
      order: { version: 'DESC' },
      select: [
        'policyId',
        'version',
        'title',
        'effectiveFrom',
        'sha256',
        'source',
        'active',
        'activatedAt',
        'activatedBySub',
        'activatedByName',
      ],
    });
  }

  /**
   * Stores and activates a new version; it must be higher than every version of this policy so far. `within` runs in
   * the same transaction after the version is stored (the record of the activation): both are kept, or neither.
   */
  async activate(
    policy: Policy,
    activation: PolicyActivation,
    within?: (em: EntityManager, stored: PolicyVersionEntity) => Promise<void>,
  ): Promise<PolicyVersionEntity> {
    return this.dataSource.transaction(async (em) => {
      // One activation at a time per policy id, so two concurrent activations cannot both win.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('policy:' || $1, 0))`, [policy.id]);
      const rows: Array<{ max: number | null }> = await em.query(
        `SELECT max(version) AS max FROM policy_version WHERE policy_id = $1`,
        [policy.id],
      );
      const highest = rows[0]?.max ?? null;
      if (highest !== null && policy.version <= highest) {
        throw new PolicyVersionConflictError(
          `version ${policy.version} of policy ${policy.id} is not newer than version ${highest}, the highest so far`,
        );
      }
      await em.query(`UPDATE policy_version SET active = false WHERE policy_id = $1 AND active`, [policy.id]);
      const entity = em.getRepository(PolicyVersionEntity).create({
        policyId: policy.id,
        version: policy.version,
        title: policy.title,
        effectiveFrom: policy.effectiveFrom,
        document: policy,
        sha256: policyHash(policy),
        source: activation.source,
        active: true,
        activatedAt: new Date(),
        activatedBySub: activation.by?.sub ?? null,
        activatedByName: activation.by?.name ?? null,
      });
      const stored = await em.getRepository(PolicyVersionEntity).save(entity);
      if (within) await within(em, stored);
      return stored;
    });
  }

  /**
   * At boot: the policy file deployed with the application comes into force when it is newer than what is stored
   * (a deployment of a new file is an activation too). An older or equal file changes nothing: a version the CIO
   * office activated through the API stays in force.
   */
  async ensureDeployed(policy: Policy): Promise<{ activated: boolean; activeVersion: number }> {
    const current = await this.activeVersion(policy.id);
    if (current !== null && current >= policy.version) return { activated: false, activeVersion: current };
    try {
      await this.activate(policy, { by: null, source: 'file' });
      return { activated: true, activeVersion: policy.version };
    } catch (err) {
      // Another replica deployed the same file at the same moment.
      if (err instanceof PolicyVersionConflictError) {
        return { activated: false, activeVersion: (await this.activeVersion(policy.id)) ?? policy.version };
      }
      throw err;
    }
  }
}
