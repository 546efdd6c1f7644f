import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who works on a task besides the workflow's assignee (issue 19). `absence`: a person's period away and the colleague
 * with the same role(s) who stands in for them (tasks, mail, acting for them). `task_assignment`: who holds an open
 * task, by claim (one person of the role takes a role task) or by delegation (handed to a named colleague). It is
 * kept apart from `task`, which the read model rewrites per snapshot; a row counts only while its task is open with
 * the same assignee role, so a claim ends when the task closes or moves to another role's step.
 */
export class AbsencesAndTaskAssignment1765920000000 implements MigrationInterface {
  name = 'AbsencesAndTaskAssignment1765920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "absence" (
         "id" uuid PRIMARY KEY,
         "person_sub" text NOT NULL,
         "person_name" text NOT NULL,
         "substitute_sub" text NOT NULL,
         "substitute_name" text NOT NULL,
         "starts_at" timestamptz NOT NULL,
         "ends_at" timestamptz NOT NULL,
         "created_at" timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT "CHK_absence_period" CHECK ("ends_at" > "starts_at"),
         CONSTRAINT "CHK_absence_someone_else" CHECK ("substitute_sub" <> "person_sub")
       )`,
    );
    await q.query(`CREATE INDEX "absence_person_idx" ON "absence" ("person_sub", "ends_at")`);
    await q.query(`CREATE INDEX "absence_substitute_idx" ON "absence" ("substitute_sub", "ends_at")`);
    await q.query(
      `CREATE TABLE "task_assignment" (
         "task_id" text PRIMARY KEY,
         "project_id" uuid NOT NULL,
         "role" varchar(40) NOT NULL,
         "kind" varchar(10) NOT NULL,
         "holder_sub" text NOT NULL,
         "holder_name" text NOT NULL,
         "by_sub" text NOT NULL,
         "by_name" text NOT NULL,
         "reason" text,
         "since" timestamptz NOT NULL DEFAULT now(),
         CONSTRAINT "CHK_task_assignment_kind" CHECK ("kind" IN ('claimed', 'delegated'))
       )`,
    );
    await q.query(`CREATE INDEX "task_assignment_holder_idx" ON "task_assignment" ("holder_sub")`);
    await q.query(`CREATE INDEX "task_assignment_project_idx" ON "task_assignment" ("project_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "task_assignment"`);
    await q.query(`DROP TABLE "absence"`);
  }
}
