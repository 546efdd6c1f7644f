// The OpenID provider the test suites sign in against: oidc-provider (OpenID Certified), run in a worker thread
// because jest's CommonJS module system cannot load the ESM-only package; the worker uses Node's own loader and
// stays in the test's process. Controlled through messages from provider.ts: { id, type, ...args } → { id, result }
// or { id, error }.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { exportJWK, generateKeyPair } from 'jose';

/** @typedef {{ name: string; email?: string; roles?: string[]; groups?: string[]; department?: string }} Account */

// The dev login and consent pages are what the tests (and the browser test) click through: they are wanted here,
// so oidc-provider's reminders that they are for development only, and to customise its defaults, are noise.
// Also expected: Node 20 (what this project runs).
const EXPECTED_WARNINGS = ['devInteractions', 'Unsupported runtime'];
for (const level of ['info', 'warn']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    const text = typeof args[0] === 'string' ? args[0] : '';
    if (text.startsWith('oidc-provider NOTICE:') || EXPECTED_WARNINGS.some((w) => text.includes(w))) return;
    original(...args);
  };
}

// Imported after the console filter: oidc-provider warns about the runtime as it loads.
const { default: Provider, errors } = await import('oidc-provider');
// oidc-provider's own in-memory store, but one for every provider instance this worker makes (its default is one
// store per instance): sessions, grants and refresh tokens survive a key rotation or a client change.
const { createMemoryAdapter } = await import('oidc-provider/lib/adapters/memory_adapter.js');
const adapter = createMemoryAdapter();

const options = /** @type {{
  accounts: Record<string, Account>;
  clientId: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
  audience: string;
  resources: string[];
  accessTokenTtlSeconds: number;
  signingAlg: 'RS256' | 'ES256' | 'PS256';
}} */ (workerData);

/** Signing keys, newest first: oidc-provider signs with the first key that fits the algorithm. */
let keys = [];
let keyCount = 0;
let jwksRequests = 0;
const cookieKeys = [randomBytes(32).toString('base64url')];

async function newKey(kind) {
  const pair =
    kind === 'RSA'
      ? await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
      : await generateKeyPair('ES256', { crv: 'P-256', extractable: true });
  keyCount += 1;
  const jwk = await exportJWK(pair.privateKey);
  // No `alg` on the RSA key: the same key signs RS256 and PS256.
  return { ...jwk, kid: `test-${kind.toLowerCase()}-${keyCount}-${randomBytes(4).toString('hex')}`, use: 'sig' };
}

/** Claims of an account as the API reads them (only those the account has). */
function accountClaims(sub) {
  const account = options.accounts[sub];
  if (!account) return undefined;
  return {
    name: account.name,
    ...(account.email !== undefined ? { email: account.email, email_verified: true } : {}),
    ...(account.roles !== undefined ? { roles: account.roles } : {}),
    ...(account.groups !== undefined ? { groups: account.groups } : {}),
    ...(account.department !== undefined ? { department: account.department } : {}),
  };
}

function buildProvider(issuer) {
  const resourceServers = new Set([options.audience, ...options.resources]);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        client_name: 'Waardenpoort',
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris,
      },
    ],
    adapter,
    jwks: { keys },
    cookies: { keys: cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: {
      openid: ['sub'],
      profile: ['name', 'roles', 'groups', 'department'],
      email: ['email', 'email_verified'],
    },
    // The claims of the scopes go into the ID token too (the dashboard shows the name from it).
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const claims = accountClaims(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...claims }) };
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken' || !token.accountId) return undefined;
      return accountClaims(token.accountId);
    },
    // A refresh token with every code for a client allowed that grant, as Keycloak gives one and Entra ID with
    // offline_access; without this oidc-provider keeps to the letter of OpenID Connect Core 11 and drops
    // offline_access unless the request forces the consent page (prompt=consent) at every sign-in.
    async issueRefreshToken(_ctx, client) {
      return client.grantTypeAllowed('refresh_token');
    },
    // The browser's dashboard origin calls discovery and the token endpoint cross-origin.
    clientBasedCORS(_ctx, origin, client) {
      return client.redirectUris.some((uri) => URL.parse(uri)?.origin === origin);
    },
    ttl: {
      AccessToken: options.accessTokenTtlSeconds,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 24 * 3600,
      Interaction: 3600,
      Session: 24 * 3600,
      Grant: 24 * 3600,
    },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // An authorization request without `resource` is for the API; the token request uses what was granted.
        defaultResource: async (_ctx, _client, oneOf) => oneOf ?? options.audience,
        useGrantedResource: async () => true,
        async getResourceServerInfo(_ctx, resourceIndicator) {
          if (!resourceServers.has(resourceIndicator)) throw new errors.InvalidTarget();
          return {
            scope: 'api',
            audience: resourceIndicator,
            accessTokenTTL: options.accessTokenTtlSeconds,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: options.signingAlg } },
          };
        },
      },
    },
  });
  provider.on('server_error', (_ctx, err) => console.error('test OpenID provider:', err));
  return provider;
}

/** The provider in force and its request handler; swapped whole (keys, client), the server and port stay. */
let current;
let handle;
function install(provider) {
  current = provider;
  handle = provider.callback();
}
const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url?.split('?')[0] === '/jwks') jwksRequests += 1;
  void handle(req, res);
});

const handlers = {
  jwksRequests: async () => jwksRequests,
  // A new RSA and EC key in front (they sign from now on); the old ones stay published, so tokens already out
  // still verify. The new provider instance shares the in-memory store and cookie keys: sign-ins survive.
  rotateKeys: async () => {
    keys = [await newKey('RSA'), await newKey('EC'), ...keys];
    install(buildProvider(current.issuer));
  },
  setClient: async ({ redirectUris, postLogoutRedirectUris }) => {
    options.redirectUris = redirectUris;
    options.postLogoutRedirectUris = postLogoutRedirectUris;
    install(buildProvider(current.issuer));
  },
  stop: async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  },
};

keys = [await newKey('RSA'), await newKey('EC')];
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(0, '127.0.0.1', () => resolve(undefined));
});
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
install(buildProvider(`http://127.0.0.1:${port}`));

parentPort?.on('message', (message) => {
  const { id, type, ...args } = message;
  const handler = handlers[type];
  const run = handler ? handler(args) : Promise.reject(new Error(`unknown message ${type}`));
  run.then(
    (result) => parentPort?.postMessage({ id, result }),
    (err) => parentPort?.postMessage({ id, error: err instanceof Error ? err.stack : String(err) }),
  );
});
parentPort?.postMessage({ ready: { issuer: current.issuer } });
