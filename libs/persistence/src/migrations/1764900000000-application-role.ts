import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The role the application acts as. It reads and writes what it owns, and may only add to the audit trail: no
 * UPDATE, DELETE or TRUNCATE there, so a bug or a stolen connection cannot rewrite history, and the triggers are
 * a second wall behind that. Migrations (and only they) run as the owner. Roles belong to the whole cluster, so
 * creating it is idempotent.
 */
export class ApplicationRole1764900000000 implements MigrationInterface {
  name = 'ApplicationRole1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'waardenpoort_app') THEN
          CREATE ROLE waardenpoort_app NOLOGIN;
        END IF;
      END
      $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO waardenpoort_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO waardenpoort_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO waardenpoort_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM waardenpoort_app`);
    await q.query(`REVOKE ALL ON typeorm_migrations FROM waardenpoort_app`);
    // Tables added by later migrations get the same rights; a later migration that adds an append-only table
    // revokes them there, as this one does for audit_event.
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO waardenpoort_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO waardenpoort_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM waardenpoort_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM waardenpoort_app`,
    );
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM waardenpoort_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM waardenpoort_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM waardenpoort_app`);
    // The role itself stays: other databases of the cluster may still use it.
  }
}
