import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { defaultProblem, PROBLEM_CONTENT_TYPE, type ProblemDetails } from './problem';

const BODY_LIMIT = '100kb';

function send(res: Response, req: Request, status: number, detail: string): void {
  const problem: ProblemDetails = { ...defaultProblem(status), status, detail, instance: req.originalUrl };
  res.status(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return (length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Body handling before Nest sees a request: only JSON bodies, at most BODY_LIMIT, and parse failures answered as
 * problems (express would otherwise answer them in HTML).
 */
export function configureHttp(app: INestApplication): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (['POST', 'PUT', 'PATCH'].includes(req.method) && hasBody(req) && !req.is('application/json')) {
      send(
        res,
        req,
        415,
        `Send the body as application/json (got ${req.headers['content-type'] ?? 'no content type'}).`,
      );
      return;
    }
    next();
  });
  app.use(express.json({ limit: BODY_LIMIT, strict: true, type: 'application/json' }));
  app.use((err: unknown, req: Request, res: Response, next: NextFunction) => {
    const e = err as { type?: string; status?: number; message?: string };
    if (e.type === 'entity.too.large') return send(res, req, 413, `The body is larger than ${BODY_LIMIT}.`);
    if (e.type === 'entity.parse.failed') return send(res, req, 400, `The body is not valid JSON: ${e.message ?? ''}`);
    if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
      return send(res, req, 415, e.message ?? 'Unsupported encoding.');
    }
    if (typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      return send(res, req, e.status, e.message ?? 'Bad request.');
    }
    next(err);
  });
}
