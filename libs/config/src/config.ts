import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { isRole, type Role } from '@waardenpoort/domain';
import { plainToInstance, Transform } from 'class-transformer';
import ipaddr from 'ipaddr.js';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';
import { identitySettings, type AuthConfig } from './identity';

const MAIL_FROM_PATTERN = /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;
const EMAIL_PATTERN = /^[^\s@<>(),;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

/**
 * The process environment, read once at boot. Nothing else in the code base reads `process.env`; everything gets
 * this typed object instead. A wrong setting stops the process with a message naming it.
 */
class Environment {
  /**
   * Production unless said otherwise: a deployment that forgets this setting is locked, not open. `test` only
   * changes defaults for the test suites (mail and webhooks off until a suite turns them on).
   */
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: string = 'production';

  /**
   * The one switch for development conveniences: the dev sign-in (POST /api/v1/dev/token), the built-in
   * development JWT secret, the mail sink route (GET /api/v1/mail), an open /metrics and a derived webhook key.
   * Only on a loopback bind, never with NODE_ENV=production. `npm start` and the test suites turn it on.
   */
  @IsOptional()
  @IsIn(['true', 'false'])
  DEV_MODE?: string;

  /** The address the API listens on. Unset: all interfaces, or 127.0.0.1 in dev mode (which allows only loopback). */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9.:-]+$/, { message: 'BIND_HOST must be an IP address or a host name' })
  BIND_HOST?: string;

  /**
   * Express `trust proxy`: which proxies may tell the client address in X-Forwarded-For. `false` (default): none,
   * the socket's peer is the client. A hop count (1-10), or a comma-separated list of proxy addresses / CIDRs
   * (also `loopback`, `linklocal`, `uniquelocal`). `true` (trust anyone) is refused: anyone could then pick their
   * own address and so their own rate-limit budget.
   */
  @IsOptional()
  @IsString()
  TRUST_PROXY?: string;

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

  /**
   * Workflows the worker keeps in memory between their tasks (Temporal's sticky cache). The SDK's own default grows
   * with the V8 heap limit (2,311 on a 4 GiB heap) at about 0.5 MiB each; an evicted project is replayed from its
   * history when it next wakes. 500: with 10,000 open projects a worker with 1,000 cached peaked at 1.27 GiB
   * (`npm run bench -- --full`, benchmark 4); projects wake rarely (a reminder, a decision), so a replay now and then
   * costs less than holding them all.
   */
  @Transform(({ value }) => (value === undefined ? 500 : Number(value)))
  @IsInt()
  @Min(2)
  @Max(100_000)
  WORKER_MAX_CACHED_WORKFLOWS: number = 500;

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

  // Monitoring and webhooks (see monitoringSettings below).

  /** When set, GET /metrics wants `Authorization: Bearer <METRICS_TOKEN>`; unset, it is open (internal scrape). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** host:port where the worker serves the Temporal SDK's Prometheus metrics; unset, none are served. */
  @IsOptional()
  @Matches(/^[^:\s]+:\d{1,5}$/, { message: 'WORKER_METRICS_ADDRESS must be host:port' })
  WORKER_METRICS_ADDRESS?: string;

  /** How often the live event stream (SSE) looks for project changes. */
  @Transform(({ value }) => (value === undefined ? 1_000 : Number(value)))
  @IsInt()
  @Min(50)
  @Max(60_000)
  EVENTS_POLL_MS: number = 1_000;

  /** Comment lines on an idle event stream, so proxies do not close it. */
  @Transform(({ value }) => (value === undefined ? 15_000 : Number(value)))
  @IsInt()
  @Min(100)
  @Max(300_000)
  EVENTS_HEARTBEAT_MS: number = 15_000;

  /** Default on, except under NODE_ENV=test, where a suite turns it on next to its own receiver. */
  @IsOptional()
  @IsIn(['true', 'false'])
  WEBHOOKS_ENABLED?: string;

  /**
   * AES-256-GCM key for the webhook signing secrets at rest: 32 bytes, base64 or hex. Required when webhooks are
   * enabled outside dev mode; dev mode derives a fixed development key when unset.
   */
  @IsOptional()
  @IsString()
  WEBHOOK_SECRET_KEY?: string;

  /**
   * Webhook targets allowed although they are internal (loopback, private, link-local, ...): comma-separated host
   * names and IP addresses or CIDRs, e.g. `hooks.intern.enschede.nl,10.20.0.0/16`. Everything else internal is
   * refused at subscribe time and at every delivery, after DNS resolution.
   */
  @IsOptional()
  @IsString()
  WEBHOOK_ALLOWED_TARGETS?: string;

  @Transform(({ value }) => (value === undefined ? 1_000 : Number(value)))
  @IsInt()
  @Min(10)
  @Max(600_000)
  WEBHOOK_POLL_MS: number = 1_000;

  /** First retry delay; each further attempt waits twice as long, up to an hour. */
  @Transform(({ value }) => (value === undefined ? 10_000 : Number(value)))
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  WEBHOOK_RETRY_BASE_MS: number = 10_000;

  @Transform(({ value }) => (value === undefined ? 10 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(50)
  WEBHOOK_MAX_ATTEMPTS: number = 10;

  /** How long one POST may take before it counts as failed. */
  @Transform(({ value }) => (value === undefined ? 10_000 : Number(value)))
  @IsInt()
  @Min(100)
  @Max(120_000)
  WEBHOOK_TIMEOUT_MS: number = 10_000;

  // Mail: the worker delivers the notification outbox over SMTP (see mailSettings below).

  /** Default on, except under NODE_ENV=test, where a suite turns it on next to its own SMTP server. */
  @IsOptional()
  @IsIn(['true', 'false'])
  MAIL_ENABLED?: string;

  @IsOptional()
  @Matches(/^([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])$/, {
    message: 'SMTP_HOST must be a host name or an IP address',
  })
  SMTP_HOST?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT?: number;

  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it. */
  @IsOptional()
  @IsIn(['true', 'false'])
  SMTP_SECURE?: string;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  @IsString()
  @Matches(MAIL_FROM_PATTERN, { message: 'MAIL_FROM must be an e-mail address, optionally as "Name <address>"' })
  MAIL_FROM: string = 'Waardenpoort gemeente Enschede <waardenpoort@enschede.nl>';

  /** Mailboxes that receive what is sent to a whole role: `dpo=fg@enschede.nl,cio-office=cio-office@enschede.nl` */
  @IsOptional()
  @IsString()
  ROLE_MAILBOXES?: string;

  /** Where the local SMTP sink of `npm start` stores caught mail, for GET /api/v1/mail. */
  @IsString()
  @MinLength(1)
  MAIL_SINK_DIR: string = '.data/mail';

  /** Hour of the day (Europe/Amsterdam) the daily digests go out. */
  @Transform(({ value }) => (value === undefined ? 8 : Number(value)))
  @IsInt()
  @Min(0)
  @Max(23)
  DIGEST_HOUR: number = 8;

  @Transform(({ value }) => (value === undefined ? 8 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(50)
  MAIL_MAX_ATTEMPTS: number = 8;

  /** First retry delay; each further attempt waits twice as long, up to an hour. */
  @Transform(({ value }) => (value === undefined ? 30_000 : Number(value)))
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  MAIL_RETRY_BASE_MS: number = 30_000;

  @Transform(({ value }) => (value === undefined ? 2_000 : Number(value)))
  @IsInt()
  @Min(10)
  @Max(600_000)
  MAIL_POLL_MS: number = 2_000;

  // Audit trail witnesses (issue 15, section 5; see auditWitnessSettings below). Kept together at the end.

  /** Where signed audit checkpoints are written and read; outside PostgreSQL on purpose. */
  @IsString()
  @MinLength(1)
  AUDIT_CHECKPOINT_DIR: string = '.data/audit-checkpoints';

  /** How often the worker writes a checkpoint (when a chain head moved); 0: never (then `npm run audit:checkpoint`). */
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(0)
  @Max(7 * 24 * 3_600_000)
  AUDIT_CHECKPOINT_INTERVAL_MS?: number;

  /** The Ed25519 private key that signs checkpoints: PKCS#8 PEM, or its DER in base64. Never in the database. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_KEY?: string;

  /** A file holding that key (a mounted secret); instead of AUDIT_CHECKPOINT_KEY. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_KEY_FILE?: string;

  /** The public key checkpoints are verified with (SPKI PEM or base64 DER), for a verifier without the private key. */
  @IsOptional()
  @IsString()
  AUDIT_CHECKPOINT_PUBLIC_KEY?: string;
}

/** Dev mode's webhook secret key when WEBHOOK_SECRET_KEY is unset; refused outside dev mode like the JWT one. */
export const DEV_WEBHOOK_SECRET_KEY: Uint8Array = new Uint8Array(
  createHash('sha256').update('waardenpoort-dev-webhook-key-not-for-production-use').digest(),
);

export interface AppConfig {
  env: 'development' | 'test' | 'production';
  /** DEV_MODE=true: dev sign-in, dev secret, mail sink route, open /metrics; only on a loopback bind. */
  devMode: boolean;
  port: number;
  publicUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose';
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
    /** Where the API listens; null: all interfaces */
    bindHost: string | null;
    /** Express `trust proxy`: false, a hop count, or proxy addresses/CIDRs */
    trustProxy: false | number | string[];
  };
  /** The ethics policy (questionnaire, rules, gate timing) in force; an absolute path. */
  policy: { file: string };
  mail: MailConfig;
  monitoring: MonitoringConfig;
  webhooks: WebhookConfig;
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
  const monitoring = monitoringSettings(env, devMode, problems);
  const auditWitness = auditWitnessSettings(env, devMode, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: env.NODE_ENV as AppConfig['env'],
    devMode,
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
    mail,
    ...monitoring,
    auditWitness,
  };
}

/** 127.0.0.0/8, ::1 (also IPv4-mapped) or the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare.toLowerCase() === 'localhost') return true;
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.process(bare);
  return parsed.range() === 'loopback';
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

function trustProxySetting(value: string | undefined, problems: string[]): false | number | string[] {
  if (value === undefined || value === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops >= 1 && hops <= 10) return hops;
    problems.push(`TRUST_PROXY: a hop count is 1 to 10 (got ${value})`);
    return false;
  }
  if (value === 'true') {
    problems.push('TRUST_PROXY: "true" would trust any X-Forwarded-For; give a hop count or the proxy addresses');
    return false;
  }
  const entries = value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!PROXY_NAMES.includes(entry) && !ipaddr.isValid(entry) && !isCidr(entry)) {
      problems.push(`TRUST_PROXY: "${entry}" is not an IP address, a CIDR or one of ${PROXY_NAMES.join(', ')}`);
    }
  }
  return entries;
}

function isCidr(text: string): boolean {
  try {
    ipaddr.parseCIDR(text);
    return true;
  } catch {
    return false;
  }
}

/** 32 bytes from base64 (standard or url-safe) or 64 hex digits; null when it is neither. */
function parseKey(text: string): Uint8Array | null {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return new Uint8Array(Buffer.from(text, 'hex'));
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) {
    const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (bytes.length === 32) return new Uint8Array(bytes);
  }
  return null;
}

export interface MailConfig {
  /** Whether the worker runs the mail dispatcher */
  enabled: boolean;
  smtp: { host: string; port: number; secure: boolean; auth: { user: string; pass: string } | null };
  from: { name: string | null; address: string };
  /** Extra recipients of everything sent to a role (the role's shared mailbox) */
  roleMailboxes: Partial<Record<Role, string>>;
  /** Absolute path of the local SMTP sink's folder, read by GET /api/v1/mail in dev mode */
  sinkDir: string;
  /** Hour (Europe/Amsterdam) of the daily digest */
  digestHour: number;
  maxAttempts: number;
  retryBaseMs: number;
  pollMs: number;
}

/** The mail settings, cross-checked; what is wrong is added to `problems`. */
function mailSettings(env: Environment, devMode: boolean, problems: string[]): MailConfig {
  const enabled = env.MAIL_ENABLED === undefined ? env.NODE_ENV !== 'test' : env.MAIL_ENABLED === 'true';
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
    problems.push('SMTP_USER/SMTP_PASSWORD: set both or neither');
  }
  const roleMailboxes: Partial<Record<Role, string>> = {};
  for (const entry of (env.ROLE_MAILBOXES ?? '').split(',').map((e) => e.trim())) {
    if (!entry) continue;
    const [role, address, ...rest] = entry.split('=').map((p) => p.trim());
    if (!isRole(role) || !address || rest.length > 0 || !EMAIL_PATTERN.test(address)) {
      problems.push(`ROLE_MAILBOXES: "${entry}" is not role=address with a known role and an e-mail address`);
    } else if (roleMailboxes[role]) {
      problems.push(`ROLE_MAILBOXES: ${role} is given twice`);
    } else {
      roleMailboxes[role] = address;
    }
  }
  const from = /^(.*)<([^>]+)>\s*$/.exec(env.MAIL_FROM);
  const secure = env.SMTP_SECURE === 'true';
  return {
    enabled,
    smtp: {
      host: env.SMTP_HOST ?? '127.0.0.1',
      // In dev mode the default is the local sink of `npm start`; otherwise the host's own MTA. Not having a relay
      // configured is no reason to refuse to boot: every failed delivery is logged and recorded.
      port: env.SMTP_PORT ?? (secure ? 465 : devMode ? 1025 : 25),
      secure,
      auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : null,
    },
    from: from
      ? { name: from[1]?.trim().replace(/^"(.*)"$/, '$1') || null, address: (from[2] ?? '').trim() }
      : { name: null, address: env.MAIL_FROM.trim() },
    roleMailboxes,
    sinkDir: isAbsolute(env.MAIL_SINK_DIR) ? env.MAIL_SINK_DIR : resolve(env.MAIL_SINK_DIR),
    digestHour: env.DIGEST_HOUR,
    maxAttempts: env.MAIL_MAX_ATTEMPTS,
    retryBaseMs: env.MAIL_RETRY_BASE_MS,
    pollMs: env.MAIL_POLL_MS,
  };
}

