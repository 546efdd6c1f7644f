import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency-Key for gate actions as well as registrations: a key is scoped per caller and per project (`scope`:
 * 'registration', or 'project:<id>'), and remembers the first answer (status and body) so that a retry gets it again.
 *
 * Refused attempts are coalesced per actor, project and time window: `refusal_counter` counts them (a plain table the
 * API may update); the append-only audit trail gets the first attempt of a window and one summary entry with the
 * count of the rest, so a flood of refused requests cannot flood a project's trail.
 */
export class ActionIdempotencyAndRefusalCounters1765615000000 implements MigrationInterface {
  name = 'ActionIdempotencyAndRefusalCounters1765615000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "idempotency_key" ADD "scope" character varying(60) NOT NULL DEFAULT 'registration'`);
    await q.query(`ALTER TABLE "idempotency_key" ADD "response_status" smallint`);
    await q.query(`ALTER TABLE "idempotency_key" ADD "response_body" jsonb`);
    await q.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "PK_idempotency_key"`);
    await q.query(
      `ALTER TABLE "idempotency_key" ADD CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("actor_sub", "scope", "key")`,
    );
    await q.query(`
      CREATE TABLE "refusal_counter" (
        "project_id" uuid NOT NULL,
        "actor_sub" text NOT NULL,
        "window_start" TIMESTAMP WITH TIME ZONE NOT NULL,
        "window_end" TIMESTAMP WITH TIME ZONE NOT NULL,
        "attempts" integer NOT NULL,
        "recorded" integer NOT NULL,
        "first_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "last_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "actor" jsonb NOT NULL,
        "last_action" text NOT NULL,
        "last_code" text NOT NULL,
        "last_reason" text NOT NULL,
        CONSTRAINT "PK_refusal_counter" PRIMARY KEY ("project_id", "actor_sub", "window_start")
      )`);
    await q.query(`CREATE INDEX "refusal_counter_window_end_idx" ON "refusal_counter" ("window_end")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "refusal_counter"`);
    await q.query(`DELETE FROM "idempotency_key" WHERE "scope" <> 'registration'`);
    await q.query(`ALTER TABLE "idempotency_key" DROP CONSTRAINT "PK_idempotency_key"`);
    await q.query(`ALTER TABLE "idempotency_key" ADD CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("actor_sub", "key")`);
    await q.query(`ALTER TABLE "idempotency_key" DROP COLUMN "response_body"`);
    await q.query(`ALTER TABLE "idempotency_key" DROP COLUMN "response_status"`);
    await q.query(`ALTER TABLE "idempotency_key" DROP COLUMN "scope"`);
  }
}
