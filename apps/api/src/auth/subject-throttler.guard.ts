import { Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  InjectThrottlerOptions,
  InjectThrottlerStorage,
  ThrottlerGuard,
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
}