export interface MonitoringConfig {
  /** Bearer token GET /metrics asks for; null: /metrics is open in dev mode and not served outside it */
  metricsToken: string | null;
  /** host:port of the worker's Temporal SDK Prometheus exporter; null: off */
  workerMetricsAddress: string | null;
  eventsPollMs: number;
  eventsHeartbeatMs: number;
}

export interface WebhookConfig {
  /** Whether the worker runs the webhook dispatcher */
  enabled: boolean;
  pollMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  timeoutMs: number;
  /** AES-256-GCM key of the signing secrets at rest; null only where webhooks are off outside dev mode */
  secretKey: Uint8Array | null;
  /** Internal targets allowed anyway: exact host names (lower case) and CIDRs ("10.0.0.0/8", "::1/128") */
  allowedTargets: { hosts: string[]; cidrs: string[] };
}

function monitoringSettings(
  env: Environment,
  devMode: boolean,
  problems: string[],
): { monitoring: MonitoringConfig; webhooks: WebhookConfig } {
  const enabled = env.WEBHOOKS_ENABLED === undefined ? env.NODE_ENV !== 'test' : env.WEBHOOKS_ENABLED === 'true';
  let secretKey: Uint8Array | null = null;
  if (env.WEBHOOK_SECRET_KEY !== undefined) {
    secretKey = parseKey(env.WEBHOOK_SECRET_KEY);
    if (!secretKey) problems.push('WEBHOOK_SECRET_KEY: must be 32 bytes, as base64 or as 64 hex digits');
    else if (!devMode && Buffer.from(secretKey).equals(Buffer.from(DEV_WEBHOOK_SECRET_KEY))) {
      problems.push('WEBHOOK_SECRET_KEY: the development key is only accepted with DEV_MODE=true');
    }
  } else if (devMode) {
    secretKey = DEV_WEBHOOK_SECRET_KEY;
  } else if (enabled) {
    problems.push(
      'WEBHOOK_SECRET_KEY: webhooks are enabled, and their signing secrets are stored encrypted with this key (32 bytes, base64: `openssl rand -base64 32`); or set WEBHOOKS_ENABLED=false',
    );
  }
  const allowedTargets = { hosts: [] as string[], cidrs: [] as string[] };
  for (const entry of (env.WEBHOOK_ALLOWED_TARGETS ?? '').split(',').map((e) => e.trim())) {
    if (!entry) continue;
    if (isCidr(entry)) allowedTargets.cidrs.push(entry);
    else if (ipaddr.isValid(entry.replace(/^\[(.*)\]$/, '$1'))) {
      const ip = ipaddr.parse(entry.replace(/^\[(.*)\]$/, '$1'));
      allowedTargets.cidrs.push(`${ip.toString()}/${ip.kind() === 'ipv4' ? 32 : 128}`);
    } else if (/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/.test(entry)) allowedTargets.hosts.push(entry.toLowerCase());
    else problems.push(`WEBHOOK_ALLOWED_TARGETS: "${entry}" is not a host name, an IP address or a CIDR`);
  }
  return {
    monitoring: {
      metricsToken: env.METRICS_TOKEN ?? null,
      workerMetricsAddress: env.WORKER_METRICS_ADDRESS ?? null,
      eventsPollMs: env.EVENTS_POLL_MS,
      eventsHeartbeatMs: env.EVENTS_HEARTBEAT_MS,
    },
    webhooks: {
      enabled,
      pollMs: env.WEBHOOK_POLL_MS,
      retryBaseMs: env.WEBHOOK_RETRY_BASE_MS,
      maxAttempts: env.WEBHOOK_MAX_ATTEMPTS,
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      secretKey,
      allowedTargets,
    },
  };
}

