import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks for the CIO office's monitoring pipelines, and the ordered feed of audit events that they (and the live
 * event stream) are made from.
 */
export class WebhooksAndMonitoring1764800000000 implements MigrationInterface {
  name = 'WebhooksAndMonitoring1764800000000';

  async up(q: QueryRunner): Promise<void> {
    // The feed. audit_event has no column that orders it globally (its seq is per project), and a timestamp or a
    // sequence would not do: rows commit in another order than they get their timestamp or number, so a reader's
    // cursor could pass a row that is still uncommitted and never see it. The writing transaction's id can: a reader
    // that only reads rows with txid below the oldest transaction still running knows that nothing below its
    // cursor can still appear. The (txid, id) index is what that cursor reads through.
    await q.query(`
      CREATE TABLE "webhook_feed" (
        "id" BIGSERIAL NOT NULL,
        "txid" bigint NOT NULL,
        "audit_event_id" text NOT NULL,
        "project_id" uuid NOT NULL,
        "action" character varying(80) NOT NULL,
        "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_webhook_feed" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "webhook_feed_position_idx" ON "webhook_feed" ("txid", "id")`);
    // A trigger rather than code in the transition publisher: it catches every writer of the trail (transitions and
    // refused attempts alike), always in the writer's own transaction, and leaves the audit code untouched.
    // Statement-level with a transition table, so a batch of 500 events costs one INSERT, not 500. The app role
    // needs INSERT on webhook_feed for this (the application-role migration's grants and default privileges).
    await q.query(`
      CREATE FUNCTION "webhook_feed_capture"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "webhook_feed" ("txid", "audit_event_id", "project_id", "action")
          SELECT pg_current_xact_id()::text::bigint, n."id", n."project_id", n."action"
            FROM inserted n ORDER BY n."project_id", n."seq";
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "audit_event_to_webhook_feed" AFTER INSERT ON "audit_event"
        REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "webhook_feed_capture"()`);

    await q.query(`
      CREATE TABLE "webhook_cursor" (
        "consumer" character varying(40) NOT NULL,
        "txid" bigint NOT NULL,
        "feed_id" bigint NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_webhook_cursor" PRIMARY KEY ("consumer")
      )`);
    // Webhooks report what happens from now on; the trail before this migration is not replayed.
    await q.query(`INSERT INTO "webhook_cursor" ("consumer", "txid", "feed_id", "updated_at") VALUES
      ('webhook-dispatcher', 0, 0, now())`);

    await q.query(`
      CREATE TABLE "webhook_subscription" (
        "id" uuid NOT NULL,
        "target_url" text NOT NULL,
        "event_types" text array NOT NULL,
        "secret" text NOT NULL,
        "description" character varying(200),
        "created_by_sub" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "deleted_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_webhook_subscription_event_types" CHECK (cardinality("event_types") > 0),
        CONSTRAINT "PK_webhook_subscription" PRIMARY KEY ("id")
      )`);

    await q.query(`
      CREATE TABLE "webhook_delivery" (
        "id" uuid NOT NULL,
        "subscription_id" uuid NOT NULL,
        "event_id" text NOT NULL,
        "event_type" character varying(40) NOT NULL,
        "body" text NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE,
        "last_status_code" integer,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "delivered_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "UQ_webhook_delivery_subscription_event" UNIQUE ("subscription_id", "event_id"),
        CONSTRAINT "CHK_webhook_delivery_status" CHECK ("status" IN ('pending', 'succeeded', 'failed', 'cancelled')),
        CONSTRAINT "PK_webhook_delivery" PRIMARY KEY ("id")
      )`);
    // The dispatcher's question, "which pending deliveries are due", reads only pending rows: a partial index stays
    // as small as the backlog while the log of succeeded deliveries grows.
    await q.query(
      `CREATE INDEX "webhook_delivery_due_idx" ON "webhook_delivery" ("next_attempt_at") WHERE "status" = 'pending'`,
    );
    // The delivery log of one subscription, newest first.
    await q.query(
      `CREATE INDEX "webhook_delivery_subscription_created_idx" ON "webhook_delivery" ("subscription_id", "created_at")`,
    );
    await q.query(`
      ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_webhook_delivery_subscription"
        FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);

    // The UNIQUE (delivery_id, attempt) constraint is also the index the log reads a delivery's attempts through.
    await q.query(`
      CREATE TABLE "webhook_delivery_attempt" (
        "id" BIGSERIAL NOT NULL,
        "delivery_id" uuid NOT NULL,
        "attempt" integer NOT NULL,
        "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "duration_ms" integer NOT NULL,
        "status_code" integer,
        "outcome" character varying(20) NOT NULL,
        "error" text,
        CONSTRAINT "UQ_webhook_delivery_attempt_delivery_attempt" UNIQUE ("delivery_id", "attempt"),
        CONSTRAINT "CHK_webhook_delivery_attempt_outcome" CHECK ("outcome" IN ('succeeded', 'failed')),
        CONSTRAINT "PK_webhook_delivery_attempt" PRIMARY KEY ("id")
      )`);
    await q.query(`
      ALTER TABLE "webhook_delivery_attempt" ADD CONSTRAINT "FK_webhook_delivery_attempt_delivery"
        FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_delivery_attempt" DROP CONSTRAINT "FK_webhook_delivery_attempt_delivery"`);
    await q.query(`DROP TABLE "webhook_delivery_attempt"`);
    await q.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_webhook_delivery_subscription"`);
    await q.query(`DROP INDEX "webhook_delivery_subscription_created_idx"`);
    await q.query(`DROP INDEX "webhook_delivery_due_idx"`);
    await q.query(`DROP TABLE "webhook_delivery"`);
    await q.query(`DROP TABLE "webhook_subscription"`);
    await q.query(`DROP TABLE "webhook_cursor"`);
    await q.query(`DROP TRIGGER "audit_event_to_webhook_feed" ON "audit_event"`);
    await q.query(`DROP FUNCTION "webhook_feed_capture"()`);
    await q.query(`DROP INDEX "webhook_feed_position_idx"`);
    await q.query(`DROP TABLE "webhook_feed"`);
  }
}
