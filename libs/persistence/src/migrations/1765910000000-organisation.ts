import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisation model (issue 19): departments with their head and deputies, so that department-head mail and
 * escalations reach the head of the project's own department. `department.id` is the text projects carry in their
 * `department` field. Every change is a new, immutable row of `department_version` (who, when, why, and from which
 * source: the identity provider's claims, the organisation file, or the admin API); `department` holds the current
 * state. `notification_routing` records, per department-head notification, to whom it went and why.
 */
export class Organisation1765910000000 implements MigrationInterface {
  name = 'Organisation1765910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "department" (
         "id" varchar(120) PRIMARY KEY,
         "name_nl" varchar(200) NOT NULL,
         "name_en" varchar(200) NOT NULL,
         "head_sub" varchar(255),
         "deputy_subs" text[] NOT NULL DEFAULT '{}',
         "active" boolean NOT NULL DEFAULT true,
         "version" integer NOT NULL,
         "source" varchar(10) NOT NULL,
         "changed_at" timestamptz NOT NULL DEFAULT now(),
         "changed_by_sub" text,
         "changed_by_name" text,
         "reason" text,
         CONSTRAINT "CHK_department_source" CHECK ("source" IN ('claims', 'file', 'api')),
         CONSTRAINT "CHK_department_head_not_deputy" CHECK ("head_sub" IS NULL OR NOT ("head_sub" = ANY("deputy_subs")))
       )`,
    );
    await q.query(
      `CREATE TABLE "department_version" (
         "department_id" varchar(120) NOT NULL,
         "version" integer NOT NULL,
         "name_nl" varchar(200) NOT NULL,
         "name_en" varchar(200) NOT NULL,
         "head_sub" varchar(255),
         "deputy_subs" text[] NOT NULL,
         "active" boolean NOT NULL,
         "source" varchar(10) NOT NULL,
         "changed_at" timestamptz NOT NULL,
         "changed_by_sub" text,
         "changed_by_name" text,
         "reason" text,
         CONSTRAINT "PK_department_version" PRIMARY KEY ("department_id", "version"),
         CONSTRAINT "CHK_department_version_source" CHECK ("source" IN ('claims', 'file', 'api'))
       )`,
    );
    await q.query(`
      CREATE FUNCTION "department_version_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'department_version % of % cannot be changed or removed: store a new version',
          OLD.version, OLD.department_id USING ERRCODE = 'integrity_constraint_violation';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "department_version_immutable" BEFORE UPDATE OR DELETE ON "department_version"
        FOR EACH ROW EXECUTE FUNCTION "department_version_immutable"()`);
    await q.query(
      `CREATE TABLE "notification_routing" (
         "notification_id" text PRIMARY KEY,
         "project_id" uuid NOT NULL,
         "department" text NOT NULL,
         "reason" varchar(40) NOT NULL,
         "department_version" integer,
         "recipients" text[] NOT NULL,
         "routed_at" timestamptz NOT NULL DEFAULT now()
       )`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "notification_routing"`);
    await q.query(`DROP TRIGGER "department_version_immutable" ON "department_version"`);
    await q.query(`DROP FUNCTION "department_version_immutable"()`);
    await q.query(`DROP TABLE "department_version"`);
    await q.query(`DROP TABLE "department"`);
  }
}
