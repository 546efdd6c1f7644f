import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public pages' read model of the Ethics Commission's reflections (issue 18): one row per released reflection,
 * written by the workflow's publish activity from the `reflection-published` event (exactly the fields released),
 * the decision filled in once it is public (`publicDecisionOf`), and `withdrawn_at` when the release is withdrawn.
 * The public routes read this table only, never the project row. `last_event_no` orders the writes, so a replayed
 * older publish never undoes a later withdrawal.
 */
export class PublicReflections1765718000000 implements MigrationInterface {
  name = 'PublicReflections1765718000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "public_reflection" (
         "id" uuid PRIMARY KEY,
         "project_id" uuid NOT NULL,
         "advice_id" text NOT NULL,
         "title" text NOT NULL,
         "department" text NOT NULL,
         "question" text NOT NULL,
         "public_summary" text,
         "observations" text NOT NULL,
         "recommendations" jsonb NOT NULL DEFAULT '[]'::jsonb,
         "reflected_at" timestamptz NOT NULL,
         "published_at" timestamptz NOT NULL,
         "withdrawn_at" timestamptz,
         "decision_outcome" text,
         "decided_at" timestamptz,
         "last_event_no" integer NOT NULL,
         CONSTRAINT "public_reflection_project_advice_uq" UNIQUE ("project_id", "advice_id")
       )`,
    );
    await q.query(
      `CREATE INDEX "public_reflection_published_idx" ON "public_reflection" ("published_at" DESC, "id")
         WHERE "withdrawn_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "public_reflection"`);
  }
}
