import ipaddr from 'ipaddr.js';

// Where the API listens and whom it believes about a client's address.

/** 127.0.0.0/8, ::1 (also IPv4-mapped) or the name localhost. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare.toLowerCase() === 'localhost') return true;
  if (!ipaddr.isValid(bare)) return false;
  const parsed = ipaddr.process(bare);
  return parsed.range() === 'loopback';
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

export function trustProxySetting(value: string | undefined, problems: string[]): false | number | string[] {
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

export function isCidr(text: string): boolean {
  try {
    ipaddr.parseCIDR(text);
    return true;
  } catch {
    return false;
  }
}
