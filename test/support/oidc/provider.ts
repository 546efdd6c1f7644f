import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A person at the test provider; the account id is the token's `sub`. */
export interface ProviderAccount {
  name: string;
  email?: string;
  roles?: string[];
  groups?: string[];
  department?: string;
}

export interface StartProviderOptions {
  /** account id (= sub) → person */
  accounts: Record<string, ProviderAccount>;
  /** Default 'waardenpoort-dashboard': a public client (PKCE S256, token_endpoint_auth_method none) */
  clientId?: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  /** Default 'https://waardenpoort.test/api': the default resource (RFC 8707) and the `aud` of the access tokens */
  audience?: string;
  /** Further resource servers the provider issues tokens for (their identifier is their audience) */
  resources?: string[];
  /** Default 300 */
  accessTokenTtlSeconds?: number;
  /** The alg of the access tokens, default RS256 (ID tokens are RS256) */
  signingAlg?: 'RS256' | 'ES256' | 'PS256';
}

export interface TokenSet {
  access_token: string;
  id_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: string;
  scope?: string;
}

export interface TestProvider {
  issuer: string;
  jwksUrl: string;
  clientId: string;
  audience: string;
  /** How many times the JWKS was fetched */
  jwksRequests(): Promise<number>;
  /** Authorization code flow with PKCE through the provider's own login and consent pages, then the token endpoint */
  signIn(account: string, options?: { scope?: string; resource?: string }): Promise<TokenSet>;
  refresh(refreshToken: string): Promise<TokenSet>;
  /** A new signing key in front (signs from now on); the old keys stay published */
  rotateKeys(): Promise<void>;
  /** For when the dashboard's port is known later */
  setClient(redirectUris: string[], postLogoutRedirectUris: string[]): Promise<void>;
  stop(): Promise<void>;
}

const DEFAULT_SCOPE = 'openid profile email offline_access';

/**
 * Starts oidc-provider on 127.0.0.1 (a free port, plain http) in a worker thread of this process, with this
 * project's client registered.
 */
export async function startTestProvider(options: StartProviderOptions): Promise<TestProvider> {
  const clientId = options.clientId ?? 'waardenpoort-dashboard';
  const audience = options.audience ?? 'https://waardenpoort.test/api';
  let redirectUris = options.redirectUris;
  const worker = new Worker(join(__dirname, 'provider-worker.mjs'), {
    workerData: {
      accounts: options.accounts,
      clientId,
      redirectUris,
      postLogoutRedirectUris: options.postLogoutRedirectUris,
      audience,
      resources: options.resources ?? [],
      accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
      signingAlg: options.signingAlg ?? 'RS256',
    },
  });
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  let failure: Error | null = null;
  const fail = (err: Error): void => {
    failure = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the test OpenID provider stopped (exit code ${code})`)));

  const issuer = await new Promise<string>((resolve, reject) => {
    const onMessage = (m: { ready?: { issuer: string } }): void => {
      if (!m.ready) return;
      worker.off('message', onMessage);
      resolve(m.ready.issuer);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the test OpenID provider did not start (exit code ${code})`)));
  });
  worker.on('message', (m: { id?: number; result?: unknown; error?: string }) => {
    if (m.id === undefined) return;
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.reject(new Error(m.error));
    else p?.resolve(m.result);
  });
  const call = <T>(type: string, args: Record<string, unknown> = {}): Promise<T> => {
    if (failure) return Promise.reject(failure);
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, type, ...args });
    });
  };

  const tokenRequest = async (params: Record<string, string>): Promise<TokenSet> => {
    const res = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ client_id: clientId, ...params }),
    });
    const body = (await res.json()) as TokenSet & { error?: string; error_description?: string };
    if (!res.ok) throw new Error(`token endpoint: ${res.status} ${body.error}: ${body.error_description}`);
    return body;
  };

  return {
    issuer,
    jwksUrl: `${issuer}/jwks`,
    clientId,
    audience,
    jwksRequests: () => call<number>('jwksRequests'),
    async signIn(account, signInOptions = {}) {
      const redirectUri = redirectUris[0];
      if (!redirectUri) throw new Error('the client has no redirect URI');
      const verifier = randomBytes(32).toString('base64url');
      const resource: Record<string, string> = signInOptions.resource ? { resource: signInOptions.resource } : {};
      const scope = signInOptions.scope ?? DEFAULT_SCOPE;
      const code = await authorize(issuer, account, {
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope,
        state: randomBytes(8).toString('base64url'),
        nonce: randomBytes(8).toString('base64url'),
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
        ...resource,
      });
      return tokenRequest({
        grant_type: 'authorization_code',
        code,
        redirect_uri: redirectUri,
        code_verifier: verifier,
        ...resource,
      });
    },
    refresh: (refreshToken) => tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }),
    rotateKeys: () => call<void>('rotateKeys'),
    async setClient(newRedirectUris, postLogoutRedirectUris) {
      await call<void>('setClient', { redirectUris: newRedirectUris, postLogoutRedirectUris });
      redirectUris = newRedirectUris;
    },
    async stop() {
      if (!failure) await call<void>('stop').catch(() => undefined);
      await worker.terminate();
    },
  };
}

/** The cookies a browser would keep for one sign-in (the provider sets them with paths; all are sent back here). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', val = ''] = a.trim().split('=');
        return (
          (key.toLowerCase() === 'expires' && Date.parse(val) <= Date.now()) ||
          (key.toLowerCase() === 'max-age' && Number(val) <= 0)
        );
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * The authorization request, then what a person does in the provider's dev pages: the login form (any password),
 * then the consent form ("Continue"), following redirects by hand until the provider sends the browser back to
 * the client's redirect URI with a code.
 */
async function authorize(issuer: string, account: string, params: Record<string, string>): Promise<string> {
  const jar = new CookieJar();
  const redirectUri = params['redirect_uri'];
  let url = `${issuer}/auth?${new URLSearchParams(params).toString()}`;
  let form: URLSearchParams | null = null;
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: jar.header(),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: form } : {}),
    });
    jar.store(res);
    form = null;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) {
        const error = next.searchParams.get('error');
        if (error) throw new Error(`authorization: ${error}: ${next.searchParams.get('error_description')}`);
        const code = next.searchParams.get('code');
        if (!code) throw new Error(`authorization: no code in ${next.href}`);
        return code;
      }
      url = next.href;
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) throw new Error(`authorization: ${res.status} at ${url}: ${html.slice(0, 500)}`);
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`authorization: no login or consent form at ${url}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    form = new URLSearchParams(prompt === 'login' ? { prompt, login: account, password: 'test' } : { prompt });
  }
  throw new Error('authorization: too many steps');
}
