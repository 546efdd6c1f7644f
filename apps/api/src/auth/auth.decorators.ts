import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Actor, Role } from '@waardenpoort/domain';

export const PUBLIC_KEY = 'waardenpoort:public';
export const ROLES_KEY = 'waardenpoort:roles';
export const WITHOUT_ROLE_KEY = 'waardenpoort:without-role';

/** The route needs no token (health, docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/**
 * A route a verified person without any Waardenpoort role may call (who am I, and why may I do nothing). Every other
 * route refuses such a person with 403 `no-role`.
 */
export const WithoutRole = (): MethodDecorator & ClassDecorator => SetMetadata(WITHOUT_ROLE_KEY, true);

/** The caller needs at least one of these roles. Without this decorator any caller with a role may call. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export interface AuthenticatedRequest {
  actor?: Actor;
}

/** The verified caller of this request. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!req.actor) throw new Error('CurrentActor used on a route without authentication');
  return req.actor;
});
