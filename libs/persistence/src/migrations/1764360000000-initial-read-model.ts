import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialReadModel1764360000000 implements MigrationInterface {
  name = 'InitialReadModel1764360000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "project" (
        "id" uuid NOT NULL,
        "workflow_id" text NOT NULL,
        "run_id" text,
        "title" character varying(200) NOT NULL,
        "summary" text NOT NULL,
        "department" character varying(120) NOT NULL,
        "technologies" text array NOT NULL,
        "planned_start" date NOT NULL,
        "case_owner_sub" text NOT NULL,
        "case_owner_name" text NOT NULL,
        "case_owner_email" text NOT NULL,
        "status" character varying(20) NOT NULL,
        "current_gate" character varying(40),
        "gates" jsonb NOT NULL,
        "next_deadline" TIMESTAMP WITH TIME ZONE,
        "state_version" integer NOT NULL,
        "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "UQ_project_workflow_id" UNIQUE ("workflow_id"),
        CONSTRAINT "PK_project" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "project_status_gate_idx" ON "project" ("status", "current_gate")`);
    await q.query(`CREATE INDEX "project_department_idx" ON "project" ("department")`);
    await q.query(`
      CREATE TABLE "task" (
        "id" text NOT NULL,
        "project_id" uuid NOT NULL,
        "gate" character varying(40) NOT NULL,
        "cycle" integer NOT NULL,
        "assignee_role" character varying(40) NOT NULL,
        "assignee_sub" text,
        "status" character varying(10) NOT NULL,
        "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "due_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_task" PRIMARY KEY ("id")
      )`);
    await q.query(`CREATE INDEX "task_project_idx" ON "task" ("project_id")`);
    await q.query(`CREATE INDEX "task_inbox_idx" ON "task" ("assignee_role", "status", "due_at")`);
    await q.query(`
      ALTER TABLE "task" ADD CONSTRAINT "FK_task_project"
        FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`
      CREATE TABLE "idempotency_key" (
        "actor_sub" text NOT NULL,
        "key" character varying(200) NOT NULL,
        "request_hash" character(64) NOT NULL,
        "project_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("actor_sub", "key")
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
    await q.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_task_project"`);
    await q.query(`DROP INDEX "task_inbox_idx"`);
    await q.query(`DROP INDEX "task_project_idx"`);
    await q.query(`DROP TABLE "task"`);
    await q.query(`DROP INDEX "project_department_idx"`);
    await q.query(`DROP INDEX "project_status_gate_idx"`);
    await q.query(`DROP TABLE "project"`);
  }
}
