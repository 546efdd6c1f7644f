import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The CIO office's pipeline report and the project list, fast at 100,000 projects (`npm run bench`, benchmark 3).
 *
 * Before this, the report expanded every project's gate view (jsonb) and joined every open task with its project on
 * each request: 1.1 s p50 with 100,000 projects and 253,000 tasks. Now:
 *
 * - `project_gate_completion` and `project_decision` are narrow copies of what the lead times read from the project
 *   row (the completed gates of its gate view, latest cycle each, and the decision on record), kept by a trigger in
 *   the same transaction as every write of the row. They are derived data: `rebuild_project_figures()` makes them
 *   again from the projects (after a bulk load or a restore made with triggers off), and a test compares both.
 *   The definitions live once, in the two `*_source` views, which the trigger and the rebuild both read.
 * - `task.department` and `task.project_on_hold` copy the two project columns the open-task counts need, written
 *   with every task by the read model (which rewrites a project's open tasks on each snapshot), so the counts are an
 *   index-only scan of the open tasks instead of a join with 100,000 projects.
 * - Indexes: counts per department/gate/status; open tasks per department/gate; open escalations in report order;
 *   the project list's order with the filter columns included (deep pages are an index-only scan).
 */
export class PipelineFigures1765100000000 implements MigrationInterface {
  name = 'PipelineFigures1765100000000';

  async up(q: QueryRunner): Promise<void> {
    // Open tasks: the project's department and whether it is on hold (its clock stopped: no task overdue).
    await q.query(`ALTER TABLE "task" ADD "department" character varying(120)`);
    await q.query(`ALTER TABLE "task" ADD "project_on_hold" boolean NOT NULL DEFAULT false`);
    await q.query(
      `CREATE INDEX "task_open_pipeline_idx" ON "task" ("department", "gate")
         INCLUDE ("due_at", "escalation_level", "project_on_hold") WHERE "status" = 'open'`,
    );
    await q.query(
      `CREATE INDEX "task_open_escalation_idx" ON "task" ("escalation_level" DESC, "due_at", "id")
         INCLUDE ("department") WHERE "status" = 'open' AND "escalation_level" > 0`,
    );

    // Projects: counts per department, gate and status from the index alone; the list's order with its filters.
    await q.query(`DROP INDEX "project_department_idx"`);
    await q.query(`CREATE INDEX "project_pipeline_idx" ON "project" ("department", "current_gate", "status")`);
    await q.query(`DROP INDEX "project_registered_at_idx"`);
    await q.query(
      `CREATE INDEX "project_list_idx" ON "project" ("registered_at" DESC, "id")
         INCLUDE ("status", "current_gate", "department")`,
    );

    // Completed gates: the latest cycle of each, as the gate view shows it. The gate's opening is its cycle's first
    // task (the gate view's openedAt moves with every step of a multi-step gate), else the gate view's openedAt.
    await q.query(`
      CREATE VIEW "project_gate_completion_source" AS
      SELECT p.id AS project_id, g->>'gate' AS gate, (g->>'cycle')::int AS cycle, p.department,
             coalesce(
               (SELECT min(t.opened_at) FROM task t
                 WHERE t.project_id = p.id AND t.gate = g->>'gate' AND t.cycle = (g->>'cycle')::int),
               (g->>'openedAt')::timestamptz) AS opened_at,
             (g->>'completedAt')::timestamptz AS completed_at
        FROM project p CROSS JOIN LATERAL jsonb_array_elements(p.gates) g
       WHERE g->>'state' = 'completed' AND g->>'completedAt' IS NOT NULL`);
    await q.query(`
      CREATE TABLE "project_gate_completion" (
        "project_id" uuid NOT NULL,
        "gate" character varying(40) NOT NULL,
        "cycle" integer NOT NULL,
        "department" character varying(120) NOT NULL,
        "opened_at" TIMESTAMP WITH TIME ZONE,
        "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_project_gate_completion" PRIMARY KEY ("project_id", "gate", "cycle"),
        CONSTRAINT "FK_project_gate_completion_project" FOREIGN KEY ("project_id") REFERENCES "project"("id")
          ON DELETE CASCADE
      )`);
    // Lead time in seconds, as the report reads it (null when the opening is unknown: not counted).
    await q.query(`
      ALTER TABLE "project_gate_completion" ADD "seconds" double precision
        GENERATED ALWAYS AS (extract(epoch FROM "completed_at" - "opened_at")) STORED`);
    await q.query(
      `CREATE INDEX "project_gate_completion_window_idx" ON "project_gate_completion" ("gate", "completed_at")
         INCLUDE ("department", "seconds")`,
    );
    await q.query(
      `CREATE INDEX "project_gate_completion_department_idx" ON "project_gate_completion" ("department", "completed_at")
         INCLUDE ("gate", "seconds")`,
    );

    // The decision on record (any outcome; the report picks the final ones), registered → decided.
    await q.query(`
      CREATE VIEW "project_decision_source" AS
      SELECT p.id AS project_id, p.department, p.details->'decision'->>'outcome' AS outcome, p.registered_at,
             (p.details->'decision'->>'at')::timestamptz AS decided_at
        FROM project p
       WHERE p.details->'decision'->>'outcome' IS NOT NULL AND p.details->'decision'->>'at' IS NOT NULL`);
    await q.query(`
      CREATE TABLE "project_decision" (
        "project_id" uuid NOT NULL,
        "department" character varying(120) NOT NULL,
        "outcome" character varying(40) NOT NULL,
        "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "seconds" double precision GENERATED ALWAYS AS (extract(epoch FROM "decided_at" - "registered_at")) STORED,
        CONSTRAINT "PK_project_decision" PRIMARY KEY ("project_id"),
        CONSTRAINT "FK_project_decision_project" FOREIGN KEY ("project_id") REFERENCES "project"("id")
          ON DELETE CASCADE
      )`);
    await q.query(
      `CREATE INDEX "project_decision_window_idx" ON "project_decision" ("decided_at")
         INCLUDE ("department", "outcome", "seconds")`,
    );

    // Kept in the writing transaction: the rows of one project are made again from its row.
    await q.query(`
      CREATE FUNCTION "project_figures_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM project_gate_completion WHERE project_id = NEW.id;
        INSERT INTO project_gate_completion (project_id, gate, cycle, department, opened_at, completed_at)
          SELECT project_id, gate, cycle, department, opened_at, completed_at
            FROM project_gate_completion_source WHERE project_id = NEW.id;
        DELETE FROM project_decision WHERE project_id = NEW.id;
        INSERT INTO project_decision (project_id, department, outcome, registered_at, decided_at)
          SELECT project_id, department, outcome, registered_at, decided_at
            FROM project_decision_source WHERE project_id = NEW.id;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "project_figures_insert" AFTER INSERT ON "project"
        FOR EACH ROW EXECUTE FUNCTION "project_figures_sync"()`);
    await q.query(`
      CREATE TRIGGER "project_figures_update" AFTER UPDATE ON "project"
        FOR EACH ROW WHEN (OLD.gates IS DISTINCT FROM NEW.gates OR OLD.details IS DISTINCT FROM NEW.details
                           OR OLD.department IS DISTINCT FROM NEW.department
                           OR OLD.registered_at IS DISTINCT FROM NEW.registered_at)
        EXECUTE FUNCTION "project_figures_sync"()`);

    // Everything derived, made again from the projects: run by the owner after a load with triggers off.
    await q.query(`
      CREATE FUNCTION "rebuild_project_figures"() RETURNS void LANGUAGE sql AS $$
        DELETE FROM project_gate_completion;
        INSERT INTO project_gate_completion (project_id, gate, cycle, department, opened_at, completed_at)
          SELECT project_id, gate, cycle, department, opened_at, completed_at FROM project_gate_completion_source;
        DELETE FROM project_decision;
        INSERT INTO project_decision (project_id, department, outcome, registered_at, decided_at)
          SELECT project_id, department, outcome, registered_at, decided_at FROM project_decision_source;
        UPDATE task t SET department = p.department, project_on_hold = (p.status = 'on-hold')
          FROM project p
         WHERE p.id = t.project_id
           AND (t.department IS DISTINCT FROM p.department OR t.project_on_hold <> (p.status = 'on-hold'));
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION "rebuild_project_figures"() FROM PUBLIC`);
    await q.query(`SELECT "rebuild_project_figures"()`);

    // No JIT compilation for this database's sessions: its queries are short (an index range, a page), and for the
    // few that scan more, compiling cost more than it saved (1.4 s of compile on a 0.8 s report query).
    await q.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET jit = off', current_database()); END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DO $$ BEGIN EXECUTE format('ALTER DATABASE %I RESET jit', current_database()); END $$`);
    await q.query(`DROP FUNCTION "rebuild_project_figures"()`);
    await q.query(`DROP TRIGGER "project_figures_update" ON "project"`);
    await q.query(`DROP TRIGGER "project_figures_insert" ON "project"`);
    await q.query(`DROP FUNCTION "project_figures_sync"()`);
    await q.query(`DROP TABLE "project_decision"`);
    await q.query(`DROP VIEW "project_decision_source"`);
    await q.query(`DROP TABLE "project_gate_completion"`);
    await q.query(`DROP VIEW "project_gate_completion_source"`);
    await q.query(`DROP INDEX "project_list_idx"`);
    await q.query(`CREATE INDEX "project_registered_at_idx" ON "project" ("registered_at")`);
    await q.query(`DROP INDEX "project_pipeline_idx"`);
    await q.query(`CREATE INDEX "project_department_idx" ON "project" ("department")`);
    await q.query(`DROP INDEX "task_open_escalation_idx"`);
    await q.query(`DROP INDEX "task_open_pipeline_idx"`);
    await q.query(`ALTER TABLE "task" DROP COLUMN "project_on_hold"`);
    await q.query(`ALTER TABLE "task" DROP COLUMN "department"`);
  }
}
