import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { DevTokenController, devTokensAllowed } from './dev-token.controller';

/**
 * The dashboard's server side. The pages themselves are static files (apps/dashboard/public, mounted by
 * `mountDashboard` in app.ts); this module only adds the development sign-in, which exists only in dev mode
 * (DEV_MODE=true) and not when tokens come from an identity provider (the route answers 404 there and is not in the OpenAPI document).
 */
@Module({})
export class DashboardModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: DashboardModule, controllers: devTokensAllowed(config) ? [DevTokenController] : [] };
  }
}
