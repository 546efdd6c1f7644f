import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from '@waardenpoort/config';
import { LoggerModule } from 'nestjs-pino';
import { httpLogOptions, logDestination } from './http-logging';
import { ProjectLogInterceptor } from './project-log.interceptor';

/**
 * The API's logs: JSON lines through pino (nestjs-pino, pino-http), one per request and one per message of Nest's
 * `Logger` (main.ts hands Nest this logger), each with the request's correlation id and, for a project's routes, the
 * project's id. `quiet` (the test suites' in-process APIs) logs nothing.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, options: { quiet?: boolean } = {}): DynamicModule {
    const http = httpLogOptions(config, options.quiet === true);
    const destination = logDestination(config);
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: destination ? [http, destination] : http,
          // Fields the interceptor assigns go on the request's closing line too.
          assignResponse: true,
        }),
      ],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ProjectLogInterceptor }],
    };
  }
}
