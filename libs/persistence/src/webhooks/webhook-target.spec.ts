import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openWebhookSecret, sealWebhookSecret, WebhookSecretUnavailableError } from './webhook-secret-box';
import {
  checkWebhookTarget,
  isDeliveryErrorCode,
  postWebhook,
  refusedRange,
  type AllowedTargets,
} from './webhook-target';

const NONE: AllowedTargets = { hosts: [], cidrs: [] };

describe('webhook targets', () => {
  it('refuses every internal address range, IPv4-mapped ones too, and cloud metadata addresses', () => {
    const refused: Record<string, string> = {
      '127.0.0.1': 'loopback',
      '127.8.9.10': 'loopback',
      '10.0.0.5': 'private',
      '172.16.0.1': 'private',
      '192.168.1.1': 'private',
      '100.64.0.1': 'carrierGradeNat',
      '169.254.169.254': 'linkLocal',
      '0.0.0.0': 'unspecified',
      '224.0.0.1': 'multicast',
      '255.255.255.255': 'broadcast',
      '::1': 'loopback',
      '::': 'unspecified',
      'fe80::1': 'linkLocal',
      'fc00::1': 'uniqueLocal',
      'fd00:ec2::254': 'uniqueLocal',
      'ff02::1': 'multicast',
      '::ffff:127.0.0.1': 'loopback',
      '::ffff:10.0.0.5': 'private',
      '::ffff:169.254.169.254': 'linkLocal',
      '168.63.129.16': 'metadata',
      '100.100.100.200': 'metadata',
      '64:ff9b::a00:5': 'rfc6052',
    };
    for (const [address, range] of Object.entries(refused)) {
      expect([address, refusedRange(address, NONE)]).toEqual([address, range]);
    }
    for (const address of ['93.184.215.14', '145.100.190.243', '2a00:1450:400e:80f::200e', '::ffff:93.184.215.14']) {
      expect([address, refusedRange(address, NONE)]).toEqual([address, null]);
    }
  });

  it('allows what the allow-list names, and only that', () => {
    const allowed: AllowedTargets = { hosts: [], cidrs: ['127.0.0.1/32', '10.20.0.0/16'] };
    expect(refusedRange('127.0.0.1', allowed)).toBeNull();
    expect(refusedRange('::ffff:127.0.0.1', allowed)).toBeNull();
    expect(refusedRange('10.20.3.4', allowed)).toBeNull();
    expect(refusedRange('10.21.0.1', allowed)).toBe('private');
    expect(refusedRange('127.0.0.2', allowed)).toBe('loopback');
    expect(refusedRange('::1', allowed)).toBe('loopback');
  });

  it('checks subscriptions after DNS resolution: a name that resolves to loopback is refused', async () => {
    expect(await checkWebhookTarget('http://localhost:8080/hook', NONE)).toMatch(/resolves to .*loopback/);
    expect(await checkWebhookTarget('http://127.0.0.1/hook', NONE)).toMatch(/loopback/);
    expect(await checkWebhookTarget('http://[::1]/hook', NONE)).toMatch(/loopback/);
    expect(await checkWebhookTarget('http://169.254.169.254/latest/meta-data', NONE)).toMatch(/linkLocal/);
    expect(await checkWebhookTarget('http://[::ffff:10.0.0.5]/hook', NONE)).toMatch(/private/);
    expect(await checkWebhookTarget('http://no-such-host.invalid/hook', NONE)).toMatch(/does not resolve/);
    expect(await checkWebhookTarget('http://localhost:8080/hook', { hosts: ['localhost'], cidrs: [] })).toBeNull();
    expect(await checkWebhookTarget('http://93.184.215.14/hook', NONE)).toBeNull();
  });

  it('does not connect to a refused address, by name or literal, and reports only the outcome word', async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits += 1;
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const post = (url: string, allowed = NONE): ReturnType<typeof postWebhook> =>
      postWebhook({ url, body: '{}', headers: {}, timeoutMs: 2_000, signal: new AbortController().signal, allowed });
    try {
      expect(await post(`http://127.0.0.1:${port}/`)).toEqual({ error: 'refused-address' });
      expect(await post(`http://localhost:${port}/`)).toEqual({ error: 'refused-address' });
      expect(await post(`http://[::ffff:127.0.0.1]:${port}/`)).toEqual({ error: 'refused-address' });
      expect(hits).toBe(0);
      expect(await post(`http://127.0.0.1:${port}/`, { hosts: [], cidrs: ['127.0.0.1/32'] })).toEqual({
        statusCode: 204,
      });
      expect(await post(`http://localhost:${port}/`, { hosts: ['localhost'], cidrs: [] })).toEqual({
        statusCode: 204,
      });
      expect(hits).toBe(2);
      // Nothing listens on port 1 of an allowed address: the log says so in one word, not "ECONNREFUSED 127.0.0.1:1".
      expect(await post('http://127.0.0.1:1/', { hosts: [], cidrs: ['127.0.0.1/32'] })).toEqual({
        error: 'connection-failed',
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('has a closed vocabulary of delivery errors', () => {
    for (const word of ['timeout', 'refused-address', 'connection-failed', 'http-503', 'http-404']) {
      expect(isDeliveryErrorCode(word)).toBe(true);
    }
    for (const text of ['connect ECONNREFUSED 10.0.0.5:8080', 'HTTP 503 Service Unavailable', 'http-99', '']) {
      expect(isDeliveryErrorCode(text)).toBe(false);
    }
  });
});

describe('webhook secrets at rest', () => {
  const key = new Uint8Array(32).fill(3);
  it('seals with AES-256-GCM so the stored text is not the secret, and opens only with the key and row', () => {
    const sealed = sealWebhookSecret(key, 'sub-1', 'whsec_abc');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('whsec_abc');
    expect(sealWebhookSecret(key, 'sub-1', 'whsec_abc')).not.toBe(sealed);
    expect(openWebhookSecret(key, 'sub-1', sealed)).toBe('whsec_abc');
    expect(() => openWebhookSecret(new Uint8Array(32).fill(4), 'sub-1', sealed)).toThrow(WebhookSecretUnavailableError);
    expect(() => openWebhookSecret(key, 'sub-2', sealed)).toThrow(WebhookSecretUnavailableError);
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => openWebhookSecret(key, 'sub-1', tampered)).toThrow(WebhookSecretUnavailableError);
  });
});
