import { Injectable, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
  type ThrottlerLimitDetail,
  type ThrottlerModuleOptions,
  type ThrottlerStorage,
} from '@nestjs/throttler';
import { bearerToken, TokenVerifier } from './token-verifier';

/**
 * The rate limit per caller: per verified token subject, so people behind one municipal NAT address each have a
 * budget of their own and one person cannot get more by changing address; per client address (`req.ip`, which
 * follows X-Forwarded-For only as far as TRUST_PROXY allows) for anonymous requests and tokens that do not verify.
 */
@Injectable()
export class SubjectThrottlerGuard extends ThrottlerGuard {
  constructor(
    @InjectThrottlerOptions() options: ThrottlerModuleOptions,
    @InjectThrottlerStorage() storage: ThrottlerStorage,
    reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {
    super(options, storage, reflector);
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const headers = req['headers'] as Record<string, string | undefined> | undefined;
    const token = bearerToken(headers?.['authorization']);
    if (token) {
      try {
        const actor = await this.verifier.verifyFor(req, token);
        return `sub:${actor.sub}`;
      } catch {
        // Not a valid token: counted against the address; the auth guard answers 401.
      }
    }
    return `ip:${await super.getTracker(req)}`;
  }

  /** Every limit answers with a plain Retry-After (the library names it Retry-After-<name> for named limits). */
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const res = context.switchToHttp().getResponse<{ setHeader?: (k: string, v: string) => void }>();
    res.setHeader?.('Retry-After', String(Math.max(1, detail.timeToBlockExpire)));
    await super.throwThrottlingException(context, detail);
  }
}
