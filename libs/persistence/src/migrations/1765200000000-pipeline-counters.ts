import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters for the pipeline report's counts, so the CIO office's report no longer counts 100,000 projects and
 * 60,000 open tasks on every request (`npm run bench`, benchmark 3: those two counts were about 40% of the report's
 * database time).
 *
 * - `pipeline_project_count`: projects per department, gate (`none` outside the gates) and status.
 * - `pipeline_task_count`: open tasks per department, gate, project on hold or not, escalated or not, and the
 *   calendar month (UTC) of their deadline. Overdue = the months before this one, plus this month's tasks whose
 *   deadline has passed, counted from `task_open_due_idx` (a month of deadlines, not all of them).
 *
 * Writers never update a counter row: a row trigger appends a delta (+1 for the new key, -1 for the old) to
 * `*_delta`, so concurrent intakes in one department never wait for each other on a hot row and two transactions
 * can never deadlock over counters. A report reads the counters plus the deltas in one statement (one snapshot, so
 * the sum is exact). `compact_pipeline_counts()` folds the deltas into the counters in one transaction; the API
 * runs it every few seconds (an advisory lock keeps one compaction at a time). A TRUNCATE of project or task
 * empties the counters with it. `rebuild_project_figures()` now also makes the counters again from the rows.
 */
