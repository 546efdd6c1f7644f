import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { checkTextTree, departmentIdProblem, isRole, type Actor, type Role } from '@waardenpoort/domain';
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { APP_CONFIG } from '../config/config.module';

export class InvalidTokenError extends Error {}

/**
 * Header `typ` values of an access token: `JWT` (what most identity providers and `npm run token` write) and
 * `at+jwt` (RFC 9068), with or without `application/`. Anything else (an ID token's, a logout token's, `JOSE`, or
 * none at all) is not a token for calling this API.
 */
const ACCESS_TOKEN_TYPES = new Set(['jwt', 'at+jwt', 'application/jwt', 'application/at+jwt']);
/** Keycloak also says what a token is in a `typ` claim; an ID or refresh token of the same realm is refused. */
const ACCESS_TOKEN_CLAIM_TYPES = new Set(['bearer']);
/** Claims only an ID token carries (OpenID Connect Core 2, 3.1.3.6, 3.3.2.11). */
const ID_TOKEN_CLAIMS = ['nonce', 'at_hash', 'c_hash'] as const;

/** The bearer token of an Authorization header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = header ? /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/**
 * A claim by name or dotted path (Keycloak puts roles in realm_access.roles). A claim whose own name has dots
 * (`https://enschede.nl/roles`, Entra ID's `extn.afdeling`) is read by that name first.
 */
function claimAt(payload: JWTPayload, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
      payload,
    );
}

/** The departments a token names in a head-of or deputy-of claim; null: the token has no such claim. */
export interface DepartmentLeadershipClaims {
  headOf: string[] | null;
  deputyOf: string[] | null;
}

/** At most this many departments per claim are read: a person leads a few departments, not a directory. */
const MAX_LED_DEPARTMENTS = 50;

/** A claim's departments: one string or a list; entries that are no department id are left out. */
function departmentList(raw: unknown): string[] | null {
  if (raw === undefined || raw === null) return null;
  const values = Array.isArray(raw) ? raw : [raw];
  const ids = values.filter((v): v is string => departmentIdProblem(v) === null);
  return [...new Set(ids)].slice(0, MAX_LED_DEPARTMENTS);
}

/**
 * Verifies bearer tokens: HS256 with a shared secret locally, the identity provider's keys (JWKS, asymmetric
 * algorithms only) in production.
 */
