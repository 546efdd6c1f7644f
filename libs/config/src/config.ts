import { isAbsolute, resolve } from 'node:path';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Environment } from './environment';
import { identitySettings, type AuthConfig } from './identity';
import { isLoopbackHost, trustProxySetting } from './network';
import { publicMapSettings, type PublicMapConfig } from './public-map';
import { tracingSettings, type TracingConfig } from './tracing';
import {
  auditWitnessSettings,
  mailSettings,
  monitoringSettings,
  type AuditWitnessConfig,
  type MailConfig,
  type MonitoringConfig,
  type WebhookConfig,
} from './settings';

export { isLoopbackHost } from './network';
export { LOG_REDACT_PATHS, logOptions, pinoLevel } from './logging';
export type { PublicMapConfig } from './public-map';
export type { TracingConfig } from './tracing';
export {
  DEV_WEBHOOK_SECRET_KEY,
  type AuditWitnessConfig,
  type MailConfig,
  type MonitoringConfig,
  type WebhookConfig,
} from './settings';

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  /** DEV_MODE=true: dev sign-in, dev secret, mail sink route, open /metrics; only on a loopback bind. */
  devMode: boolean;
  port: number;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  /** LOG_FORMAT: JSON lines, or pretty-printed for a terminal (logging.ts) */
  logFormat: 'json' | 'pretty';
  database: { url: string; poolSize: number; role: string | null };
  /** Laptop mode on the embedded database: the API process also runs the worker, so one connection serves both. */
  runWorkerInApi: boolean;
  temporal: {
    address: string;
    namespace: string;
    taskQueue: string;
    workflowBundlePath: string | null;
    /** The worker's sticky cache (WORKER_MAX_CACHED_WORKFLOWS) */
    maxCachedWorkflows: number;
  };
  /** Who may call the API, and how the dashboard signs people in (identity.ts) */
  auth: AuthConfig;
  http: {
    corsOrigins: string[];
    rateLimitPerMinute: number;
    /** Per client address on the public routes (/api/v1/public/...) */
    publicRateLimitPerMinute: number;
    /** Where the API listens; null: all interfaces */
    bindHost: string | null;
    /** Express `trust proxy`: false, a hop count, or proxy addresses/CIDRs */
    trustProxy: false | number | string[];
  };
  /** The ethics policy (questionnaire, rules, gate timing) in force; an absolute path. */
  policy: { file: string };
  /** The organisation file (ORGANISATION_FILE), an absolute path; null: departments come from claims and the API. */
  organisation: { file: string | null };
  /** The public sensor register page's background map (public-map.ts) */
  publicMap: PublicMapConfig;
  mail: MailConfig;
  monitoring: MonitoringConfig;
  webhooks: WebhookConfig;
  /** OpenTelemetry traces over OTLP (tracing.ts); off unless an endpoint is set */
  tracing: TracingConfig;
  /** Independent witnesses of the audit trail (kept last: see auditWitnessSettings) */
  auditWitness: AuditWitnessConfig;
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
  const devMode = env.DEV_MODE === 'true';
  const bindHost = env.BIND_HOST ?? (devMode ? '127.0.0.1' : null);
  if (devMode) {
    if (env.NODE_ENV === 'production') problems.push('DEV_MODE: dev mode cannot be on with NODE_ENV=production');
    if (bindHost === null || !isLoopbackHost(bindHost)) {
      problems.push(
        `BIND_HOST: dev mode (dev sign-in, dev secret, mail sink) only listens on loopback (127.0.0.1, ::1, localhost), not on ${bindHost}`,
      );
    }
  }
  const auth = identitySettings(defined, devMode, problems);
  const trustProxy = trustProxySetting(env.TRUST_PROXY, problems);
  const mail = mailSettings(env, devMode, problems);
  const publicMap = publicMapSettings(env, problems);
  const monitoring = monitoringSettings(env, devMode, problems);
  const auditWitness = auditWitnessSettings(env, devMode, problems);
  const tracing = tracingSettings(env, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: env.NODE_ENV as AppConfig['env'],
    devMode,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    logLevel: env.LOG_LEVEL as AppConfig['logLevel'],
    logFormat: env.LOG_FORMAT as AppConfig['logFormat'],
    database: { url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE, role: env.DATABASE_ROLE ?? null },
    http: {
      corsOrigins: (env.CORS_ORIGINS ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      publicRateLimitPerMinute: env.PUBLIC_RATE_LIMIT_PER_MINUTE,
      bindHost,
      trustProxy,
    },
    runWorkerInApi: env.RUN_WORKER_IN_API === 'true',
    temporal: {
      address: env.TEMPORAL_ADDRESS,
      namespace: env.TEMPORAL_NAMESPACE,
      taskQueue: env.TEMPORAL_TASK_QUEUE,
      workflowBundlePath: env.WORKFLOW_BUNDLE_PATH ?? null,
      maxCachedWorkflows: env.WORKER_MAX_CACHED_WORKFLOWS,
    },
    auth,
    policy: { file: isAbsolute(env.POLICY_FILE) ? env.POLICY_FILE : resolve(env.POLICY_FILE) },
    organisation: { file: env.ORGANISATION_FILE ? resolve(env.ORGANISATION_FILE) : null },
    publicMap,
    mail,
    ...monitoring,
    tracing,
    auditWitness,
  };
}
