import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every policy version that was ever in force, with who activated it; exactly one active version per policy id. */
export class PolicyVersions1764600000000 implements MigrationInterface {
  name = 'PolicyVersions1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "policy_version" (
        "policy_id" character varying(100) NOT NULL,
        "version" integer NOT NULL,
        "title" jsonb NOT NULL,
        "effective_from" date NOT NULL,
        "document" jsonb NOT NULL,
        "sha256" character(64) NOT NULL,
        "source" character varying(10) NOT NULL,
        "active" boolean NOT NULL DEFAULT false,
        "activated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "activated_by_sub" text,
        "activated_by_name" text,
        CONSTRAINT "PK_policy_version" PRIMARY KEY ("policy_id", "version")
      )`);
    await q.query(`CREATE UNIQUE INDEX "policy_version_one_active" ON "policy_version" ("policy_id") WHERE active`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "policy_version_one_active"`);
    await q.query(`DROP TABLE "policy_version"`);
  }
}