@Injectable()
export class TokenVerifier {
  private readonly key: Uint8Array | JWTVerifyGetKey;
  private readonly algorithms: string[];
  /** One verification per request, shared by the rate limiter (which keys on the subject) and the auth guard. */
  private readonly perRequest = new WeakMap<object, Promise<Actor>>();
  /** Why a verified person has no Waardenpoort role, for the 403 that says so. */
  private readonly noRoleReasons = new WeakMap<Actor, string>();
  /** The departments a token says its holder heads and deputises for (not part of the Actor, which Updates carry). */
  private readonly leadership = new WeakMap<Actor, DepartmentLeadershipClaims>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const auth = config.auth;
    if (auth.mode === 'jwks') {
      // jose keeps the key set, looks a token's kid up in it, and fetches it again on an unknown kid (at most once per
      // cooldown) or when it is older than the cache age: a provider's key rotation needs no restart.
      this.key = createRemoteJWKSet(new URL(auth.jwksUrl), {
        cooldownDuration: auth.jwksCooldownSeconds * 1000,
        cacheMaxAge: auth.jwksCacheSeconds * 1000,
        timeoutDuration: 5000,
      });
      this.algorithms = [...auth.algorithms];
    } else {
      this.key = new TextEncoder().encode(auth.secret);
      this.algorithms = ['HS256'];
    }
  }

  /** Why `actor` (verified by this verifier) has no role, or null when it has one. */
  /** What the token said about the departments its holder heads and deputises for; null where it said nothing. */
  leadershipOf(actor: Actor): DepartmentLeadershipClaims {
    return this.leadership.get(actor) ?? { headOf: null, deputyOf: null };
  }

  whyNoRole(actor: Actor): string | null {
    return actor.roles.length > 0 ? null : (this.noRoleReasons.get(actor) ?? 'the token gives no role');
  }

  /** `verify` of the request's bearer token, at most once per request object. */
  verifyFor(req: object, token: string): Promise<Actor> {
    let pending = this.perRequest.get(req);
    if (!pending) {
      pending = this.verify(token);
      // Kept rejected too (the guard answers 401 from it); marked handled so an unread rejection is no crash.
      pending.catch(() => undefined);
      this.perRequest.set(req, pending);
    }
    return pending;
  }

  async verify(token: string): Promise<Actor> {
    const auth = this.config.auth;
    let payload: JWTPayload;
    try {
      let typ: unknown;
      try {
        typ = decodeProtectedHeader(token).typ;
      } catch {
        throw new InvalidTokenError('the token is not a JWT');
      }
      if (typeof typ !== 'string' || !ACCESS_TOKEN_TYPES.has(typ.toLowerCase())) {
        throw new InvalidTokenError(`the token is not an access token (header typ ${JSON.stringify(typ ?? null)})`);
      }
      const options = {
        algorithms: this.algorithms,
        clockTolerance: auth.clockToleranceSeconds,
        // iat is required by maxTokenAge: a token says when it was made, and is refused once older than that.
        requiredClaims: ['sub', 'exp', 'iat'],
        maxTokenAge: auth.maxTokenAgeSeconds,
        ...(auth.issuer ? { issuer: auth.issuer } : {}),
        ...(auth.audience ? { audience: auth.audience } : {}),
      };
      const result =
        this.key instanceof Uint8Array
          ? await jwtVerify(token, this.key, options)
          : await jwtVerify(token, this.key, options);
      payload = result.payload;
    } catch (err) {
      if (err instanceof InvalidTokenError) throw err;
      // maxTokenAge exceeded is a JWTExpired on the iat claim: say which limit it was.
      if (
        (err instanceof joseErrors.JWTClaimValidationFailed || err instanceof joseErrors.JWTExpired) &&
        err.claim === 'iat'
      ) {
        throw new InvalidTokenError(
          `the token is older than ${auth.maxTokenAgeSeconds} s, or has no valid iat (${err.code})`,
        );
      }
      if (err instanceof joseErrors.JWTExpired) throw new InvalidTokenError('the token has expired');
      if (err instanceof joseErrors.JOSEError) throw new InvalidTokenError(`the token is not valid (${err.code})`);
      throw err;
    }
    const claimType = payload['typ'];
    if (
      claimType !== undefined &&
      !(typeof claimType === 'string' && ACCESS_TOKEN_CLAIM_TYPES.has(claimType.toLowerCase()))
    ) {
      throw new InvalidTokenError(`the token is not an access token (typ claim ${JSON.stringify(claimType)})`);
    }
    // An ID token says who signed in to the dashboard, for the dashboard: where its audience is also this API's (one
    // app registration for both, as Entra ID allows), its nonce and hashes still tell it apart.
    const idTokenClaim = ID_TOKEN_CLAIMS.find((c) => payload[c] !== undefined);
    if (idTokenClaim) throw new InvalidTokenError(`this is an ID token (claim ${idTokenClaim}), not an access token`);
    const { roles, whyNone } = this.rolesOf(payload);
    const rawName = claimAt(payload, auth.nameClaim);
    const name = typeof rawName === 'string' && rawName.trim() !== '' ? rawName : (payload.sub as string);
    const rawEmail = claimAt(payload, auth.emailClaim);
    const email = typeof rawEmail === 'string' ? rawEmail : '';
    // The department a department head reads (READ_SCOPE); anything but a non-empty string is no department, and a
    // department head without one sees no project (fail closed). Absent rather than null without one, so an actor
    // without the claim looks as it did before the claim existed.
    const rawDepartment = claimAt(payload, auth.departmentClaim);
    const department = typeof rawDepartment === 'string' && rawDepartment.trim() !== '' ? rawDepartment : null;
    const claims = { sub: payload.sub as string, name, email, ...(department !== null ? { department } : {}) };
    // The claims enter the directory, the audit trail and every Update: the same text rule as any other input
    // (checked, and made NFC in place).
    const issues = checkTextTree(claims, { root: 'token', normalise: true });
    if (issues.length > 0) throw new InvalidTokenError(`its claims are not acceptable text: ${issues[0]?.message}`);
    const actor: Actor = { ...claims, roles };
    if (whyNone) this.noRoleReasons.set(actor, whyNone);
    this.leadership.set(actor, {
      headOf: departmentList(auth.departmentHeadOfClaim ? claimAt(payload, auth.departmentHeadOfClaim) : undefined),
      deputyOf: departmentList(
        auth.departmentDeputyOfClaim ? claimAt(payload, auth.departmentDeputyOfClaim) : undefined,
      ),
    });
    return actor;
  }

  /**
   * The Waardenpoort roles in the roles claim, and those JWT_GROUP_ROLES gives the token's groups; values that are
   * neither are ignored. With none, also why (which claims were looked at), for the person and whoever configures it.
   */
  private rolesOf(payload: JWTPayload): { roles: Role[]; whyNone: string | null } {
    const auth = this.config.auth;
    const rawRoles = claimAt(payload, auth.rolesClaim);
    const roles = new Set<Role>(Array.isArray(rawRoles) ? rawRoles.filter(isRole) : []);
    const mapping = auth.groupRoles;
    const mapsGroups = Object.keys(mapping).length > 0;
    const rawGroups = mapsGroups ? claimAt(payload, auth.groupsClaim) : undefined;
    if (Array.isArray(rawGroups)) {
      for (const group of rawGroups) {
        if (typeof group === 'string' && Object.hasOwn(mapping, group))
          for (const r of mapping[group] ?? []) roles.add(r);
      }
    }
    if (roles.size > 0) return { roles: [...roles], whyNone: null };
    const looked = [
      rawRoles === undefined
        ? `the token has no claim ${auth.rolesClaim}`
        : `none of the values of its claim ${auth.rolesClaim} is a Waardenpoort role`,
    ];
    if (mapsGroups) {
      const overage = claimAt(payload, `_claim_names.${auth.groupsClaim}`) !== undefined;
      looked.push(
        rawGroups === undefined
          ? overage
            ? `its groups were left out (the provider sends too many; send only the groups assigned to the application)`
            : `it has no claim ${auth.groupsClaim}`
          : `none of its groups is mapped to a role (JWT_GROUP_ROLES)`,
      );
    }
    return { roles: [], whyNone: looked.join('; ') };
  }
}
