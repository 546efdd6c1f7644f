import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { MailController } from './mail.controller';

/**
 * The caught mail of the local SMTP sink, for the dashboard. Only in dev mode: elsewhere there is no sink, and other
 * people's mail must not be readable through the API, so the route does not exist there (404).
 */
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: MailModule, controllers: config.devMode ? [MailController] : [] };
  }
}
