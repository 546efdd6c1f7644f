import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read model learns the lifecycle: the pinned policy, the route's risk level, and the details of each gate. */
export class ProjectLifecycle1764500000000 implements MigrationInterface {
  name = 'ProjectLifecycle1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project" ADD "policy_id" character varying(100)`);
    await q.query(`ALTER TABLE "project" ADD "policy_version" integer`);
    await q.query(`ALTER TABLE "project" ADD "risk_level" character varying(10)`);
    await q.query(`ALTER TABLE "project" ADD "details" jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "task" ADD "step" character varying(40)`);
    await q.query(`ALTER TABLE "task" ADD "escalation_level" integer NOT NULL DEFAULT 0`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "task" DROP COLUMN "escalation_level"`);
    await q.query(`ALTER TABLE "task" DROP COLUMN "step"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "details"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "risk_level"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "policy_version"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "policy_id"`);
  }
}
