import type { AppConfig } from '@waardenpoort/config';
import { logOptions } from '@waardenpoort/config';
import type { Request } from 'express';
import { activeSpan } from '@waardenpoort/temporal/tracing';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DestinationStream } from 'pino';
import type PinoPretty from 'pino-pretty';
import type { Options } from 'pino-http';

/** The response header that gives a caller the correlation id of its request (the `correlationId` of its lines). */
export const CORRELATION_HEADER = 'X-Correlation-Id';

/** Polled by probes and Prometheus every few seconds: not worth a line each (what fails there logs itself). */
const QUIET_PATHS = new Set(['/health', '/metrics']);

/**
 * A request as its lines show it: the method and the headers, less what LOG_REDACT_PATHS removes. Not the URL (a
 * path or query may hold a secret, such as a calendar feed's, or a person's text): the route as declared
 * (`/api/v1/calendar/:id`) is added by ProjectLogInterceptor once the request reaches its handler. Nothing of the
 * body.
 */
function requestFields(req: { method?: string; headers?: unknown }): object {
  return { method: req.method, headers: req.headers };
}

/** pino-http's options for the API: one correlation id per request, on every line the request causes. */
export function httpLogOptions(
  config: Pick<AppConfig, 'logLevel'>,
  quiet: boolean,
): Options<IncomingMessage, ServerResponse> {
  const base = logOptions(config, 'waardenpoort-api');
  return {
    ...base,
    level: quiet ? 'silent' : base.level,
    // With tracing on, the id is the request's trace id: quoted from a line or a problem, it finds the whole trace.
    genReqId: (_req, res) => {
      const id = activeSpan()?.spanContext().traceId ?? randomUUID();
      res.setHeader(CORRELATION_HEADER, id);
      return id;
    },
    customAttributeKeys: { reqId: 'correlationId' },
    // Lines inside a request carry its correlation id (and what the project interceptor adds), not the request.
    quietReqLogger: true,
    serializers: {
      req: requestFields,
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, err) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req) => QUIET_PATHS.has(((req as Request).originalUrl ?? '').split('?')[0] ?? '') },
  };
}

/** pino-pretty for `npm start` (LOG_FORMAT=pretty); a development dependency, loaded only then. */
export function logDestination(config: Pick<AppConfig, 'logFormat'>): DestinationStream | undefined {
  if (config.logFormat !== 'pretty') return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const build = require('pino-pretty') as typeof PinoPretty;
  return build({
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,context',
    messageFormat: '{if context}{context}: {end}{msg}',
  });
}
