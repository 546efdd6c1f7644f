import { createHash } from 'node:crypto';
import { isAbsolute, resolve } from 'node:path';
import { isRole, type Role } from '@waardenpoort/domain';
import ipaddr from 'ipaddr.js';
import type { Environment } from './environment';
import { isCidr } from './network';

// The settings that are checked against each other (mail, monitoring and webhooks, the audit trail's witnesses).

const EMAIL_PATTERN = /^[^\s@<>(),;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/;

/** Dev mode's webhook secret key when WEBHOOK_SECRET_KEY is unset; refused outside dev mode like the JWT one. */
export const DEV_WEBHOOK_SECRET_KEY: Uint8Array = new Uint8Array(
  createHash('sha256').update('waardenpoort-dev-webhook-key-not-for-production-use').digest(),
);

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
export function mailSettings(env: Environment, devMode: boolean, problems: string[]): MailConfig {
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

export function monitoringSettings(
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
export function auditWitnessSettings(env: Environment, devMode: boolean, problems: string[]): AuditWitnessConfig {
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
