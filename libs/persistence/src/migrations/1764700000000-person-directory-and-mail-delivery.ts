import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The person directory (who gets mail, in which language, single mails or a daily digest) and mail delivery of the
 * notification outbox: a lease on outbox rows so several dispatchers can share the work, one delivery row per
 * notification and recipient so a retry only resends what did not arrive, and daily digest mails.
 */
export class PersonDirectoryAndMailDelivery1764700000000 implements MigrationInterface {
  name = 'PersonDirectoryAndMailDelivery1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "person" (
        "sub" text NOT NULL,
        "name" text NOT NULL,
        "email" text,
        "roles" text array NOT NULL DEFAULT '{}',
        "language" character varying(2) NOT NULL DEFAULT 'nl',
        "digest" boolean NOT NULL DEFAULT false,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "CHK_person_language" CHECK ("language" IN ('nl', 'en')),
        CONSTRAINT "PK_person" PRIMARY KEY ("sub")
      )`);

    // Existing rows become claimable at once (DEFAULT now()): whatever was queued before mail existed goes out.
    await q.query(`
      ALTER TABLE "notification_outbox"
        ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        ADD "locked_by" text`);
    await q.query(`ALTER TABLE "notification_outbox" DROP CONSTRAINT "CHK_notification_outbox_status"`);
    await q.query(`
      ALTER TABLE "notification_outbox" ADD CONSTRAINT "CHK_notification_outbox_status"
        CHECK ("status" IN ('pending', 'sending', 'sent', 'failed'))`);
    await q.query(`
      CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" ("next_attempt_at")
        WHERE "status" IN ('pending', 'sending')`);

    await q.query(`
      CREATE TABLE "notification_digest" (
        "id" text NOT NULL,
        "recipient" text NOT NULL,
        "recipient_sub" text,
        "recipient_name" text NOT NULL,
        "language" character varying(2) NOT NULL,
        "message_id" text NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "locked_by" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "CHK_notification_digest_status" CHECK ("status" IN ('pending', 'sending', 'sent', 'failed')),
        CONSTRAINT "CHK_notification_digest_language" CHECK ("language" IN ('nl', 'en')),
        CONSTRAINT "PK_notification_digest" PRIMARY KEY ("id")
      )`);
    await q.query(`
      CREATE INDEX "notification_digest_due_idx" ON "notification_digest" ("next_attempt_at")
        WHERE "status" IN ('pending', 'sending')`);

    await q.query(`
      CREATE TABLE "notification_delivery" (
        "notification_id" text NOT NULL,
        "recipient" text NOT NULL,
        "recipient_sub" text,
        "recipient_name" text NOT NULL,
        "language" character varying(2) NOT NULL,
        "message_id" text NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'pending',
        "attempts" integer NOT NULL DEFAULT 0,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "digest_id" text,
        CONSTRAINT "CHK_notification_delivery_status"
          CHECK ("status" IN ('pending', 'sending', 'sent', 'held', 'failed')),
        CONSTRAINT "CHK_notification_delivery_language" CHECK ("language" IN ('nl', 'en')),
        CONSTRAINT "PK_notification_delivery" PRIMARY KEY ("notification_id", "recipient"),
        CONSTRAINT "FK_notification_delivery_notification" FOREIGN KEY ("notification_id")
          REFERENCES "notification_outbox"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "FK_notification_delivery_digest" FOREIGN KEY ("digest_id")
          REFERENCES "notification_digest"("id") ON DELETE SET NULL ON UPDATE NO ACTION
      )`);
    await q.query(`
      CREATE INDEX "notification_delivery_held_idx" ON "notification_delivery" ("recipient", "created_at")
        WHERE "status" = 'held'`);
    await q.query(`
      CREATE INDEX "notification_delivery_digest_idx" ON "notification_delivery" ("digest_id")
        WHERE "digest_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "notification_delivery_digest_idx"`);
    await q.query(`DROP INDEX "notification_delivery_held_idx"`);
    await q.query(`DROP TABLE "notification_delivery"`);
    await q.query(`DROP INDEX "notification_digest_due_idx"`);
    await q.query(`DROP TABLE "notification_digest"`);
    await q.query(`DROP INDEX "notification_outbox_due_idx"`);
    await q.query(`ALTER TABLE "notification_outbox" DROP CONSTRAINT "CHK_notification_outbox_status"`);
    // A row a dispatcher held when the schema went back is simply pending again under the old states.
    await q.query(`UPDATE "notification_outbox" SET "status" = 'pending' WHERE "status" = 'sending'`);
    await q.query(`
      ALTER TABLE "notification_outbox" ADD CONSTRAINT "CHK_notification_outbox_status"
        CHECK ("status" IN ('pending', 'sent', 'failed'))`);
    await q.query(`ALTER TABLE "notification_outbox" DROP COLUMN "locked_by", DROP COLUMN "next_attempt_at"`);
    await q.query(`DROP TABLE "person"`);
  }
}
