/* global DOMException -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The API, as the dashboard calls it: same origin, bearer token, problem+json errors. */
import { t } from './i18n.js';
import { renew } from './oidc.js';
import { currentSession, storedSession } from './session.js';

/** @typedef {import('../../types/api').Problem} Problem */

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {Problem | null} problem
   */
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** Field errors, keyed by field name. */
  get fieldErrors() {
    /** @type {Record<string, string[]>} */
    const out = {};
    for (const e of this.problem?.errors ?? []) out[e.field] = e.messages;
    return out;
  }
}

/** Called when the API refuses the token: the app sends the person back to sign in. */
/** @type {() => void} */
let onUnauthorized = () => {};
/** @param {() => void} handler */
export function whenUnauthorized(handler) {
  onUnauthorized = handler;
}

/**
 * @param {string} path
 * @param {{ method?: string, body?: unknown, headers?: Record<string, string>, accept?: string, signal?: AbortSignal, raw?: boolean }} [options]
 * @returns {Promise<any>}
 */
export async function api(path, options = {}) {
  let session = currentSession();
  if (!session && storedSession()?.refreshToken) session = await renew();
  const res = await send(path, options, session);
  if (options.raw) return res;
  if (res.status === 204) return null;
  const type = res.headers.get('content-type') ?? '';
  return type.includes('json') ? res.json() : res.text();
}

/**
 * One request; a 401 for a provider session is tried once more with a renewed token (the access token may have run
 * out while the tab slept, before the renewal timer fired).
 * @param {string} path
 * @param {NonNullable<Parameters<typeof api>[1]>} options
 * @param {import('./session.js').Session | null} session
 * @param {boolean} [retried]
 * @returns {Promise<Response>}
 */
async function send(path, options, session, retried = false) {
  /** @type {Record<string, string>} */
  const headers = { Accept: options.accept ?? 'application/json', ...options.headers };
  if (session) headers.Authorization = `Bearer ${session.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  /** @type {RequestInit} */
  const init = { method: options.method ?? 'GET', headers, credentials: 'omit' };
  if (options.body !== undefined) init.body = JSON.stringify(options.body);
  if (options.signal) init.signal = options.signal;
  let res;
  try {
    res = await fetch(path, init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, {
      title: t('common.errors.offline'),
      detail: t('common.errors.offlineText'),
    });
  }
  if (res.status === 401 && session?.method === 'oidc' && session.refreshToken && !retried) {
    const renewed = await renew();
    if (renewed) return send(path, options, renewed, true);
  }
  if (res.status === 401 && session) onUnauthorized();
  if (!res.ok) {
    /** @type {Problem | null} */
    let problem = null;
    try {
      problem = /** @type {Problem} */ (await res.json());
    } catch {
      problem = null;
    }
    throw new ApiError(res.status, problem);
  }
  return res;
}

/**
 * Like `api`, but a 404 (an endpoint this deployment does not have) gives `null` instead of an error, so a page
 * can say that the feature is not available here.
 * @param {string} path
 * @param {Parameters<typeof api>[1]} [options]
 */
export async function optionalApi(path, options) {
  try {
    return await api(path, options);
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 405)) return null;
    throw err;
  }
}
