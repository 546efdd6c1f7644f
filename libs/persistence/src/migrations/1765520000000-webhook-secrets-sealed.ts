import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhook signing secrets leave the database in plain text: `secret_sealed` holds them AES-256-GCM encrypted with
 * WEBHOOK_SECRET_KEY (libs/persistence/src/webhooks/webhook-secret-box.ts). The key is configuration, not data, so
 * this migration cannot encrypt the rows that exist; it makes `secret` nullable, and the API and the worker seal
 * every remaining plain-text secret when they start (`WebhookRepository.sealPlaintextSecrets`), after which the
 * plain column is empty. A CHECK keeps each row to exactly one of the two.
 *
 * The delivery log's error texts are rewritten to the fixed vocabulary the dispatcher now writes (timeout,
 * connection-failed, http-<status>): the old ones could name internal hosts and ports ("connect ECONNREFUSED
 * 10.0.0.5:8080").
 */
export class WebhookSecretsSealed1765520000000 implements MigrationInterface {
  name = 'WebhookSecretsSealed1765520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "webhook_subscription" ADD COLUMN "secret_sealed" text`);
    await q.query(`ALTER TABLE "webhook_subscription" ALTER COLUMN "secret" DROP NOT NULL`);
    await q.query(
      `ALTER TABLE "webhook_subscription" ADD CONSTRAINT "CHK_webhook_subscription_one_secret"
         CHECK (("secret" IS NULL) <> ("secret_sealed" IS NULL) AND ("secret_sealed" IS NULL OR "secret_sealed" LIKE 'v1.%'))`,
    );
    for (const [table, column] of [
      ['webhook_delivery', 'last_error'],
      ['webhook_delivery_attempt', 'error'],
    ] as const) {
      await q.query(
        `UPDATE "${table}" SET "${column}" = CASE
           WHEN "${column}" ~ '^HTTP [1-5][0-9][0-9]' THEN 'http-' || substring("${column}" FROM 6 FOR 3)
           WHEN "${column}" = 'timed out' THEN 'timeout'
           ELSE 'connection-failed' END
         WHERE "${column}" IS NOT NULL`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const sealed = (await q.query(
      `SELECT count(*)::int AS n FROM "webhook_subscription" WHERE "secret_sealed" IS NOT NULL`,
    )) as Array<{ n: number }>;
    if ((sealed[0]?.n ?? 0) > 0) {
      // Only the application holds the key; going back would lose the secrets. Delete those subscriptions first.
      throw new Error('webhook_subscription has sealed secrets: delete those subscriptions before going back');
    }
    await q.query(`ALTER TABLE "webhook_subscription" DROP CONSTRAINT "CHK_webhook_subscription_one_secret"`);
    await q.query(`ALTER TABLE "webhook_subscription" ALTER COLUMN "secret" SET NOT NULL`);
    await q.query(`ALTER TABLE "webhook_subscription" DROP COLUMN "secret_sealed"`);
  }
}
