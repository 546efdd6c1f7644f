import type { AppConfig } from './config';

/**
 * What the logs of every process never carry (pino `redact`, removed outright): credentials and cookies in request
 * and response headers, client addresses (personal data), request bodies, tokens and secrets wherever a log object
 * has them, Temporal's activity task token (it completes the activity), and what a database error copies from the
 * failed statement (its parameters and the row values in PostgreSQL's detail), which may be a case's text or a
 * person's name. Bodies are not serialised in the first place; the paths below hold even where code logs one.
 */
export const LOG_REDACT_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-forwarded-for"]',
  'req.headers.forwarded',
  'req.headers["x-real-ip"]',
  'req.remoteAddress',
  'req.remotePort',
  'req.body',
  'res.headers["set-cookie"]',
  'body',
  '*.body',
  ...['token', 'accessToken', 'refreshToken', 'idToken', 'password', 'secret', 'taskToken'].flatMap((key) => [
    key,
    `*.${key}`,
  ]),
  'err.parameters',
  'err.driverError',
  'err.detail',
];

/**
 * The pino options every process shares (a plain object, so this library needs no pino): the level, the redaction,
 * ISO timestamps, the level as its name and the service that wrote the line.
 */
export function logOptions(config: Pick<AppConfig, 'logLevel'>, service: string) {
  return {
    level: pinoLevel(config.logLevel),
    base: { service },
    redact: { paths: [...LOG_REDACT_PATHS], remove: true },
    timestamp: (): string => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
  };
}

/** pino's level for LOG_LEVEL (Nest's names: `log` is pino's `info`, `verbose` its `trace`). */
export function pinoLevel(level: AppConfig['logLevel']): 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' {
  switch (level) {
    case 'log':
      return 'info';
    case 'verbose':
      return 'trace';
    case 'fatal':
    case 'error':
    case 'warn':
    case 'debug':
      return level;
  }
}