export interface AuditWitnessConfig {
  /** Absolute path of the checkpoint directory */
  checkpointDir: string;
  /** The worker writes a checkpoint this often; 0: it does not */
  checkpointIntervalMs: number;
  /** The signing key: inline (PEM or base64 DER) or a file; null: none configured */
  signingKey: { pem: string } | { file: string } | null;
  /** A public key to verify with, when given apart from the signing key */
  publicKey: string | null;
  /**
   * Outside production, where no key is configured: the file a development key is generated in (and read from).
   * Null in production, which refuses to sign without a configured key.
   */
  devKeyFile: string | null;
}

/** The witness settings, cross-checked; what is wrong is added to `problems`. */
function auditWitnessSettings(env: Environment, devMode: boolean, problems: string[]): AuditWitnessConfig {
  // Fail closed: only dev mode may sign with a generated key.
  const production = !devMode;
  if (env.AUDIT_CHECKPOINT_KEY && env.AUDIT_CHECKPOINT_KEY_FILE) {
    problems.push('AUDIT_CHECKPOINT_KEY_FILE: set either AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE, not both');
  }
  const signingKey = env.AUDIT_CHECKPOINT_KEY
    ? { pem: env.AUDIT_CHECKPOINT_KEY }
    : env.AUDIT_CHECKPOINT_KEY_FILE
      ? { file: absolute(env.AUDIT_CHECKPOINT_KEY_FILE) }
      : null;
  if (production && !signingKey && !env.AUDIT_CHECKPOINT_PUBLIC_KEY) {
    problems.push(
      'AUDIT_CHECKPOINT_KEY: outside dev mode the deployment needs the Ed25519 key that signs audit checkpoints ' +
        '(AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE; a verifier alone: AUDIT_CHECKPOINT_PUBLIC_KEY)',
    );
  }
  return {
    checkpointDir: absolute(env.AUDIT_CHECKPOINT_DIR),
    // Off under NODE_ENV=test, where a suite writes its checkpoints itself.
    checkpointIntervalMs: env.AUDIT_CHECKPOINT_INTERVAL_MS ?? (env.NODE_ENV === 'test' ? 0 : 3_600_000),
    signingKey,
    publicKey: env.AUDIT_CHECKPOINT_PUBLIC_KEY ?? null,
    devKeyFile: production || signingKey ? null : absolute('.data/audit-checkpoint-key.pem'),
  };
}

function absolute(path: string): string {
  return isAbsolute(path) ? path : resolve(path);
}
