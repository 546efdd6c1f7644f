import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { workflowIdFor } from '@waardenpoort/domain';
import type { Request } from 'express';
import { PinoLogger } from 'nestjs-pino';
import { tap, type Observable } from 'rxjs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PROJECT_ROUTE = /^\/api\/v1\/projects\/:id(?:\/|$)/;

function routeOf(req: Request): string {
  const route = req.route as { path?: unknown } | undefined;
  return typeof route?.path === 'string' ? route.path : '';
}

/**
 * Puts the route as declared (`/api/v1/projects/:id/quick-scan`) on the lines of a request that reached its
 * handler, and the project's id (and its workflow's) on those of a request about one project, the line that closes
 * the request included: from the path of `/api/v1/projects/:id/...`, and from the answer of a registration.
 */
@Injectable()
export class ProjectLogInterceptor implements NestInterceptor {
  constructor(private readonly logger: PinoLogger) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    const route = routeOf(req);
    const fromPath = PROJECT_ROUTE.test(route) ? req.params['id'] : undefined;
    const projectId = typeof fromPath === 'string' && UUID.test(fromPath) ? fromPath : undefined;
    this.assign({
      ...(route ? { route } : {}),
      ...(projectId ? { projectId, workflowId: workflowIdFor(projectId) } : {}),
    });
    if (projectId || req.method !== 'POST' || route !== '/api/v1/projects') return next.handle();
    return next.handle().pipe(
      tap((body: unknown) => {
        const id = (body as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && UUID.test(id)) this.assign({ projectId: id, workflowId: workflowIdFor(id) });
      }),
    );
  }

  private assign(fields: Record<string, string>): void {
    try {
      this.logger.assign(fields);
    } catch {
      // Outside a request's logging context (the logging middleware is not on this route): nothing to add to.
    }
  }
}
