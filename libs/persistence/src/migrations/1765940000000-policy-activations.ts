import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activating a policy version with intent (issue 20). `policy_activation`: every activation, with the CIO office's
 * choice for the running projects (`reroute`), why, who and when, the what-if verdicts of the running projects then
 * (`tally`) and how many it selected. It is a record: the application may add rows, never change or remove them.
 * `policy_activation_project`: per selected project the verdict and where its re-assessment request stands; the
 * delivery updates `state` until no row is pending, and never removes a row. The selected projects are written as the
 * what-if streams, before the activation whose tally they make up: the foreign key is checked at commit.
 */
export class PolicyActivations1765940000000 implements MigrationInterface {
  name = 'PolicyActivations1765940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "policy_activation" (
        "id" uuid NOT NULL,
        "policy_id" character varying(100) NOT NULL,
        "version" integer NOT NULL,
        "reroute" character varying(10) NOT NULL,
        "reason" text,
        "activated_by_sub" text NOT NULL,
        "activated_by_name" text NOT NULL,
        "activated_by_email" text NOT NULL DEFAULT '',
        "activated_by_roles" text[] NOT NULL DEFAULT '{}',
        "activated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "tally" jsonb NOT NULL,
        "selected" integer NOT NULL,
        CONSTRAINT "PK_policy_activation" PRIMARY KEY ("id"),
        CONSTRAINT "UQ_policy_activation_version" UNIQUE ("policy_id", "version"),
        CONSTRAINT "FK_policy_activation_version" FOREIGN KEY ("policy_id", "version")
          REFERENCES "policy_version" ("policy_id", "version"),
        CONSTRAINT "CHK_policy_activation_reroute" CHECK ("reroute" IN ('none', 'affected', 'all')),
        CONSTRAINT "CHK_policy_activation_selected" CHECK ("selected" >= 0 AND ("reroute" <> 'none' OR "selected" = 0))
      )`);
    await q.query(`CREATE INDEX "policy_activation_newest" ON "policy_activation" ("activated_at" DESC, "id")`);
    await q.query(`
      CREATE TABLE "policy_activation_project" (
        "activation_id" uuid NOT NULL,
        "project_id" uuid NOT NULL,
        "verdict" character varying(30) NOT NULL,
        "state" character varying(10) NOT NULL DEFAULT 'pending',
        "refusal_code" character varying(100),
        "refusal_message" text,
        "requested_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_policy_activation_project" PRIMARY KEY ("activation_id", "project_id"),
        CONSTRAINT "FK_policy_activation_project_activation" FOREIGN KEY ("activation_id")
          REFERENCES "policy_activation" ("id") DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT "CHK_policy_activation_project_state"
          CHECK ("state" IN ('pending', 'requested', 'refused', 'failed'))
      )`);
    await q.query(
      `CREATE INDEX "policy_activation_project_pending" ON "policy_activation_project" ("activation_id", "project_id")
         WHERE "state" = 'pending'`,
    );
    // The application role gets these tables' rights by default (1764900000000); the record is append-only for it.
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'waardenpoort_app') THEN
          REVOKE UPDATE, DELETE, TRUNCATE ON "policy_activation" FROM waardenpoort_app;
          REVOKE DELETE, TRUNCATE ON "policy_activation_project" FROM waardenpoort_app;
        END IF;
      END
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "policy_activation_project"`);
    await q.query(`DROP TABLE "policy_activation"`);
  }
}
