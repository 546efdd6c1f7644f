import { createHmac } from 'node:crypto';
import { nextRetryInMs } from './webhook-dispatcher';
import { signWebhook } from './webhook-signature';

describe('webhook signing and retries', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256, hex, prefixed sha256=', () => {
    const body = '{"id":"p:1","type":"reminder"}';
    const expected = createHmac('sha256', 'whsec_test').update(`1767225600.${body}`).digest('hex');
    expect(signWebhook('whsec_test', 1767225600, body)).toBe(`sha256=${expected}`);
    // The timestamp is signed: the same body at another moment has another signature.
    expect(signWebhook('whsec_test', 1767225601, body)).not.toBe(`sha256=${expected}`);
  });

  it('backs off exponentially with jitter, at most an hour, and gives up after the last attempt', () => {
    const config = { retryBaseMs: 10_000, maxAttempts: 10 };
    expect(nextRetryInMs(1, config, () => 0)).toBe(5_000);
    expect(nextRetryInMs(1, config, () => 1)).toBe(10_000);
    expect(nextRetryInMs(2, config, () => 1)).toBe(20_000);
    expect(nextRetryInMs(4, config, () => 0.5)).toBe(60_000);
    expect(nextRetryInMs(9, config, () => 1)).toBe(2_560_000);
    expect(nextRetryInMs(12, { retryBaseMs: 10_000, maxAttempts: 20 }, () => 1)).toBe(3_600_000);
    expect(nextRetryInMs(10, config, () => 1)).toBeNull();
    expect(nextRetryInMs(1, { retryBaseMs: 10_000, maxAttempts: 1 })).toBeNull();
  });
});
