import { Inject, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { WebhookRepository } from '@waardenpoort/persistence';
import { WebhooksController } from './webhooks.controller';

/** Webhook subscriptions for the CIO office; the worker's dispatcher delivers them. */
@Module({
  controllers: [WebhooksController],
})
export class WebhooksModule implements OnApplicationBootstrap {
  private readonly logger = new Logger('Webhooks');

  constructor(@Inject(WebhookRepository) private readonly webhooks: WebhookRepository) {}

  /** Secrets stored before they were encrypted at rest are sealed now (the migration has no key to do it). */
  async onApplicationBootstrap(): Promise<void> {
    try {
      const sealed = await this.webhooks.sealPlaintextSecrets();
      if (sealed > 0) this.logger.log(`sealed ${sealed} webhook secret(s) stored in plain text`);
    } catch (err) {
      this.logger.warn(`could not seal plain-text webhook secrets: ${(err as Error).message}`);
    }
  }
}
