import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Ethics Commission's meeting calendar (issue 19): meetings kept by the ethics secretary, and the cases on each
 * meeting's agenda. A case has at most one live place (`released_at IS NULL`); a released place stays as a row, so
 * where a case was before it moved is kept. Capacity is enforced by the repository under a row lock on the meeting.
 */
export class CommissionMeetings1765900000000 implements MigrationInterface {
  name = 'CommissionMeetings1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "commission_meeting" (
         "id" uuid PRIMARY KEY,
         "starts_at" timestamptz NOT NULL,
         "location" text,
         "online_url" text,
         "capacity" integer NOT NULL CHECK ("capacity" BETWEEN 1 AND 1000),
         "submission_deadline" timestamptz NOT NULL,
         "status" text NOT NULL DEFAULT 'planned' CHECK ("status" IN ('planned', 'held', 'cancelled')),
         "created_by" text NOT NULL,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         "updated_at" timestamptz NOT NULL DEFAULT now(),
         "version" integer NOT NULL DEFAULT 1,
         CHECK ("location" IS NOT NULL OR "online_url" IS NOT NULL),
         CHECK ("submission_deadline" <= "starts_at")
       )`,
    );
    await q.query(`CREATE INDEX "commission_meeting_starts_idx" ON "commission_meeting" ("status", "starts_at")`);
    await q.query(
      `CREATE TABLE "commission_meeting_assignment" (
         "meeting_id" uuid NOT NULL REFERENCES "commission_meeting" ("id"),
         "project_id" uuid NOT NULL,
         "assigned_at" timestamptz NOT NULL DEFAULT now(),
         "how" text NOT NULL CHECK ("how" IN ('auto', 'secretary', 'moved')),
         "released_at" timestamptz,
         PRIMARY KEY ("meeting_id", "project_id", "assigned_at")
       )`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "commission_assignment_one_live_idx" ON "commission_meeting_assignment" ("project_id")
        WHERE "released_at" IS NULL`,
    );
    await q.query(
      `CREATE INDEX "commission_assignment_meeting_idx" ON "commission_meeting_assignment" ("meeting_id")
        WHERE "released_at" IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "commission_meeting_assignment"`);
    await q.query(`DROP TABLE "commission_meeting"`);
  }
}
