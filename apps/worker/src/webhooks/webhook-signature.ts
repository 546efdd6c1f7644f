import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-Waardenpoort-Signature';
export const TIMESTAMP_HEADER = 'X-Waardenpoort-Timestamp';
export const EVENT_HEADER = 'X-Waardenpoort-Event';
export const DELIVERY_HEADER = 'X-Waardenpoort-Delivery';

/**
 * `sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`. The timestamp (Unix seconds) is part of what is signed, so a
 * receiver that rejects old timestamps also rejects a captured request replayed later.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
