import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { activeSpan } from '@waardenpoort/temporal/tracing';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { defaultProblem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem';
import { ProblemException } from './problem.exception';

/** Every error leaves as application/problem+json. Anything unexpected is a logged 500 with a correlation id. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const { problem, headers } = this.toProblem(exception, req);
    if (res.headersSent) return;
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, req: Request): { problem: ProblemDetails; headers: Record<string, string> } {
    const instance = req.originalUrl;
    if (exception instanceof ProblemException) {
      return { problem: { ...exception.problem, instance }, headers: exception.headers };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const message = Array.isArray(raw)
        ? raw.map(String).join('; ')
        : typeof raw === 'string'
          ? raw
          : exception.message;
      return { problem: { ...defaultProblem(status), status, detail: message, instance }, headers: {} };
    }
    // The request's correlation id (logging/), which every line of this request carries; with tracing on it is the
    // request's trace id, so a quoted id finds the whole trace.
    const span = activeSpan();
    const correlationId = typeof req.id === 'string' ? req.id : (span?.spanContext().traceId ?? randomUUID());
    span?.recordException(exception instanceof Error ? exception : String(exception));
    // The declared route, not the URL: a path or query may hold a secret (a calendar feed's) or a person's text.
    const route = (req.route as { path?: string } | undefined)?.path ?? '(no route)';
    this.logger.error(
      `unhandled error ${correlationId} on ${req.method} ${route}: ${exception instanceof Error ? exception.message : String(exception)}`,
      exception instanceof Error ? exception.stack : undefined,
    );
    return {
      problem: {
        ...defaultProblem(500),
        status: 500,
        detail: `Something went wrong on our side. Quote correlation id ${correlationId} when reporting it.`,
        instance,
        correlationId,
      },
      headers: {},
    };
  }
}
