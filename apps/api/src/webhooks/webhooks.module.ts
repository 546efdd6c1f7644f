import { Module } from '@nestjs/common';
import { WebhookRepository } from '@waardenpoort/persistence';
import { DataSource } from 'typeorm';
import { WebhooksController } from './webhooks.controller';

/** Webhook subscriptions for the CIO office; the worker's dispatcher delivers them. */
@Module({
  controllers: [WebhooksController],
  providers: [
    { provide: WebhookRepository, inject: [DataSource], useFactory: (ds: DataSource) => new WebhookRepository(ds) },
  ],
})
export class WebhooksModule {}
