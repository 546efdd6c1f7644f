/* global location, sessionStorage -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * Sign-in with the municipality's identity provider: OpenID Connect, authorization code flow with PKCE, done by
 * oauth4webapi (served from this origin) in the browser. The provider is found by discovery from its issuer; the
 * access token is renewed with the refresh token before it expires; signing out ends the session at the provider.
 * Tokens stay in this tab's sessionStorage and only ever go out in an Authorization header.
 */
import * as oauth from './vendor/oauth4webapi.js';
import { t } from './i18n.js';
import { storeSession, storedSession, clearSession } from './session.js';

/** @typedef {import('../../types/api').SignInConfig} SignInConfig */
/** @typedef {import('./session.js').Session} Session */

const FLOW_KEY = 'waardenpoort.oidc.flow';

/** @type {Promise<SignInConfig> | null} */
let configRequest = null;

/** How this deployment signs people in (GET /api/v1/auth/config), asked once per page load. */
export function signInConfig() {
  configRequest ??= fetch('/api/v1/auth/config', { headers: { Accept: 'application/json' }, credentials: 'omit' })
    .then((res) => {
      if (!res.ok) throw new Error(`GET /api/v1/auth/config: HTTP ${res.status}`);
      return /** @type {Promise<SignInConfig>} */ (res.json());
    })
    .catch((err) => {
      configRequest = null;
      throw err;
    });
  return configRequest;
}

/** @type {Promise<{ as: oauth.AuthorizationServer, client: oauth.Client, config: SignInConfig & { issuer: string, clientId: string } }> | null} */
let providerRequest = null;

/** The provider's metadata (discovery) and this client, once per page load. */
function provider() {
  providerRequest ??= (async () => {
    const config = await signInConfig();
    if (config.method !== 'oidc' || !config.issuer || !config.clientId)
      throw new Error(t('signIn.errors.notConfigured'));
    const issuer = new URL(config.issuer);
    const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...insecure(issuer) });
    const as = await oauth.processDiscoveryResponse(issuer, response);
    return {
      as,
      client: { client_id: config.clientId },
      config: { ...config, issuer: config.issuer, clientId: config.clientId },
    };
  })().catch((err) => {
    providerRequest = null;
    throw err;
  });
  return providerRequest;
}

/**
 * Plain http is only allowed for a provider on this machine's loopback (the API refuses any other at boot): a
 * provider started beside a development or test system.
 * @param {URL} issuer
 */
function insecure(issuer) {
  return issuer.protocol === 'http:' ? { [oauth.allowInsecureRequests]: true } : {};
}

/** @param {SignInConfig} config */
function redirectUri(config) {
  return new URL(config.redirectPath ?? '/aanmelden/terug', location.origin).href;
}

/** @param {SignInConfig} config @returns {Record<string, string>} */
function resourceParameter(config) {
  return config.resource ? { resource: config.resource } : {};
}

/**
 * Goes to the provider's sign-in page; `back` is where to return after signing in.
 * @param {string} back
 * @param {{ prompt?: string }} [options]
 */
export async function startSignIn(back, options = {}) {
  const { as, config } = await provider();
  if (!as.authorization_endpoint) throw new Error(t('signIn.errors.noAuthorizationEndpoint'));
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(FLOW_KEY, JSON.stringify({ codeVerifier, state, nonce, back }));
  const url = new URL(as.authorization_endpoint);
  const params = {
    client_id: config.clientId,
    redirect_uri: redirectUri(config),
    response_type: 'code',
    scope: config.scope ?? 'openid',
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...resourceParameter(config),
    ...(options.prompt ? { prompt: options.prompt } : {}),
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  location.assign(url.href);
}

/** Why the provider or this page refused the sign-in, in words for the person (and the code for the helpdesk). */
export class SignInError extends Error {
  /** @param {string} message @param {string} [code] */
  constructor(message, code) {
    super(message);
    this.code = code ?? null;
  }
}

/**
 * Completes a sign-in on the redirect page: checks the state, exchanges the code (with the PKCE verifier) and checks
 * the ID token's issuer, audience, expiry and nonce.
 * @param {URL} callbackUrl
 * @returns {Promise<{ tokens: oauth.TokenEndpointResponse, back: string }>}
 */
export async function completeSignIn(callbackUrl) {
  const raw = sessionStorage.getItem(FLOW_KEY);
  sessionStorage.removeItem(FLOW_KEY);
  /** @type {{ codeVerifier?: string, state?: string, nonce?: string, back?: string }} */
  let flow = {};
  try {
    flow = raw ? JSON.parse(raw) : {};
  } catch {
    flow = {};
  }
  const { as, client, config } = await provider();
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError) {
    const description = callbackUrl.searchParams.get('error_description');
    throw new SignInError(
      providerError === 'access_denied'
        ? t('signIn.errors.cancelled')
        : description
          ? t('signIn.errors.providerErrorDescribed', { description })
          : t('signIn.errors.providerError'),
      providerError,
    );
  }
  if (!flow.codeVerifier || !flow.state || !flow.nonce) {
    throw new SignInError(t('signIn.errors.notThisTab'), 'no-flow');
  }
  /** @type {URLSearchParams} */
  let params;
  try {
    params = oauth.validateAuthResponse(as, client, callbackUrl, flow.state);
  } catch (err) {
    throw new SignInError(t('signIn.errors.invalidResponse', { error: message(err) }), 'invalid-response');
  }
  try {
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      redirectUri(config),
      flow.codeVerifier,
      { additionalParameters: resourceParameter(config), ...insecure(new URL(config.issuer)) },
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: flow.nonce,
      requireIdToken: true,
    });
    return { tokens, back: flow.back ?? '/' };
  } catch (err) {
    throw new SignInError(t('signIn.errors.invalidToken', { error: message(err) }), 'token-exchange');
  }
}

