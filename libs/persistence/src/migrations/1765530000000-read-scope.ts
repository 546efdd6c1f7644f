import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Least privilege for reading (READ_SCOPE in libs/domain): the facts the scope predicates read, as columns and a
 * table the list's SQL filter can use with an index.
 * - `project.dpia_scope`, `project.commission_scope`: the project has (or had) a DPIA / is (or was) before the Ethics
 *   Commission (`scopeFlagsOf`); written with every snapshot.
 * - `project_participant`: who acts on a project (owner, named assignees, everyone whose action the workflow
 *   accepted), keyed by person first: a case owner's list is an index range of their projects.
 * - `person.department`: the department claim of the person's last token, for mail addressed to a role.
 * - Indexes that keep a scoped page an index walk in list order: one per department, one partial per flag.
 */
export class ReadScope1765530000000 implements MigrationInterface {
  name = 'ReadScope1765530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "project" ADD "dpia_scope" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "project" ADD "commission_scope" boolean NOT NULL DEFAULT false`);
    // The same facts as scopeFlagsOf computes, for rows written before this migration.
    await q.query(`
      UPDATE "project" p SET
        dpia_scope = coalesce(p.details #>> '{route,outcome,dpia}' = 'required', false)
          OR (coalesce(p.details #>> '{route,outcome,dpia}' = 'recommended', false)
              AND coalesce((p.details #>> '{route,dpiaOptIn}')::boolean, false))
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g WHERE g->>'gate' = 'dpia'
                      AND (coalesce((g->>'cycle')::int, 0) > 0
                           OR g->>'state' IN ('active', 'waiting', 'completed', 'returned'))),
        commission_scope = coalesce(p.details #>> '{route,outcome,commission}' = 'required', false)
          OR coalesce(jsonb_array_length(p.details -> 'reflectionRequests'), 0) > 0
          OR EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g WHERE g->>'gate' = 'commission-reflection'
                      AND (coalesce((g->>'cycle')::int, 0) > 0
                           OR g->>'state' IN ('active', 'waiting', 'completed', 'returned')))`);
    await q.query(`
      CREATE TABLE "project_participant" (
        "sub" text NOT NULL,
        "project_id" uuid NOT NULL,
        CONSTRAINT "PK_project_participant" PRIMARY KEY ("sub", "project_id")
      )`);
    await q.query(`
      INSERT INTO "project_participant" (sub, project_id)
      SELECT case_owner_sub, id FROM project
      UNION SELECT assignee_sub, project_id FROM task WHERE assignee_sub IS NOT NULL
      UNION SELECT actor_sub, project_id FROM audit_event
             WHERE actor_sub IS NOT NULL AND workflow_id IS NOT NULL AND action <> 'action-refused'
               AND project_id IN (SELECT id FROM project)
      ON CONFLICT DO NOTHING`);
    // The person's department from their token, so that mail to a role reaches only who may read the project.
    await q.query(`ALTER TABLE "person" ADD "department" character varying(120)`);
    await q.query(`CREATE INDEX "project_list_department_idx" ON "project" ("department", "registered_at" DESC, "id")`);
    await q.query(`CREATE INDEX "project_list_dpia_idx" ON "project" ("registered_at" DESC, "id") WHERE "dpia_scope"`);
    await q.query(
      `CREATE INDEX "project_list_commission_idx" ON "project" ("registered_at" DESC, "id") WHERE "commission_scope"`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "project_list_commission_idx"`);
    await q.query(`DROP INDEX "project_list_dpia_idx"`);
    await q.query(`DROP INDEX "project_list_department_idx"`);
    await q.query(`ALTER TABLE "person" DROP COLUMN "department"`);
    await q.query(`DROP TABLE "project_participant"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "commission_scope"`);
    await q.query(`ALTER TABLE "project" DROP COLUMN "dpia_scope"`);
  }
}
