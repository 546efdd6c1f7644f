import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pipeline report's list of open escalations for one department (`GET /api/v1/monitoring/pipeline?department=`)
 * walked `task_open_escalation_idx` over every department's escalated tasks until it had a page of this one's
 * (17 ms of index scan at 100,000 projects, `npm run bench`, benchmark 3); this index starts at the department.
 */
export class EscalationsByDepartment1765400000000 implements MigrationInterface {
  name = 'EscalationsByDepartment1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "task_open_escalation_department_idx"
         ON "task" ("department", "escalation_level" DESC, "due_at", "id")
         WHERE "status" = 'open' AND "escalation_level" > 0`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "task_open_escalation_department_idx"`);
  }
}
