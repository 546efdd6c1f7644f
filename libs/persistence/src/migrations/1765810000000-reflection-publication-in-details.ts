import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The project answer now says whether the commission's reflection is public (`details.reflectionPublication`, written
 * by every later publish of the project's workflow). Projects whose reflection was released before that have the fact
 * in `public_reflection` only; this copies it into their details once (the latest release per project, with its
 * withdrawal), in the shape the workflow writes, so the project page does not say "not public" until the project's
 * next step. Rows that already carry the fact are left as they are.
 */
export class ReflectionPublicationInDetails1765810000000 implements MigrationInterface {
  name = 'ReflectionPublicationInDetails1765810000000';

  async up(q: QueryRunner): Promise<void> {
    const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    await q.query(
      `UPDATE "project" p
          SET "details" = jsonb_set(
                coalesce(p."details", '{}'::jsonb),
                '{reflectionPublication}',
                jsonb_build_object(
                  'adviceId', r."advice_id",
                  'publishedAt', ${iso('r."published_at"')},
                  'withdrawnAt', CASE WHEN r."withdrawn_at" IS NULL THEN NULL ELSE ${iso('r."withdrawn_at"')} END))
         FROM (SELECT DISTINCT ON ("project_id") "project_id", "advice_id", "published_at", "withdrawn_at"
                 FROM "public_reflection"
                ORDER BY "project_id", "published_at" DESC) r
        WHERE p."id" = r."project_id"
          AND coalesce(jsonb_typeof(p."details"->'reflectionPublication'), 'null') = 'null'`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the copied fact is what the workflow itself writes at the project's next step.
  }
}
