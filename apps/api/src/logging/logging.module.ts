import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { AppConfig } from '@waardenpoort/config';
import { Logger, LoggerModule, PinoLogger, type Params } from 'nestjs-pino';
import { httpLogOptions, logDestination } from './http-logging';
import { ProjectLogInterceptor } from './project-log.interceptor';

function loggingParams(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, quiet: boolean): Params {
  const http = httpLogOptions(config, quiet);
  const destination = logDestination(config);
  // Fields the interceptor assigns go on the request's closing line too.
  return { pinoHttp: destination ? [http, destination] : http, assignResponse: true };
}

/**
 * The API's logs: JSON lines through pino (nestjs-pino, pino-http), one per request and one per message of Nest's
 * `Logger` (createApp hands Nest `nestLogger`), each with the request's correlation id and, for a project's routes, the
 * project's id. `quiet` (the test suites' in-process APIs) logs nothing.
 */
@Module({})
export class LoggingModule {
  static forRoot(config: Pick<AppConfig, 'logLevel' | 'logFormat'>, options: { quiet?: boolean } = {}): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRoot(loggingParams(config, options.quiet === true))],
      providers: [{ provide: APP_INTERCEPTOR, useClass: ProjectLogInterceptor }],
    };
  }

  /**
   * Nest's own logger for NestFactory.create, over the same pino logger as the module's (nestjs-pino keeps one per
   * process): from the first line on, a failing start included, every line is JSON.
   */
  static nestLogger(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Logger {
    const params = loggingParams(config, false);
    return new Logger(new PinoLogger(params), params);
  }
}
