import type { Role } from '@waardenpoort/domain';
import { SignJWT } from 'jose';

export interface Person {
  sub: string;
  roles: Role[];
  name: string;
}

/** The people of test/support/project-api.ts, as far as the bench needs them. */
export const PEOPLE = {
  owner: { sub: 'anna.jansen', roles: ['case-owner'], name: 'Anna Jansen' },
  alderman: { sub: 'wim.wethouder', roles: ['portfolio-holder'], name: 'Wim Wethouder' },
  cio: { sub: 'carla.cio', roles: ['cio-office'], name: 'Carla CIO' },
  auditor: { sub: 'ad.auditor', roles: ['auditor'], name: 'Ad Auditor' },
} satisfies Record<string, Person>;

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

/** A small JSON client over Node's fetch (undici, keep-alive) with one signed token per person. */
export class ApiClient {
  private readonly tokens = new Map<string, string>();

  constructor(
    readonly base: string,
    readonly secret: string,
  ) {}

  async authorization(person: Person): Promise<string> {
    let token = this.tokens.get(person.sub);
    if (!token) {
      token = await new SignJWT({ name: person.name, email: `${person.sub}@enschede.example`, roles: person.roles })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(person.sub)
        .setIssuedAt()
        .setExpirationTime('4h')
        .sign(new TextEncoder().encode(this.secret));
      this.tokens.set(person.sub, token);
    }
    return `Bearer ${token}`;
  }

  async request<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    person: Person,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<HttpResult<T>> {
    const authorization = await this.authorization(person);
    const t0 = performance.now();
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        authorization,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json')) parsed = JSON.parse(text) as unknown;
    return { status: res.status, body: parsed as T, ms };
  }
}

export function expectStatus(res: HttpResult, status: number, what: string): void {
  if (res.status !== status) {
    const detail = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    throw new Error(`${what}: HTTP ${res.status} (expected ${status}): ${detail.slice(0, 500)}`);
  }
}
