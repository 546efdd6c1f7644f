import 'reflect-metadata';
import { isAbsolute, resolve } from 'node:path';
import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

/**
 * The process environment, read once at boot. Nothing else in the code base reads `process.env`; everything gets
 * this typed object instead. A wrong setting stops the process with a message naming it.
 */
class Environment {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'development';

  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/waardenpoort';

  @Transform(({ value }) => (value === undefined ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE: number = 10;

  @IsOptional()
  @IsIn(['true', 'false'])
  RUN_WORKER_IN_API?: string;

  @IsString()
  @Matches(/^[^:]+:\d+$/, { message: 'TEMPORAL_ADDRESS must be host:port' })
  TEMPORAL_ADDRESS: string = '127.0.0.1:7233';

  @IsString()
  @MinLength(1)
  TEMPORAL_NAMESPACE: string = 'default';

  @IsString()
  @MinLength(1)
  TEMPORAL_TASK_QUEUE: string = 'waardenpoort-projects';

  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['https', 'http'] })
  JWT_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  JWT_ISSUER?: string;

  @IsOptional()
  @IsString()
  JWT_AUDIENCE?: string;

  /** Where the roles are in the token; a dotted path for nested claims (Keycloak: realm_access.roles). */
  @IsString()
  @Matches(/^[A-Za-z0-9_:\-/]+(\.[A-Za-z0-9_:\-/]+)*$/, {
    message: 'JWT_ROLES_CLAIM must be a claim name or dotted path',
  })
  JWT_ROLES_CLAIM: string = 'roles';

  /** Clock skew accepted on exp/nbf/iat, in seconds; bounded so a stolen expired token stays expired. */
  @Transform(({ value }) => (value === undefined ? 30 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(300)
  JWT_CLOCK_TOLERANCE_SECONDS: number = 30;

  /** PostgreSQL role the application acts as (SET ROLE at connect): without UPDATE/DELETE on the audit trail. */
  @IsOptional()
  @Matches(/^[a-z_][a-z0-9_]*$/, { message: 'DATABASE_ROLE must be a plain PostgreSQL role name' })
  DATABASE_ROLE?: string;

  /** Browser origins allowed to call the API, comma-separated; empty means same-origin only. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  @Transform(({ value }) => (value === undefined ? 600 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  RATE_LIMIT_PER_MINUTE: number = 600;

  @IsString()
  @MinLength(1)
  POLICY_FILE: string = 'policy/waardenpoort-policy.v1.yaml';

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: string = 'log';

  @IsOptional()
  @IsString()
  PUBLIC_URL?: string;
}

/** A development secret that only works outside production; `npm run token` signs with the same one. */
export const DEV_JWT_SECRET = 'waardenpoort-dev-secret-not-for-production-use';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  port: number;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  database: { url: string; poolSize: number; role: string | null };
  /** Laptop mode on the embedded database: the API process also runs the worker, so one connection serves both. */
  runWorkerInApi: boolean;
  temporal: { address: string; namespace: string; taskQueue: string; workflowBundlePath: string | null };
  auth:
    | {
        mode: 'hs256';
        secret: string;
        issuer: string | null;
        audience: string | null;
        rolesClaim: string;
        clockToleranceSeconds: number;
      }
    | {
        mode: 'jwks';
        jwksUrl: string;
        issuer: string | null;
        audience: string | null;
        rolesClaim: string;
        clockToleranceSeconds: number;
      };
  http: { corsOrigins: string[]; rateLimitPerMinute: number };
  /** The ethics policy (questionnaire, rules, gate timing) in force; an absolute path. */
  policy: { file: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const defined = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { forbidUnknownValues: false });
  const problems = errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map(
      (msg) => `${e.property}: ${msg} (got ${JSON.stringify(defined[e.property])})`,
    ),
  );
  if (env.NODE_ENV === 'production' && !env.JWT_JWKS_URL && !env.JWT_SECRET) {
    problems.push("JWT_JWKS_URL: production needs the identity provider's JWKS URL (or JWT_SECRET for HS256)");
  }
  if (env.JWT_JWKS_URL && (!env.JWT_ISSUER || !env.JWT_AUDIENCE)) {
    problems.push(
      'JWT_ISSUER/JWT_AUDIENCE: tokens from an identity provider are only accepted with issuer and audience checked',
    );
  }
  if (env.JWT_JWKS_URL && env.JWT_SECRET) {
    problems.push('JWT_SECRET: set either JWT_JWKS_URL or JWT_SECRET, not both');
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const common = {
    issuer: env.JWT_ISSUER ?? null,
    audience: env.JWT_AUDIENCE ?? null,
    rolesClaim: env.JWT_ROLES_CLAIM,
    clockToleranceSeconds: env.JWT_CLOCK_TOLERANCE_SECONDS,
  };
  return {
    env: env.NODE_ENV as AppConfig['env'],
    port: env.PORT,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    logLevel: env.LOG_LEVEL as AppConfig['logLevel'],
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, role: env.DATABASE_ROLE ?? null },
    http: {
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    },
    runWorkerInApi: env.RUN_WORKER_IN_API === 'true',
    temporal: {
      address: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      workflowBundlePath: env.WORKFLOW_BUNDLE_PATH ?? null,
    },
    auth: env.JWT_JWKS_URL
      ? { mode: 'jwks', jwksUrl: env.JWT_JWKS_URL, ...common }
      : { mode: 'hs256', secret: env.JWT_SECRET ?? DEV_JWT_SECRET, ...common },
    policy: { file: isAbsolute(env.POLICY_FILE) ? env.POLICY_FILE : resolve(env.POLICY_FILE) },
  };
}
