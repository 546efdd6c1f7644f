/* global TextDecoder, atob, sessionStorage -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * Who is signed in. The tokens live in sessionStorage: they are gone when the tab closes, and they are never put in
 * a cookie, so no other site can make the browser use them (the API reads only the Authorization header).
 */

/** @typedef {import('../../types/api').Role} Role */
/**
 * method: `oidc` when the identity provider signed the person in (with a refresh token to renew and an ID token to
 * sign out at the provider), `token` for a development or pasted token.
 * @typedef {{ method: 'oidc' | 'token', token: string, sub: string, name: string, email: string, roles: Role[], expiresAt: number, refreshToken?: string, idToken?: string, signedInAt?: number, renewedAt?: number, noRoleReason?: string | null }} Session
 */

const KEY = 'waardenpoort.session';

/** @param {string} part */
function decodeBase64Url(part) {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * Reads the claims of a token (not a verification: the API verifies every request).
 * @param {string} token
 * @param {string} [rolesClaim]
 * @returns {Session | null}
 */
export function sessionFromToken(token, rolesClaim = 'roles') {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = /** @type {Record<string, unknown>} */ (JSON.parse(decodeBase64Url(payload)));
    /** @type {unknown} */
    let roles = claims;
    for (const key of rolesClaim.split('.')) {
      roles = roles && typeof roles === 'object' ? /** @type {Record<string, unknown>} */ (roles)[key] : undefined;
    }
    const sub = typeof claims.sub === 'string' ? claims.sub : '';
    if (!sub) return null;
    return {
      method: 'token',
      token,
      sub,
      name: typeof claims.name === 'string' ? claims.name : sub,
      email: typeof claims.email === 'string' ? claims.email : '',
      roles: Array.isArray(roles) ? /** @type {Role[]} */ (roles.filter((r) => typeof r === 'string')) : [],
      expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : Number.POSITIVE_INFINITY,
    };
  } catch {
    return null;
  }
}

/** @param {unknown} value @returns {Role[] | null} */
function roleList(value) {
  return Array.isArray(value) ? /** @type {Role[]} */ (value.filter((r) => typeof r === 'string')) : null;
}

/**
 * The session as stored, also when its access token has expired (a refresh token may still renew it).
 * @returns {Session | null}
 */
export function storedSession() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  /** @type {Record<string, unknown>} */
  let stored;
  try {
    stored = JSON.parse(raw);
  } catch {
    stored = {};
  }
  if (typeof stored.token !== 'string') return null;
  if (stored.method === 'oidc') {
    if (typeof stored.sub !== 'string' || typeof stored.expiresAt !== 'number') return null;
    return {
      method: 'oidc',
      token: stored.token,
      sub: stored.sub,
      name: typeof stored.name === 'string' ? stored.name : stored.sub,
      email: typeof stored.email === 'string' ? stored.email : '',
      roles: roleList(stored.roles) ?? [],
      expiresAt: stored.expiresAt,
      ...(typeof stored.refreshToken === 'string' ? { refreshToken: stored.refreshToken } : {}),
      ...(typeof stored.idToken === 'string' ? { idToken: stored.idToken } : {}),
      ...(typeof stored.signedInAt === 'number' ? { signedInAt: stored.signedInAt } : {}),
      ...(typeof stored.renewedAt === 'number' ? { renewedAt: stored.renewedAt } : {}),
      noRoleReason: typeof stored.noRoleReason === 'string' ? stored.noRoleReason : null,
    };
  }
  const session = sessionFromToken(stored.token);
  if (!session) return null;
  // The roles as the API read them (GET /api/v1/me), when it said: the token may keep them under another claim.
  const roles = roleList(stored.roles);
  if (roles) session.roles = roles;
  return session;
}

/**
 * The signed-in person while their access token is valid; null otherwise (an expired development token is
 * forgotten; an expired provider session stays stored for `renew`).
 * @returns {Session | null}
 */
export function currentSession() {
  const session = storedSession();
  if (!session) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  if (session.expiresAt > Date.now()) return session;
  if (session.method !== 'oidc' || !session.refreshToken) sessionStorage.removeItem(KEY);
  return null;
}

/**
 * @param {Session} session
 * @returns {Session}
 */
export function storeSession(session) {
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function clearSession() {
  sessionStorage.removeItem(KEY);
}

/**
 * Who the API says the bearer of `token` is (GET /api/v1/me): the roles it grants, wherever the identity provider
 * puts them in the token, and why there are none. The API's refusal is thrown as its problem detail.
 * @param {string} token
 * @returns {Promise<import('../../types/api').Me>}
 */
export async function whoIs(token) {
  const res = await fetch('/api/v1/me', {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    credentials: 'omit',
  });
  /** @type {any} */
  let body = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (!res.ok) throw new Error(typeof body?.detail === 'string' ? body.detail : `HTTP ${res.status}`);
  return body;
}

/**
 * Signs in with a development or pasted token; asks the API who that is, so the dashboard shows the roles the API
 * grants.
 * @param {string} token
 * @returns {Promise<Session | null>}
 */
export async function signIn(token) {
  /** @type {unknown} */
  let roles = null;
  try {
    roles = (await whoIs(token)).roles ?? null;
  } catch {
    roles = null;
  }
  sessionStorage.setItem(KEY, JSON.stringify({ token, roles: Array.isArray(roles) ? roles : null }));
  return currentSession();
}

export function signOut() {
  clearSession();
}

/**
 * @param {Session | null} session
 * @param {...Role} roles
 */
export function hasRole(session, ...roles) {
  return !!session && session.roles.some((r) => roles.includes(r));
}