/** @param {unknown} err */
function message(err) {
  return err instanceof Error ? err.message : String(err);
}

/** @type {Promise<Session | null> | null} */
let renewing = null;

/**
 * A new access token with the refresh token (rotated by the provider); null when that is not possible (no refresh
 * token, or the provider refused it: the session ended there). Concurrent callers share one request.
 * @returns {Promise<Session | null>}
 */
export function renew() {
  renewing ??= (async () => {
    const session = storedSession();
    if (!session || session.method !== 'oidc' || !session.refreshToken) return null;
    try {
      const { as, client, config } = await provider();
      const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), session.refreshToken, {
        additionalParameters: resourceParameter(config),
        ...insecure(new URL(config.issuer)),
      });
      const tokens = await oauth.processRefreshTokenResponse(as, client, response);
      return storeSession({
        ...session,
        token: tokens.access_token,
        refreshToken: tokens.refresh_token ?? session.refreshToken,
        idToken: tokens.id_token ?? session.idToken,
        expiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000,
        renewedAt: Date.now(),
      });
    } catch {
      return null;
    }
  })().finally(() => {
    renewing = null;
  });
  return renewing;
}

/** @type {ReturnType<typeof setTimeout> | null} */
let renewalTimer = null;

/**
 * Renews the access token before it expires: when three quarters of its life have passed, at the latest a minute
 * before the end. `onEnded` runs when renewal is not possible and the token has run out.
 * @param {() => void} onEnded
 */
export function scheduleRenewal(onEnded) {
  if (renewalTimer) clearTimeout(renewalTimer);
  renewalTimer = null;
  const session = storedSession();
  if (!session || session.method !== 'oidc') return;
  const issuedAt = session.renewedAt ?? session.signedInAt ?? Date.now();
  const lifetime = Math.max(0, session.expiresAt - issuedAt);
  const at = Math.min(issuedAt + lifetime * 0.75, session.expiresAt - 60_000);
  renewalTimer = setTimeout(
    async () => {
      renewalTimer = null;
      const renewed = await renew();
      if (renewed) scheduleRenewal(onEnded);
      else if (session.expiresAt <= Date.now() + 1_000) onEnded();
      else renewalTimer = setTimeout(onEnded, session.expiresAt - Date.now());
    },
    Math.max(1_000, at - Date.now()),
  );
}

/**
 * Signs out: revokes the refresh token, forgets the session in this tab and ends the session at the provider (its
 * end-session endpoint returns to /afgemeld). Without an end-session endpoint only this tab forgets it.
 * @returns {Promise<boolean>} whether the browser is on its way to the provider
 */
export async function signOutAtProvider() {
  const session = storedSession();
  clearSession();
  if (renewalTimer) clearTimeout(renewalTimer);
  if (!session || session.method !== 'oidc') return false;
  try {
    const { as, client, config } = await provider();
    if (session.refreshToken && as.revocation_endpoint) {
      await oauth
        .revocationRequest(as, client, oauth.None(), session.refreshToken, {
          ...insecure(new URL(config.issuer)),
        })
        .then((r) => oauth.processRevocationResponse(r))
        .catch(() => undefined);
    }
    if (!as.end_session_endpoint) return false;
    const url = new URL(as.end_session_endpoint);
    url.searchParams.set('client_id', config.clientId);
    url.searchParams.set(
      'post_logout_redirect_uri',
      new URL(config.postLogoutPath ?? '/afgemeld', location.origin).href,
    );
    if (session.idToken) url.searchParams.set('id_token_hint', session.idToken);
    location.assign(url.href);
    return true;
  } catch {
    return false;
  }
}
