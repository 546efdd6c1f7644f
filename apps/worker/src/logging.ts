import { Logger as NestLogger, type LoggerService } from '@nestjs/common';
import type { Logger as TemporalLogger, LogLevel, LogMetadata } from '@temporalio/common';
import { Runtime } from '@temporalio/worker';
import { logOptions, type AppConfig } from '@waardenpoort/config';
import { projectIdOfWorkflow } from '@waardenpoort/domain';
import { pino, type DestinationStream, type Logger } from 'pino';
import type PinoPretty from 'pino-pretty';

/**
 * The worker's logs: JSON lines through pino (pretty-printed with LOG_FORMAT=pretty), for its own messages, Nest's
 * `Logger` (the dispatchers, the checkpointer) and Temporal's runtime logger, which carries the workflow `log` of
 * the workflows and the activities' log with their ids.
 */
export function createLogger(
  config: Pick<AppConfig, 'logLevel' | 'logFormat'>,
  destination?: DestinationStream,
  service = 'waardenpoort-worker',
): Logger {
  return pino(logOptions(config, service), destination ?? (config.logFormat === 'pretty' ? pretty() : undefined));
}

/** pino-pretty, a development dependency: only `npm start` asks for it. */
function pretty(): DestinationStream {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require('pino-pretty') as typeof PinoPretty;
  return build({
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,context',
    messageFormat: '{if context}{context}: {end}{msg}',
  });
}

const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/**
 * Temporal's runtime logger over pino. The SDK adds the workflow's attributes to the lines of workflow code
 * (`workflowId`, `runId`, `workflowType`) and the activity's (`workflowId`, `workflowRunId`, `activityType`, ...)
 * to the lines of activities; here the run is always `runId`, an error is pino's `err`, and a project's workflow
 * adds its `projectId`. Its task token is redacted with the rest (LOG_REDACT_PATHS).
 */
export function temporalLogger(logger: Logger): TemporalLogger {
  const write = (level: LogLevel, message: string, meta: LogMetadata = {}): void => {
    const fields: Record<string, unknown> = {};
    for (const key of Object.keys(meta))
      fields[key === 'workflowRunId' ? 'runId' : key === 'error' ? 'err' : key] = meta[key];
    const projectId = typeof fields['workflowId'] === 'string' ? projectIdOfWorkflow(fields['workflowId']) : null;
    if (projectId !== null) fields['projectId'] = projectId;
    logger[PINO_LEVEL[level]](fields, message);
  };
  return {
    log: write,
    trace: (message, meta) => write('TRACE', message, meta),
    debug: (message, meta) => write('DEBUG', message, meta),
    info: (message, meta) => write('INFO', message, meta),
    warn: (message, meta) => write('WARN', message, meta),
    error: (message, meta) => write('ERROR', message, meta),
  };
}

/** Nest's `Logger` over pino: `new Logger('Context').warn(...)` becomes a line with `context`. */
export function nestLogger(logger: Logger): LoggerService {
  const at =
    (level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace') =>
    (message: unknown, ...params: unknown[]): void => {
      const context = params.length > 0 && typeof params[params.length - 1] === 'string' ? params.pop() : undefined;
      const stack = level === 'error' && typeof params[0] === 'string' ? params[0] : undefined;
      const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
      if (message instanceof Error) logger[level]({ ...fields, err: message }, message.message);
      else logger[level](fields, typeof message === 'string' ? message : JSON.stringify(message));
    };
  return {
    fatal: at('fatal'),
    error: at('error'),
    warn: at('warn'),
    log: at('info'),
    debug: at('debug'),
    verbose: at('trace'),
  };
}

/**
 * The worker process's logging: one pino logger, behind Nest's `Logger` too. Returns it and the logger for
 * `Runtime.install`.
 */
export function installWorkerLogging(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): {
  logger: Logger;
  temporal: TemporalLogger;
} {
  const logger = createLogger(config);
  NestLogger.overrideLogger(nestLogger(logger));
  return { logger, temporal: temporalLogger(logger) };
}

/** Only Temporal's runtime logger, for the one-process mode, whose Nest `Logger` is the API's. */
export function installRuntimeLogging(config: Pick<AppConfig, 'logLevel' | 'logFormat'>): Logger {
  const logger = createLogger(config);
  Runtime.install({ logger: temporalLogger(logger) });
  return logger;
}
