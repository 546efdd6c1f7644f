import type { MailConfig } from '@waardenpoort/config';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';

export type MailTransport = Transporter<SMTPPool.SentMessageInfo, SMTPPool.Options>;

/**
 * Timeouts bound how long one mail can take, and so how long a dispatcher can hold a row without renewing its
 * lease: see LEASE_MS in the dispatcher, which must stay well above their sum.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** One pooled connection per dispatcher: it sends one mail at a time, and reusing the session saves a handshake. */
export function createTransport(mail: MailConfig): MailTransport {
  return nodemailer.createTransport({
    pool: true,
    maxConnections: 1,
    maxMessages: 100,
    host: mail.smtp.host,
    port: mail.smtp.port,
    secure: mail.smtp.secure,
    ...(mail.smtp.auth ? { auth: { user: mail.smtp.auth.user, pass: mail.smtp.auth.pass } } : {}),
    ...SMTP_TIMEOUTS,
  });
}

/**
 * A 5xx reply (mailbox unknown, message refused) will not change by trying again; everything else (4xx, a
 * connection that failed or timed out) may.
 */
export function isPermanentFailure(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && !err.message.includes(String(code)) ? `${code} ${err.message}` : err.message;
}
