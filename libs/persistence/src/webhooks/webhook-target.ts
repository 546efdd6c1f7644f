import ipaddr from 'ipaddr.js';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

/**
 * Where webhooks may go. A subscription names a URL; without these checks anyone with the CIO-office role could make
 * the worker POST into the municipality's own network (the database, Temporal, a cloud metadata service) and read
 * the answers' status codes and error texts in the delivery log. So: only globally routable unicast addresses,
 * checked after DNS resolution, on every delivery, and the connection goes to the very address that was checked
 * (a name that resolves to a public address when checked and to 127.0.0.1 a moment later, DNS rebinding, gets
 * nowhere). Internal receivers are allowed by name or CIDR in WEBHOOK_ALLOWED_TARGETS.
 */

/** WEBHOOK_ALLOWED_TARGETS: exact host names (lower case) and CIDRs that may be reached although internal. */
export interface AllowedTargets {
  hosts: string[];
  cidrs: string[];
}

/**
 * Addresses of cloud metadata and platform services that sit in otherwise public space (the link-local and
 * unique-local ones, 169.254.169.254 and fd00:ec2::254, are refused by range already).
 */
const METADATA_ADDRESSES = new Set(['168.63.129.16', '100.100.100.200', '192.0.0.192']);

/** The outcomes a delivery log shows: no error text of ours or of the network (hosts, ports, resolver answers). */
export type DeliveryErrorCode =
  | 'timeout'
  | 'refused-address'
  | 'dns-failed'
  | 'connection-failed'
  | 'tls-failed'
  | 'secret-unavailable'
  | `http-${number}`;

const DELIVERY_ERROR_CODES: readonly string[] = [
  'timeout',
  'refused-address',
  'dns-failed',
  'connection-failed',
  'tls-failed',
  'secret-unavailable',
];

/** Whether `text` is one of the vocabulary's outcomes (http-<status> included). */
export function isDeliveryErrorCode(text: string): boolean {
  return DELIVERY_ERROR_CODES.includes(text) || /^http-[1-5]\d\d$/.test(text);
}

/** A URL's host as an address or name: brackets of an IPv6 literal removed, lower case. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
}

/**
 * Why an address may not be a webhook target (its range: loopback, private, linkLocal, uniqueLocal, multicast,
 * unspecified, carrierGradeNat, reserved, ... or "metadata"), or null when it may. IPv4-mapped IPv6 addresses are
 * judged as the IPv4 address they carry; every range other than global unicast is refused, so a new special range
 * is refused too.
 */
export function refusedRange(address: string, allowed: AllowedTargets): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  const ip = ipaddr.process(address);
  for (const cidr of allowed.cidrs) {
    const [net, bits] = ipaddr.parseCIDR(cidr);
    if (net.kind() === ip.kind() && ip.match(net, bits)) return null;
  }
  if (METADATA_ADDRESSES.has(ip.toString())) return 'metadata';
  const range = ip.range();
  return range === 'unicast' ? null : range;
}

class RefusedTargetError extends Error {
  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`webhook target ${host} is not allowed (${reason})`);
  }
}

function isAllowedHost(host: string, allowed: AllowedTargets): boolean {
  return allowed.hosts.includes(host);
}

/**
 * A `lookup` for http(s).request: resolves the name, refuses the connection when any of its addresses is internal,
 * and hands over only the checked addresses, so the socket connects to what was checked.
 */
function guardedLookup(allowed: AllowedTargets): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const host = hostname.toLowerCase();
      if (!isAllowedHost(host, allowed)) {
        for (const a of addresses) {
          const reason = refusedRange(a.address, allowed);
          if (reason) return callback(new RefusedTargetError(host, reason), '', 0);
        }
      }
      if (addresses.length === 0) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      const [first] = addresses;
      if (first) callback(null, first.address, first.family);
    });
  };
}

/**
 * Subscribe-time check of a target URL: the scheme, and every address its host resolves to now. Null when allowed,
 * else why not (in words for the 400 answer). Delivery checks again (addresses change).
 */
export async function checkWebhookTarget(targetUrl: string, allowed: AllowedTargets): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(targetUrl);
  } catch {
    return 'targetUrl is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'targetUrl must be an http or https URL';
  const host = bareHost(url);
  if (isAllowedHost(host, allowed)) return null;
  if (isIP(host)) {
    const reason = refusedRange(host, allowed);
    return reason ? `targetUrl points to an address that webhooks may not reach (${reason})` : null;
  }
  const addresses = await new Promise<LookupAddress[] | null>((resolve) => {
    dnsLookup(host, { all: true }, (err, found) => resolve(err ? null : found));
  });
  if (!addresses || addresses.length === 0) return 'targetUrl has a host name that does not resolve';
  for (const a of addresses) {
    const reason = refusedRange(a.address, allowed);
    if (reason) return `targetUrl resolves to an address that webhooks may not reach (${reason})`;
  }
  return null;
}

export interface WebhookPost {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal: AbortSignal;
  allowed: AllowedTargets;
}

/** A POST's outcome: the status code, or an error from the vocabulary. Never throws, except when aborted. */
export type PostOutcome = { statusCode: number } | { error: DeliveryErrorCode };

/**
 * One POST through node:http(s) with the guarded lookup (fetch cannot take one): no redirects are followed (a 3xx is
 * an answer like any other), the answer's body is not read, and the request ends after `timeoutMs` in all.
 */
export function postWebhook(p: WebhookPost): Promise<PostOutcome> {
  return new Promise<PostOutcome>((resolve, reject) => {
    let url: URL;
    try {
      url = new URL(p.url);
    } catch {
      return resolve({ error: 'connection-failed' });
    }
    const host = bareHost(url);
    // An address literal never reaches `lookup`: check it here.
    if (isIP(host) && !isAllowedHost(host, p.allowed) && refusedRange(host, p.allowed)) {
      return resolve({ error: 'refused-address' });
    }
    const client = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (!client) return resolve({ error: 'refused-address' });
    let settled = false;
    const finish = (outcome: PostOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      p.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const req = client.request(url, {
      method: 'POST',
      headers: { ...p.headers, 'Content-Length': String(Buffer.byteLength(p.body)) },
      lookup: guardedLookup(p.allowed),
      // A fresh connection per delivery: a kept-alive socket would skip the lookup, and so the check.
      agent: false,
    });
    const timer = setTimeout(() => {
      finish({ error: 'timeout' });
      req.destroy();
    }, p.timeoutMs);
    const onAbort = (): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(new Error('aborted'));
    };
    p.signal.addEventListener('abort', onAbort, { once: true });
    req.on('response', (res) => {
      // What the receiver answers in the body is not ours to keep, and an endless body must not be read.
      res.destroy();
      finish({ statusCode: res.statusCode ?? 0 });
    });
    req.on('error', (err: Error & { code?: string }) => finish({ error: classify(err) }));
    req.end(p.body);
  });
}

function classify(err: Error & { code?: string }): DeliveryErrorCode {
  if (err instanceof RefusedTargetError) return 'refused-address';
  const code = err.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'ENODATA') return 'dns-failed';
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') return 'timeout';
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_)/.test(code)) return 'tls-failed';
  return 'connection-failed';
}
