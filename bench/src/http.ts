import type { Role } from '@waardenpoort/domain';
import { SignJWT } from 'jose';
import { Agent, request as httpRequest } from 'node:http';

export interface Person {
  sub: string;
  roles: Role[];
  name: string;
  /** The department claim (what a department head reads) */
  department?: string;
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

/**
 * A small JSON client over node:http with keep-alive connections and one signed token per person. Not fetch: the
 * load generator's own CPU counts in benchmark 1 (it shares the machine), and fetch costs about four times as much
 * CPU per request as node:http here (measured: 0.38 vs 0.10 ms per request, client and server in one process).
 */
export class ApiClient {
  private readonly tokens = new Map<string, string>();
  private readonly url: URL;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  constructor(
    readonly base: string,
    readonly secret: string,
  ) {
    this.url = new URL(base);
  }

  async authorization(person: Person): Promise<string> {
    let token = this.tokens.get(person.sub);
    if (!token) {
      token = await new SignJWT({
        name: person.name,
        email: `${person.sub}@enschede.example`,
        roles: person.roles,
        ...(person.department ? { department: person.department } : {}),
      })
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
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const t0 = performance.now();
    const { status, contentType, text } = await new Promise<{ status: number; contentType: string; text: string }>(
      (resolve, reject) => {
        const req = httpRequest(
          {
            host: this.url.hostname,
            port: this.url.port,
            path: `${this.url.pathname.replace(/\/$/, '')}${path}`,
            method,
            agent: this.agent,
            headers: {
              authorization,
              ...(payload === undefined
                ? {}
                : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
              ...headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('error', reject);
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                contentType: String(res.headers['content-type'] ?? ''),
                text: Buffer.concat(chunks).toString('utf8'),
              }),
            );
          },
        );
        req.on('error', reject);
        req.end(payload);
      },
    );
    const ms = performance.now() - t0;
    let parsed: unknown = text;
    if (contentType.includes('json')) parsed = JSON.parse(text) as unknown;
    return { status, body: parsed as T, ms };
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}

export function expectStatus(res: HttpResult, status: number, what: string): void {
  if (res.status !== status) {
    const detail = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
    throw new Error(`${what}: HTTP ${res.status} (expected ${status}): ${detail.slice(0, 500)}`);
  }
}
