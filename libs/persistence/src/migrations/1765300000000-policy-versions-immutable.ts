import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored policy version never changes and is never removed: workflows refer to it by id and version instead of
 * carrying its document in their input (libs/temporal policy-converter.ts), and the worker reads it again whenever it
 * replays such a workflow. Only the `active` flag moves (one version in force at a time).
 */
export class PolicyVersionsImmutable1765300000000 implements MigrationInterface {
  name = 'PolicyVersionsImmutable1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION "policy_version_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'policy_version % of % cannot be deleted: workflows refer to it', OLD.version, OLD.policy_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (NEW.policy_id, NEW.version, NEW.document, NEW.sha256, NEW.effective_from)
           IS DISTINCT FROM (OLD.policy_id, OLD.version, OLD.document, OLD.sha256, OLD.effective_from) THEN
          RAISE EXCEPTION 'policy_version % of % cannot be changed: store a new version', OLD.version, OLD.policy_id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await q.query(`
      CREATE TRIGGER "policy_version_immutable" BEFORE UPDATE OR DELETE ON "policy_version"
        FOR EACH ROW EXECUTE FUNCTION "policy_version_immutable"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "policy_version_immutable" ON "policy_version"`);
    await q.query(`DROP FUNCTION "policy_version_immutable"()`);
  }
}
