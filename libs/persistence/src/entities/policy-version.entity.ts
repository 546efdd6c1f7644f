import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LocalizedText, Policy } from '@waardenpoort/domain';

@Entity({ name: 'policy_version' })
@Index('policy_version_one_active', ['policyId'], { unique: true, where: 'active' })
export class PolicyVersionEntity {
  @PrimaryColumn({ name: 'policy_id', type: 'varchar', length: 100, primaryKeyConstraintName: 'PK_policy_version' })
  policyId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_policy_version' })
  version!: number;

  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ type: 'jsonb' })
  document!: Policy;

  /** SHA-256 of the canonical JSON of the document: what an auditor compares. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** `file` when deployed with the application, `api` when the CIO office activated it. */
  @Column({ type: 'varchar', length: 10 })
  source!: 'file' | 'api';

  @Column({ type: 'boolean', default: false })
  active!: boolean;

  @Column({ name: 'activated_at', type: 'timestamptz' })
  activatedAt!: Date;

  @Column({ name: 'activated_by_sub', type: 'text', nullable: true })
  activatedBySub!: string | null;

  @Column({ name: 'activated_by_name', type: 'text', nullable: true })
  activatedByName!: string | null;
}