export class PipelineCounters1765200000000 implements MigrationInterface {
  name = 'PipelineCounters1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "pipeline_project_count" (
        "department" character varying(120) NOT NULL,
        "gate" character varying(40) NOT NULL,
        "status" character varying(20) NOT NULL,
        "projects" bigint NOT NULL,
        CONSTRAINT "PK_pipeline_project_count" PRIMARY KEY ("department", "gate", "status")
      )`);
    await q.query(`
      CREATE TABLE "pipeline_project_count_delta" (
        "department" character varying(120) NOT NULL,
        "gate" character varying(40) NOT NULL,
        "status" character varying(20) NOT NULL,
        "projects" integer NOT NULL
      )`);
    await q.query(`
      CREATE TABLE "pipeline_task_count" (
        "department" character varying(120),
        "gate" character varying(40) NOT NULL,
        "on_hold" boolean NOT NULL,
        "escalated" boolean NOT NULL,
        "due_month" date,
        "tasks" bigint NOT NULL,
        CONSTRAINT "UQ_pipeline_task_count" UNIQUE NULLS NOT DISTINCT
          ("department", "gate", "on_hold", "escalated", "due_month")
      )`);
    await q.query(`
      CREATE TABLE "pipeline_task_count_delta" (
        "department" character varying(120),
        "gate" character varying(40) NOT NULL,
        "on_hold" boolean NOT NULL,
        "escalated" boolean NOT NULL,
        "due_month" date,
        "tasks" integer NOT NULL
      )`);

    // The month of a deadline, in UTC: the counters' time key.
    await q.query(`
      CREATE FUNCTION "pipeline_due_month"(due timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN date_trunc('month', due AT TIME ZONE 'UTC')::date`);

    await q.query(`
      CREATE FUNCTION "pipeline_project_delta"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          INSERT INTO pipeline_project_count_delta VALUES
            (OLD.department, coalesce(OLD.current_gate, 'none'), OLD.status, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          INSERT INTO pipeline_project_count_delta VALUES
            (NEW.department, coalesce(NEW.current_gate, 'none'), NEW.status, 1);
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "pipeline_project_insert" AFTER INSERT ON "project"
        FOR EACH ROW EXECUTE FUNCTION "pipeline_project_delta"()`);
    await q.query(`
      CREATE TRIGGER "pipeline_project_update" AFTER UPDATE ON "project"
        FOR EACH ROW WHEN (OLD.department IS DISTINCT FROM NEW.department
                           OR OLD.current_gate IS DISTINCT FROM NEW.current_gate
                           OR OLD.status IS DISTINCT FROM NEW.status)
        EXECUTE FUNCTION "pipeline_project_delta"()`);
    await q.query(`
      CREATE TRIGGER "pipeline_project_delete" AFTER DELETE ON "project"
        FOR EACH ROW EXECUTE FUNCTION "pipeline_project_delta"()`);

    await q.query(`
      CREATE FUNCTION "pipeline_task_delta"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'open' THEN
          INSERT INTO pipeline_task_count_delta VALUES
            (OLD.department, OLD.gate, OLD.project_on_hold, OLD.escalation_level > 0, pipeline_due_month(OLD.due_at), -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'open' THEN
          INSERT INTO pipeline_task_count_delta VALUES
            (NEW.department, NEW.gate, NEW.project_on_hold, NEW.escalation_level > 0, pipeline_due_month(NEW.due_at), 1);
        END IF;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "pipeline_task_insert" AFTER INSERT ON "task"
        FOR EACH ROW WHEN (NEW.status = 'open') EXECUTE FUNCTION "pipeline_task_delta"()`);
    // The read model rewrites a project's open tasks with every snapshot; only a change of key costs a delta.
    await q.query(`
      CREATE TRIGGER "pipeline_task_update" AFTER UPDATE ON "task"
        FOR EACH ROW WHEN ((OLD.status = 'open' OR NEW.status = 'open') AND (
             OLD.status IS DISTINCT FROM NEW.status
          OR OLD.department IS DISTINCT FROM NEW.department
          OR OLD.gate IS DISTINCT FROM NEW.gate
          OR OLD.project_on_hold IS DISTINCT FROM NEW.project_on_hold
          OR (OLD.escalation_level > 0) IS DISTINCT FROM (NEW.escalation_level > 0)
          OR pipeline_due_month(OLD.due_at) IS DISTINCT FROM pipeline_due_month(NEW.due_at)))
        EXECUTE FUNCTION "pipeline_task_delta"()`);
    await q.query(`
      CREATE TRIGGER "pipeline_task_delete" AFTER DELETE ON "task"
        FOR EACH ROW WHEN (OLD.status = 'open') EXECUTE FUNCTION "pipeline_task_delta"()`);

    // TRUNCATE fires no row trigger: the counters go with the rows.
    await q.query(`
      CREATE FUNCTION "pipeline_counts_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'project' THEN
          DELETE FROM pipeline_project_count;
          DELETE FROM pipeline_project_count_delta;
        END IF;
        -- A project cannot be truncated without its tasks (foreign key), so both go then.
        DELETE FROM pipeline_task_count;
        DELETE FROM pipeline_task_count_delta;
        RETURN NULL;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "pipeline_project_truncate" AFTER TRUNCATE ON "project"
        FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_counts_truncated"()`);
    await q.query(`
      CREATE TRIGGER "pipeline_task_truncate" AFTER TRUNCATE ON "task"
        FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_counts_truncated"()`);

    // Folds the deltas into the counters. One at a time (a second caller returns at once); the DELETE sees the
    // deltas committed before it started, and a report sees either all of them folded or none.
    await q.query(`
      CREATE FUNCTION "compact_pipeline_counts"() RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        folded integer := 0;
        n integer;
      BEGIN
        IF NOT pg_try_advisory_xact_lock(hashtext('compact_pipeline_counts')) THEN
          RETURN 0;
        END IF;
        WITH moved AS (DELETE FROM pipeline_project_count_delta RETURNING *)
        INSERT INTO pipeline_project_count AS c (department, gate, status, projects)
          SELECT department, gate, status, sum(projects) FROM moved GROUP BY 1, 2, 3 HAVING sum(projects) <> 0
          ON CONFLICT (department, gate, status) DO UPDATE SET projects = c.projects + EXCLUDED.projects;
        GET DIAGNOSTICS n = ROW_COUNT;
        folded := folded + n;
        DELETE FROM pipeline_project_count WHERE projects = 0;
        WITH moved AS (DELETE FROM pipeline_task_count_delta RETURNING *)
        INSERT INTO pipeline_task_count AS c (department, gate, on_hold, escalated, due_month, tasks)
          SELECT department, gate, on_hold, escalated, due_month, sum(tasks) FROM moved
           GROUP BY 1, 2, 3, 4, 5 HAVING sum(tasks) <> 0
          ON CONFLICT (department, gate, on_hold, escalated, due_month)
            DO UPDATE SET tasks = c.tasks + EXCLUDED.tasks;
        GET DIAGNOSTICS n = ROW_COUNT;
        folded := folded + n;
        DELETE FROM pipeline_task_count WHERE tasks = 0;
        RETURN folded;
      END
      $$`);

    // The counters made again from the rows (after a load with triggers off, or to check them).
    await q.query(`
      CREATE FUNCTION "rebuild_pipeline_counts"() RETURNS void LANGUAGE sql AS $$
        DELETE FROM pipeline_project_count_delta;
        DELETE FROM pipeline_project_count;
        INSERT INTO pipeline_project_count (department, gate, status, projects)
          SELECT department, coalesce(current_gate, 'none'), status, count(*) FROM project GROUP BY 1, 2, 3;
        DELETE FROM pipeline_task_count_delta;
        DELETE FROM pipeline_task_count;
        INSERT INTO pipeline_task_count (department, gate, on_hold, escalated, due_month, tasks)
          SELECT department, gate, project_on_hold, escalation_level > 0, pipeline_due_month(due_at), count(*)
            FROM task WHERE status = 'open' GROUP BY 1, 2, 3, 4, 5;
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION "rebuild_pipeline_counts"() FROM PUBLIC`);
    await q.query(REBUILD_PROJECT_FIGURES(true));

    // This month's overdue tasks; the other months come from the counters. Replaces the (department, gate) index
    // that the counts used to scan.
    await q.query(`DROP INDEX "task_open_pipeline_idx"`);
    await q.query(
      `CREATE INDEX "task_open_due_idx" ON "task" ("due_at") INCLUDE ("department", "gate", "project_on_hold")
         WHERE "status" = 'open'`,
    );
    await q.query(`SELECT "rebuild_pipeline_counts"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "task_open_due_idx"`);
    await q.query(
      `CREATE INDEX "task_open_pipeline_idx" ON "task" ("department", "gate")
         INCLUDE ("due_at", "escalation_level", "project_on_hold") WHERE "status" = 'open'`,
    );
    await q.query(REBUILD_PROJECT_FIGURES(false));
    await q.query(`DROP FUNCTION "rebuild_pipeline_counts"()`);
    await q.query(`DROP FUNCTION "compact_pipeline_counts"()`);
    await q.query(`DROP TRIGGER "pipeline_task_truncate" ON "task"`);
    await q.query(`DROP TRIGGER "pipeline_project_truncate" ON "project"`);
    await q.query(`DROP FUNCTION "pipeline_counts_truncated"()`);
    for (const t of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER "pipeline_task_${t}" ON "task"`);
      await q.query(`DROP TRIGGER "pipeline_project_${t}" ON "project"`);
    }
    await q.query(`DROP FUNCTION "pipeline_task_delta"()`);
    await q.query(`DROP FUNCTION "pipeline_project_delta"()`);
    await q.query(`DROP FUNCTION "pipeline_due_month"(timestamptz)`);
    await q.query(`DROP TABLE "pipeline_task_count_delta"`);
    await q.query(`DROP TABLE "pipeline_task_count"`);
    await q.query(`DROP TABLE "pipeline_project_count_delta"`);
    await q.query(`DROP TABLE "pipeline_project_count"`);
  }
}

/** rebuild_project_figures() as PipelineFigures1765100000000 made it, with or without the counters. */
function REBUILD_PROJECT_FIGURES(withCounters: boolean): string {
  return `
    CREATE OR REPLACE FUNCTION "rebuild_project_figures"() RETURNS void LANGUAGE sql AS $$
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
      ${withCounters ? 'SELECT rebuild_pipeline_counts();' : ''}
    $$`;
}
