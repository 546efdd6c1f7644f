import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Webhook signing secrets at rest: AES-256-GCM with a key from configuration (WEBHOOK_SECRET_KEY), never from the
 * database, so a copy of the database (a backup, a read replica, an SQL injection) does not hold usable secrets.
 * The subscription id is the additional authenticated data: a sealed secret copied onto another subscription's row
 * does not open there. Format: `v1.<iv>.<ciphertext+tag>` (base64url).
 */
const VERSION = 'v1';

export class WebhookSecretUnavailableError extends Error {}

export function sealWebhookSecret(key: Uint8Array, subscriptionId: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}.${iv.toString('base64url')}.${body.toString('base64url')}`;
}

export function openWebhookSecret(key: Uint8Array, subscriptionId: string, sealed: string): string {
  const [version, ivText, bodyText] = sealed.split('.');
  if (version !== VERSION || !ivText || !bodyText) throw new WebhookSecretUnavailableError('not a sealed secret');
  const iv = Buffer.from(ivText, 'base64url');
  const body = Buffer.from(bodyText, 'base64url');
  if (iv.length !== 12 || body.length < 17) throw new WebhookSecretUnavailableError('not a sealed secret');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - 16));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    throw new WebhookSecretUnavailableError('the secret does not open with this key');
  }
}
