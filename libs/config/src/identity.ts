import 'reflect-metadata';
import { checkTextTree, isRole, type Role } from '@waardenpoort/domain';
import { plainToInstance, Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import ipaddr from 'ipaddr.js';

/**
 * Who may call the API and how the dashboard signs people in: the identity provider's settings (JWT_*, OIDC_*),
 * read once at boot like the rest of the configuration. A wrong setting stops the process with a message naming it.
 */

const CLAIM_PATH = /^[A-Za-z0-9_:\-/]+(\.[A-Za-z0-9_:\-/]+)*$/;
const claimPath = (name: string) => Matches(CLAIM_PATH, { message: `${name} must be a claim name or dotted path` });

/** The signature algorithms a provider's token may use. HS* is absent: a shared secret is not a provider's key. */
const ASYMMETRIC_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
export type AsymmetricAlgorithm = (typeof ASYMMETRIC_ALGORITHMS)[number];

/** At most this many groups may be mapped to roles: a mapping is configuration, not a directory. */
const MAX_GROUP_MAPPINGS = 1_000;

class IdentityEnvironment {
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** The identity provider's key set: https, or http on this machine's loopback (nobody else can swap it there). */
  @IsOptional()
  @IsString()
  JWT_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

  /** The algorithms accepted from the provider, comma-separated (asymmetric only). */
  @IsString()
  JWT_ALGORITHMS: string = 'RS256,ES256,PS256';

  /** Least time between two key-set fetches caused by an unknown `kid` (a flood of made-up kids is one fetch). */
  @Transform(({ value }) => (value === undefined ? 30 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(3_600)
  JWT_JWKS_COOLDOWN_SECONDS: number = 30;

  /** How long fetched keys are used before the key set is fetched again anyway. */
  @Transform(({ value }) => (value === undefined ? 600 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(86_400)
  JWT_JWKS_CACHE_SECONDS: number = 600;

  /** Where the roles are in the token; a dotted path for nested claims (Keycloak: realm_access.roles). */
  @IsString()
  @claimPath('JWT_ROLES_CLAIM')
  JWT_ROLES_CLAIM: string = 'roles';

  /** Where the person's department is in the token (a string claim; a dotted path for nested claims). */
  @IsString()
  @claimPath('JWT_DEPARTMENT_CLAIM')
  JWT_DEPARTMENT_CLAIM: string = 'department';

  /**
   * Where the token lists the departments the person heads (a string or a list of strings; a dotted path for nested
   * claims). Unset: heads come from the organisation file and the admin API only.
   */
  @IsOptional()
  @IsString()
  @claimPath('JWT_DEPARTMENT_HEAD_OF_CLAIM')
  JWT_DEPARTMENT_HEAD_OF_CLAIM?: string;

  /** Where the token lists the departments the person deputises for; unset: deputies come from file and API. */
  @IsOptional()
  @IsString()
  @claimPath('JWT_DEPARTMENT_DEPUTY_OF_CLAIM')
  JWT_DEPARTMENT_DEPUTY_OF_CLAIM?: string;

  /** Where the person's display name is (Entra ID and Keycloak: name). */
  @IsString()
  @claimPath('JWT_NAME_CLAIM')
  JWT_NAME_CLAIM: string = 'name';

  @IsString()
  @claimPath('JWT_EMAIL_CLAIM')
  JWT_EMAIL_CLAIM: string = 'email';

  /** Where the groups are, for providers that send groups instead of roles (Entra ID: groups, as object ids). */
  @IsString()
  @claimPath('JWT_GROUPS_CLAIM')
  JWT_GROUPS_CLAIM: string = 'groups';

  /** JSON: {"<group id>": "<role>" | ["<role>", ...]}; the roles a group gives. */
  @IsOptional()
  @IsString()
  JWT_GROUP_ROLES?: string;

  /** Clock skew accepted on exp/nbf/iat, in seconds; bounded so a stolen expired token stays expired. */
  @Transform(({ value }) => (value === undefined ? 30 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(300)
  JWT_CLOCK_TOLERANCE_SECONDS: number = 30;

  /**
   * The oldest token accepted, from its `iat` (which is then required), whatever its `exp` says: a token minted
   * with a far expiry (by mistake or by someone holding a signing key briefly) stops working after this. Bounded
   * to a day. 8 hours: a working day, the lifetime of the dev sign-in's tokens.
   */
  @Transform(({ value }) => (value === undefined ? 28_800 : Number(value)))
  @IsInt()
  @Min(60)
  @Max(86_400)
  JWT_MAX_AGE_SECONDS: number = 28_800;

  /** The dashboard's client id at the provider: turns on sign-in with OpenID Connect (needs JWT_JWKS_URL). */
  @IsOptional()
  @Matches(/^[\x21-\x7e]{1,200}$/, { message: 'OIDC_CLIENT_ID must be 1 to 200 printable ASCII characters' })
  OIDC_CLIENT_ID?: string;

  /** The scopes the dashboard asks for, space-separated; offline_access gives a refresh token for silent renewal. */
  @Matches(/^(?=.*(?:^|\s)openid(?:\s|$))[\x21-\x7e]+(?: [\x21-\x7e]+)*$/, {
    message: 'OIDC_SCOPES must be space-separated scopes including openid',
  })
  OIDC_SCOPES: string = 'openid profile email offline_access';

  /** RFC 8707 resource indicator sent with the authorization and token requests, for providers that use one. */
  @IsOptional()
  @IsString()
  OIDC_RESOURCE?: string;
}

interface ClaimSettings {
  issuer: string | null;
  audience: string | null;
  rolesClaim: string;
  /** Where the department is in the token (JWT_DEPARTMENT_CLAIM) */
  departmentClaim: string;
  /** Where the departments the person heads are (JWT_DEPARTMENT_HEAD_OF_CLAIM); null: not read from tokens */
  departmentHeadOfClaim: string | null;
  /** Where the departments the person deputises for are (JWT_DEPARTMENT_DEPUTY_OF_CLAIM); null: not read */
  departmentDeputyOfClaim: string | null;
  nameClaim: string;
  emailClaim: string;
  groupsClaim: string;
  /** Group id → the roles it gives (JWT_GROUP_ROLES); empty when roles come from the roles claim only. */
  groupRoles: Readonly<Record<string, readonly Role[]>>;
  clockToleranceSeconds: number;
  maxTokenAgeSeconds: number;
}

/** How the dashboard signs people in at the provider (OIDC_*); null: no OpenID Connect sign-in. */
export interface OidcClientConfig {
  issuer: string;
  clientId: string;
  scope: string;
  resource: string | null;
}

export type AuthConfig =
  | ({ mode: 'hs256'; secret: string } & ClaimSettings)
  | ({
      mode: 'jwks';
      jwksUrl: string;
      algorithms: AsymmetricAlgorithm[];
      jwksCooldownSeconds: number;
      jwksCacheSeconds: number;
      oidc: OidcClientConfig | null;
    } & ClaimSettings);

/**
 * A development secret that only works in dev mode (DEV_MODE=true on a loopback bind); `npm run token` signs with
 * the same one. Outside dev mode the API refuses to start with it, also when JWT_SECRET is set to this value.
 */
export const DEV_JWT_SECRET = 'waardenpoort-dev-secret-not-for-production-use';

/** An https URL, or http on a loopback host; null when `text` is neither (the reason goes to `problems`). */
function providerUrl(name: string, text: string, problems: string[]): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push(`${name}: not a URL (got ${JSON.stringify(text)})`);
    return null;
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const loopback =
    host.toLowerCase() === 'localhost' || (ipaddr.isValid(host) && ipaddr.process(host).range() === 'loopback');
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    problems.push(`${name} must be an https URL (http only on this machine's loopback) (got ${JSON.stringify(text)})`);
    return null;
  }
  if (url.username || url.password) {
    problems.push(`${name}: no credentials in the URL`);
    return null;
  }
  return url;
}

function groupRolesSetting(text: string | undefined, problems: string[]): Record<string, Role[]> {
  if (text === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    problems.push('JWT_GROUP_ROLES: not JSON; write {"<group id>": "<role>" | ["<role>", ...]}');
    return {};
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    problems.push('JWT_GROUP_ROLES: must be a JSON object of group id to role(s)');
    return {};
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > MAX_GROUP_MAPPINGS) {
    problems.push(`JWT_GROUP_ROLES: at most ${MAX_GROUP_MAPPINGS} groups (got ${entries.length})`);
    return {};
  }
  const out: Record<string, Role[]> = {};
  for (const [group, value] of entries) {
    const issues = checkTextTree({ group }, { root: 'JWT_GROUP_ROLES' });
    if (group.trim() === '' || group.length > 256 || issues.length > 0) {
      problems.push(`JWT_GROUP_ROLES: ${JSON.stringify(group)} is not a group id (one line, 1 to 256 characters)`);
      continue;
    }
    const roles = Array.isArray(value) ? value : [value];
    const unknown = roles.filter((r) => !isRole(r));
    if (roles.length === 0 || unknown.length > 0) {
      problems.push(
        `JWT_GROUP_ROLES: group ${JSON.stringify(group)} maps to ${unknown.length > 0 ? `unknown role(s) ${JSON.stringify(unknown)}` : 'no role'}`,
      );
      continue;
    }
    out[group] = [...new Set(roles as Role[])];
  }
  return out;
}

/** The identity settings of `defined` (the environment without empty values), or problems naming what is wrong. */
export function identitySettings(
  defined: Record<string, string | undefined>,
  devMode: boolean,
  problems: string[],
): AuthConfig {
  const env = plainToInstance(IdentityEnvironment, defined, { exposeDefaultValues: true });
  for (const e of validateSync(env, { forbidUnknownValues: false })) {
    for (const msg of Object.values(e.constraints ?? {}))
      problems.push(`${e.property}: ${msg} (got ${JSON.stringify(defined[e.property])})`);
  }
  if (!devMode) {
    if (!env.JWT_JWKS_URL && !env.JWT_SECRET) {
      problems.push(
        "JWT_JWKS_URL: outside dev mode the API needs the identity provider's JWKS URL (or JWT_SECRET for HS256); DEV_MODE=true is for a laptop",
      );
    }
    if (env.JWT_SECRET === DEV_JWT_SECRET) {
      problems.push('JWT_SECRET: the development secret is public and only accepted with DEV_MODE=true');
    }
  }
  if (env.JWT_JWKS_URL && (!env.JWT_ISSUER || !env.JWT_AUDIENCE)) {
    problems.push(
      'JWT_ISSUER/JWT_AUDIENCE: tokens from an identity provider are only accepted with issuer and audience checked',
    );
  }
  if (env.JWT_JWKS_URL && env.JWT_SECRET) problems.push('JWT_SECRET: set either JWT_JWKS_URL or JWT_SECRET, not both');
  const jwksUrl = env.JWT_JWKS_URL ? providerUrl('JWT_JWKS_URL', env.JWT_JWKS_URL, problems) : null;

  const algorithms = env.JWT_ALGORITHMS.split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const refused = algorithms.filter((a) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(a));
  if (algorithms.length === 0 || refused.length > 0) {
    problems.push(
      `JWT_ALGORITHMS: only ${ASYMMETRIC_ALGORITHMS.join(', ')} (a provider signs with its private key; HS* would let anyone holding the public key sign)${refused.length > 0 ? `; refused: ${refused.join(', ')}` : ''}`,
    );
  }

  let oidc: OidcClientConfig | null = null;
  if (env.OIDC_CLIENT_ID) {
    if (!env.JWT_JWKS_URL) {
      problems.push("OIDC_CLIENT_ID: sign-in with OpenID Connect needs the provider's keys (JWT_JWKS_URL)");
    } else if (env.JWT_ISSUER && providerUrl('JWT_ISSUER', env.JWT_ISSUER, problems)) {
      oidc = {
        issuer: env.JWT_ISSUER,
        clientId: env.OIDC_CLIENT_ID,
        scope: env.OIDC_SCOPES,
        resource: env.OIDC_RESOURCE ?? null,
      };
    }
  }
  if (env.OIDC_RESOURCE && !/^(?:https:\/\/|urn:|api:\/\/)[\x21-\x7e]{1,500}$/.test(env.OIDC_RESOURCE)) {
    problems.push('OIDC_RESOURCE must be an absolute https, api:// or urn: identifier');
  }

  const claims: ClaimSettings = {
    issuer: env.JWT_ISSUER ?? null,
    audience: env.JWT_AUDIENCE ?? null,
    rolesClaim: env.JWT_ROLES_CLAIM,
    departmentClaim: env.JWT_DEPARTMENT_CLAIM,
    departmentHeadOfClaim: env.JWT_DEPARTMENT_HEAD_OF_CLAIM ?? null,
    departmentDeputyOfClaim: env.JWT_DEPARTMENT_DEPUTY_OF_CLAIM ?? null,
    nameClaim: env.JWT_NAME_CLAIM,
    emailClaim: env.JWT_EMAIL_CLAIM,
    groupsClaim: env.JWT_GROUPS_CLAIM,
    groupRoles: groupRolesSetting(env.JWT_GROUP_ROLES, problems),
    clockToleranceSeconds: env.JWT_CLOCK_TOLERANCE_SECONDS,
    maxTokenAgeSeconds: env.JWT_MAX_AGE_SECONDS,
  };
  return jwksUrl
    ? {
        mode: 'jwks',
        jwksUrl: env.JWT_JWKS_URL as string,
        algorithms: algorithms as AsymmetricAlgorithm[],
        jwksCooldownSeconds: env.JWT_JWKS_COOLDOWN_SECONDS,
        jwksCacheSeconds: env.JWT_JWKS_CACHE_SECONDS,
        oidc,
        ...claims,
      }
    : { mode: 'hs256', secret: env.JWT_SECRET ?? DEV_JWT_SECRET, ...claims };
}
