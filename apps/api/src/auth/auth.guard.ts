import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UUID_PATTERN, type Role } from '@waardenpoort/domain';
import type { Request } from 'express';
import { ProblemException } from '../common/problem.exception';
import { PUBLIC_KEY, ROLES_KEY, WITHOUT_ROLE_KEY, type AuthenticatedRequest } from './auth.decorators';
import { RefusalRecorder } from './refusal-recorder';
import { bearerToken, InvalidTokenError, TokenVerifier } from './token-verifier';

/**
 * Global guard: every route needs a verified bearer token unless marked @Public, a Waardenpoort role unless marked
 * @WithoutRole, and the roles it names.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    private readonly refusals: RefusalRecorder,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(req.headers.authorization);
    if (!token) throw this.unauthorized('Send a bearer token: "Authorization: Bearer <JWT>".');
    try {
      req.actor = await this.verifier.verifyFor(req, token);
    } catch (err) {
      if (err instanceof InvalidTokenError) throw this.unauthorized(`The bearer token was refused: ${err.message}.`);
      throw err;
    }
    // A person the provider knows but who has no role here may only ask who they are: fail closed on every other
    // route, also those any role may call.
    const noRole = this.verifier.whyNoRole(req.actor);
    if (noRole !== null && !this.reflector.getAllAndOverride<boolean>(WITHOUT_ROLE_KEY, targets)) {
      throw new ProblemException(403, `Your account has no role in Waardenpoort: ${noRole}.`, { slug: 'no-role' });
    }
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (required && !required.some((r) => req.actor?.roles.includes(r))) {
      const reason = `This action needs one of the roles: ${required.join(', ')}.`;
      const projectId = req.params?.['id'];
      if (req.method !== 'GET' && typeof projectId === 'string' && UUID_PATTERN.test(projectId)) {
        await this.refusals.record(projectId, req.actor, {
          action: `${req.method} ${req.path}`,
          code: 'missing-role',
          reason,
        });
      }
      throw new ProblemException(403, reason, { slug: 'missing-role' });
    }
    return true;
  }

  private unauthorized(detail: string): ProblemException {
    return new ProblemException(401, detail, { headers: { 'WWW-Authenticate': 'Bearer realm="waardenpoort"' } });
  }
}
