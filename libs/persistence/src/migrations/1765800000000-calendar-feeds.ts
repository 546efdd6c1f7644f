import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal calendar feeds (issue 19): calendar clients cannot send a bearer token, so a person's feed is read with a
 * secret in its address. Only the secret's SHA-256 is kept; a person has at most one live feed (a new one revokes the
 * old), and a revoked or replaced feed stays as a row with `revoked_at`, so the person's history of feeds is kept.
 */
export class CalendarFeeds1765800000000 implements MigrationInterface {
  name = 'CalendarFeeds1765800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "calendar_feed" (
         "token_sha256" char(64) PRIMARY KEY,
         "person_sub" text NOT NULL,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         "revoked_at" timestamptz,
         "last_read_at" timestamptz
       )`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "calendar_feed_one_live_idx" ON "calendar_feed" ("person_sub") WHERE "revoked_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "calendar_feed"`);
  }
}
