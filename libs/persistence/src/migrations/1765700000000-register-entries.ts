import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The versions of each project's entries in the public registers (algorithm register, sensor register): what the
 * case owner submitted and what the CIO office published, with who and when. The exports read the published ones.
 * Append-only for the application, like the audit trail it is written with: a published version is never changed,
 * a correction is a new version.
 */
export class RegisterEntries1765700000000 implements MigrationInterface {
  name = 'RegisterEntries1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "register_entry_version" (
        "id" BIGSERIAL NOT NULL,
        "project_id" uuid NOT NULL,
        "register_kind" character varying(20) NOT NULL,
        "version" integer NOT NULL,
        "status" character varying(20) NOT NULL,
        "entry" jsonb NOT NULL,
        "event_id" character varying(200) NOT NULL,
        "actor_sub" text,
        "actor_name" text,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_register_entry_version" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_register_entry_version_event" UNIQUE ("event_id"),
        CONSTRAINT "UQ_register_entry_version_number" UNIQUE ("project_id", "register_kind", "status", "version"),
        CONSTRAINT "CHK_register_entry_version_kind" CHECK ("register_kind" IN ('algorithm', 'sensor')),
        CONSTRAINT "CHK_register_entry_version_status" CHECK ("status" IN ('draft', 'submitted', 'published')),
        CONSTRAINT "CHK_register_entry_version_positive" CHECK ("version" >= 1)
      )`);
    await q.query(
      `CREATE INDEX "register_entry_version_export_idx"
         ON "register_entry_version" ("register_kind", "status", "project_id", "version")`,
    );
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'waardenpoort_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "register_entry_version" FROM waardenpoort_app;
        END IF;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "register_entry_version"`);
  }
}
