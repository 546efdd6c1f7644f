import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Provides the configuration object that main.ts loaded and validated once. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
