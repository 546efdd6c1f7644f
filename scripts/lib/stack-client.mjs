// The client of `npm run test:stack` (scripts/test-stack.mjs): a careful one, as the municipality's integrations
// are asked to be. It signs its own tokens with the stack's development secret, retries a lost connection or a 5xx
// with the same Idempotency-Key, and fails over to the other API replica when a connection fails.
/* global AbortSignal */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SignJWT } = require('jose');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A client of the stack `s` (its apiUrls and jwtSecret); counts its retries, failovers and 409s in `stats`. */
export function carefulClient(s, stats) {
  async function bearer(person) {
    const jwt = await new SignJWT({ name: person.sub, email: `${person.sub}@enschede.example`, roles: person.roles })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(person.sub)
      .setIssuedAt()
      .setExpirationTime('2h')
      .sign(new TextEncoder().encode(s.jwtSecret));
    return `Bearer ${jwt}`;
  }

  /** One request on replica `replica` (0 or 1); answers { status, body }. */
  async function call(replica, method, url, person, body, key) {
    const auth = await bearer(person);
    let r = replica;
    for (let attempt = 0; ; attempt += 1) {
      let status;
      let json;
      try {
        const res = await fetch(`${s.apiUrls[r]}${url}`, {
          method,
          headers: {
            Authorization: auth,
            'Content-Type': 'application/json',
            ...(key ? { 'Idempotency-Key': key } : {}),
          },
          body: body ? JSON.stringify(body) : undefined,
          signal: AbortSignal.timeout(60_000),
        });
        status = res.status;
        json = await res.json().catch(() => null);
      } catch {
        status = 0;
        r = 1 - r;
        stats.failovers += 1;
      }
      if (status && status < 500) {
        if (status === 409) stats.conflicts += 1;
        return { status, body: json };
      }
      if (attempt > 120) throw new Error(`${method} ${url} kept failing (last ${status})`);
      stats.retries += 1;
      await sleep(1000);
    }
  }
  return { call };
}
