import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who a department-head notification's recipients stand in for: `notification_routing.recipients` holds the addresses
 * the mail finally went to, after an absent head's or deputy's copy went to their substitute, and `stand_ins` says
 * which of those recipients received it for whom (`[{ recipient, sub, name, standsInFor: { sub, name } }]`), so the
 * record shows the real path. Rows written before keep an empty list.
 */
export class RoutingStandIns1765930000000 implements MigrationInterface {
  name = 'RoutingStandIns1765930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification_routing" ADD COLUMN "stand_ins" jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "notification_routing" DROP COLUMN "stand_ins"`);
  }
}
