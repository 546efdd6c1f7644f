import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Projects whose workflow marked a step as needing attention (`details.attention`, issue 15): the pipeline report
 * and `/metrics` list them on every read, so they are found through a partial index over the few, not a scan of all.
 */
export class ProjectsNeedingAttention1765540000000 implements MigrationInterface {
  name = 'ProjectsNeedingAttention1765540000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "project_needs_attention_idx" ON "project" ("department", "id")
         WHERE jsonb_typeof("details" -> 'attention') = 'object'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "project_needs_attention_idx"`);
  }
}
