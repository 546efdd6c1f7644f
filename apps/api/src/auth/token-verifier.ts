import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { checkTextTree, isRole, type Actor } from '@waardenpoort/domain';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { APP_CONFIG } from '../config/config.module';

export class InvalidTokenError extends Error {}

/** Verifies bearer tokens: HS256 with a shared secret locally, the identity provider's JWKS in production. */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const auth = config.auth;
    if (auth.mode === 'jwks') {
      this.key = createRemoteJWKSet(new URL(auth.jwksUrl));
      this.algorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
    } else {
      this.key = new TextEncoder().encode(auth.secret);
      this.algorithms = ['HS256'];
    }
  }

  async verify(token: string): Promise<Actor> {
    const auth = this.config.auth;
    let payload: JWTPayload;
    try {
      const options = {
        algorithms: this.algorithms,
        clockTolerance: auth.clockToleranceSeconds,
        requiredClaims: ['sub', 'exp'],
        ...(auth.issuer ? { issuer: auth.issuer } : {}),
        ...(auth.audience ? { audience: auth.audience } : {}),
      };
      const result =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      payload = result.payload;
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new InvalidTokenError('the token has expired');
      if (err instanceof joseErrors.JOSEError) throw new InvalidTokenError(`the token is not valid (${err.code})`);
      throw err;
    }
    // A dotted path reaches nested claims (Keycloak puts roles in realm_access.roles).
    const rawRoles = auth.rolesClaim
      .split('.')
      .reduce<unknown>(
        (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
        payload,
      );
    const roles = Array.isArray(rawRoles) ? rawRoles.filter(isRole) : [];
    const name = typeof payload['name'] === 'string' ? payload['name'] : (payload.sub as string);
    const email = typeof payload['email'] === 'string' ? payload['email'] : '';
    // The claims enter the directory, the audit trail and every Update: the same text rule as any other input.
    const claims = { sub: payload.sub as string, name, email };
    const issues = checkTextTree(claims, { root: 'token', normalise: true });
    if (issues.length > 0) throw new InvalidTokenError(`its claims are not acceptable text: ${issues[0]?.message}`);
    return { ...claims, roles };
  }
}
