import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Refused attempts of one actor on one project within one time window. The audit trail holds the first attempt of
 * the window as it happened and, once the window is over, one summary entry with the count of the others; this
 * table (not the append-only trail) is what a refusal updates. `recorded` is how many attempts the trail accounts for.
 */
@Entity({ name: 'refusal_counter' })
@Index('refusal_counter_window_end_idx', ['windowEnd'])
export class RefusalCounterEntity {
  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'PK_refusal_counter' })
  projectId!: string;

  @PrimaryColumn({ name: 'actor_sub', type: 'text', primaryKeyConstraintName: 'PK_refusal_counter' })
  actorSub!: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz', primaryKeyConstraintName: 'PK_refusal_counter' })
  windowStart!: Date;

  @Column({ name: 'window_end', type: 'timestamptz' })
  windowEnd!: Date;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'integer' })
  recorded!: number;

  @Column({ name: 'first_at', type: 'timestamptz' })
  firstAt!: Date;

  @Column({ name: 'last_at', type: 'timestamptz' })
  lastAt!: Date;

  @Column({ type: 'jsonb' })
  actor!: unknown;

  @Column({ name: 'last_action', type: 'text' })
  lastAction!: string;

  @Column({ name: 'last_code', type: 'text' })
  lastCode!: string;

  @Column({ name: 'last_reason', type: 'text' })
  lastReason!: string;
}
