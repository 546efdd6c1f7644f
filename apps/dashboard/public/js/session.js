/* global TextDecoder, atob, sessionStorage -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * Who is signed in. The token lives in sessionStorage: it is gone when the tab closes, and it is never put in a
 * cookie, so no other site can make the browser use it (the API reads only the Authorization header).
 */

/** @typedef {import('../../types/api').Role} Role */
/** @typedef {{ token: string, sub: string, name: string, email: string, roles: Role[], expiresAt: number }} Session */

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

/** @returns {Session | null} */
export function currentSession() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  /** @type {{ token?: unknown, roles?: unknown }} */
  let stored;
  try {
    stored = JSON.parse(raw);
  } catch {
    stored = {};
  }
  const session = typeof stored.token === 'string' ? sessionFromToken(stored.token) : null;
  if (!session || session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  // The roles as the API read them (GET /api/v1/me), when it said: the token may keep them under another claim.
  if (Array.isArray(stored.roles))
    session.roles = /** @type {Role[]} */ (stored.roles.filter((r) => typeof r === 'string'));
  return session;
}

/**
 * Signs in with a token; asks the API who that is (GET /api/v1/me), so the dashboard shows the roles the API
 * grants, wherever the identity provider puts them in the token.
 * @param {string} token
 * @returns {Promise<Session | null>}
 */
export async function signIn(token) {
  /** @type {unknown} */
  let roles = null;
  try {
    const res = await fetch('/api/v1/me', {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      credentials: 'omit',
    });
    if (res.ok) roles = /** @type {{ roles?: unknown }} */ (await res.json()).roles ?? null;
  } catch {
    roles = null;
  }
  sessionStorage.setItem(KEY, JSON.stringify({ token, roles: Array.isArray(roles) ? roles : null }));
  return currentSession();
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/**
 * @param {Session | null} session
 * @param {...Role} roles
 */
export function hasRole(session, ...roles) {
  return !!session && session.roles.some((r) => roles.includes(r));
}
