import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength } from 'class-validator';
import { PROJECT_TASK_QUEUE } from '@waardenpoort/domain';

const MAIL_FROM_PATTERN = /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

/**
 * The process environment, read once at boot. Nothing else in the code base reads `process.env`; everything gets
 * this typed object instead. A wrong setting stops the process with a message naming it.
 */
export class Environment {
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
  TEMPORAL_TASK_QUEUE: string = PROJECT_TASK_QUEUE;

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

  /** Requests per minute per client address on the public pages' routes (/api/v1/public/...), no token needed. */
  @Transform(({ value }) => (value === undefined ? 120 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  PUBLIC_RATE_LIMIT_PER_MINUTE: number = 120;

  @IsString()
  @MinLength(1)
  POLICY_FILE: string = 'policy/waardenpoort-policy.v1.yaml';

  /** The organisation file (departments, heads, deputies; YAML or JSON), read at API start; unset: none. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  ORGANISATION_FILE?: string;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: string = 'log';

  /** `json`: one JSON object per line (for a log platform); `pretty`: readable lines for a terminal (npm start). */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: string = 'json';

  @IsOptional()
  @IsString()
  PUBLIC_URL?: string;

  /**
   * The background map of the public sensor register page: an https tile URL template with {z}, {x} and {y}, e.g.
   * PDOK's BRT-Achtergrondkaart. Unset: no background map (the sensors are drawn on a plain background), and no
   * other origin in the CSP's img-src. Checked in publicMapSettings (public-map.ts).
   */
  @IsOptional()
  @IsString()
  PUBLIC_MAP_TILE_URL?: string;

  /** The background map's attribution (plain text, one line), shown under the map; required with the tile URL. */
  @IsOptional()
  @IsString()
  PUBLIC_MAP_ATTRIBUTION?: string;

  // Monitoring and webhooks (see monitoringSettings in settings.ts).

  /** When set, GET /metrics wants `Authorization: Bearer <METRICS_TOKEN>`; unset, it is open (internal scrape). */
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** host:port where the worker serves the Temporal SDK's Prometheus metrics; unset, none are served. */
  @IsOptional()
  @Matches(/^[^:\s]+:\d{1,5}$/, { message: 'WORKER_METRICS_ADDRESS must be host:port' })
  WORKER_METRICS_ADDRESS?: string;

  // Traces (see tracingSettings in tracing.ts): the standard OpenTelemetry variables; unset, tracing is off.

  /** OTLP/HTTP base URL of a collector, e.g. `http://otel-collector:4318`; traces go to `<url>/v1/traces`. */
  @IsOptional()
  @IsString()
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /** The full OTLP/HTTP traces URL, e.g. `http://tempo:4318/v1/traces`; wins over OTEL_EXPORTER_OTLP_ENDPOINT. */
  @IsOptional()
  @IsString()
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;

  /** The encoding spans are sent in; only OTLP/HTTP with JSON bodies is built in. */
  @IsOptional()
  @IsIn(['http/json'], { message: 'OTEL_EXPORTER_OTLP_PROTOCOL: only http/json is supported' })
  OTEL_EXPORTER_OTLP_PROTOCOL?: string;

  /** The service name on every span; unset: waardenpoort-api or waardenpoort-worker, by process. */
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,100}$/, { message: 'OTEL_SERVICE_NAME must be 1-100 letters, digits, ".", "_" or "-"' })
  OTEL_SERVICE_NAME?: string;

  /** true: no tracing even with an endpoint set (the standard off switch). */
  @IsOptional()
  @IsIn(['true', 'false'])
  OTEL_SDK_DISABLED?: string;

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

  // Mail: the worker delivers the notification outbox over SMTP (see mailSettings in settings.ts).

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

  // Audit trail witnesses (issue 15, section 5; see auditWitnessSettings in settings.ts). Kept together at the end.

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
