import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrailAndOutbox1764400000000 implements MigrationInterface {
  name = 'AuditTrailAndOutbox1764400000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign key to "project": the trail must also hold what happened around projects that have no read-model
    // row (a refused attempt on an unknown or mistyped project id), and evidence must never depend on, or block,
    // the life cycle of a read-model row.
    // The UNIQUE constraint on (project_id, seq) is also the index the chain is read through; a second index on
    // the same columns would only cost writes.
    await q.query(`
      CREATE TABLE "audit_event" (
        "id" text NOT NULL,
        "project_id" uuid NOT NULL,
        "seq" bigint NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_sub" text,
        "actor_name" text,
        "actor_roles" text array NOT NULL DEFAULT '{}',
        "action" character varying(80) NOT NULL,
        "gate" character varying(40),
        "payload" jsonb NOT NULL,
        "canonical" text NOT NULL,
        "document_hashes" text array NOT NULL,
        "policy_version" integer,
        "workflow_id" text,
        "run_id" text,
        "prev_hash" character(64) NOT NULL,
        "hash" character(64) NOT NULL,
        CONSTRAINT "UQ_audit_event_project_seq" UNIQUE ("project_id", "seq"),
        CONSTRAINT "CHK_audit_event_seq_positive" CHECK ("seq" >= 1),
        CONSTRAINT "PK_audit_event" PRIMARY KEY ("id")
      )`);
    // Triggers, not privileges alone: they also stop the schema owner's own connections (the application's), so a
    // bug or a hand-typed statement cannot rewrite history. Row-level for UPDATE/DELETE, statement-level for
    // TRUNCATE, which fires no row triggers.
    await q.query(`
      CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'Record a correcting event instead of changing or removing one.';
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event"
        FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`);
    await q.query(`
      CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
        FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);

    await q.query(`
      CREATE TABLE "notification_outbox" (
        "id" text NOT NULL,
        "project_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "gate" character varying(40),
        "recipient_role" character varying(40) NOT NULL,
        "recipient_sub" text,
        "due_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "escalation_level" integer NOT NULL,
        "payload" jsonb NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_notification_outbox_status" CHECK ("status" IN ('pending', 'sent', 'failed')),
        CONSTRAINT "PK_notification_outbox" PRIMARY KEY ("id")
      )`);
    await q.query(
      `CREATE INDEX "notification_outbox_status_created_idx" ON "notification_outbox" ("status", "created_at")`,
    );
    await q.query(
      `CREATE INDEX "notification_outbox_project_created_idx" ON "notification_outbox" ("project_id", "created_at")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "notification_outbox_project_created_idx"`);
    await q.query(`DROP INDEX "notification_outbox_status_created_idx"`);
    await q.query(`DROP TABLE "notification_outbox"`);
    // DROP TABLE fires no TRUNCATE or DELETE trigger, so reverting works without disabling the guard first.
    await q.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await q.query(`DROP TRIGGER "audit_event_no_update_delete" ON "audit_event"`);
    await q.query(`DROP FUNCTION "audit_event_append_only"()`);
    await q.query(`DROP TABLE "audit_event"`);
  }
}
