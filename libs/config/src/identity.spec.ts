import { loadConfig } from './config';

const CHECKPOINT_KEY = { AUDIT_CHECKPOINT_KEY_FILE: '/run/secrets/checkpoint.pem' };
const IDP = {
  JWT_JWKS_URL: 'https://login.enschede.example/realms/gemeente/protocol/openid-connect/certs',
  JWT_ISSUER: 'https://login.enschede.example/realms/gemeente',
  JWT_AUDIENCE: 'waardenpoort',
  WEBHOOKS_ENABLED: 'false',
  ...CHECKPOINT_KEY,
};

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('identity provider settings', () => {
  it('takes asymmetric algorithms only, RS256, ES256 and PS256 unless told otherwise', () => {
    const auth = loadConfig(IDP).auth;
    expect(auth).toMatchObject({ mode: 'jwks', algorithms: ['RS256', 'ES256', 'PS256'], oidc: null });
    expect(loadConfig({ ...IDP, JWT_ALGORITHMS: 'ES384, EdDSA' }).auth).toMatchObject({
      algorithms: ['ES384', 'EdDSA'],
    });
    for (const JWT_ALGORITHMS of ['HS256', 'RS256,HS512', 'none', ',']) {
      expect(problemsOf({ ...IDP, JWT_ALGORITHMS })).toMatch(/JWT_ALGORITHMS: only RS256/);
    }
  });

  it('allows a key set over http only on this machine (a provider started beside the API)', () => {
    for (const host of ['127.0.0.1:4000', 'localhost:4000', '[::1]:4000']) {
      expect(loadConfig({ ...IDP, JWT_JWKS_URL: `http://${host}/jwks` }).auth).toMatchObject({ mode: 'jwks' });
    }
    for (const url of ['http://10.0.0.5/jwks', 'http://login.enschede.example/jwks', 'ftp://x/jwks', 'jwks']) {
      expect(problemsOf({ ...IDP, JWT_JWKS_URL: url })).toMatch(/JWT_JWKS_URL/);
    }
    expect(problemsOf({ ...IDP, JWT_JWKS_URL: 'https://user:pw@login.enschede.example/jwks' })).toMatch(
      /no credentials/,
    );
  });

  it('maps groups to roles, and refuses a mapping to a role that does not exist at boot', () => {
    const groups = JSON.stringify({
      '6a1f0c1e-93b2-4d7e-9c55-1d7f0a0b2c3d': 'dpo',
      'b2d9e7a4-0f5c-4c6e-8a1d-3e2f4b5c6d7e': ['cio-office', 'auditor', 'auditor'],
    });
    expect(loadConfig({ ...IDP, JWT_GROUP_ROLES: groups }).auth.groupRoles).toEqual({
      '6a1f0c1e-93b2-4d7e-9c55-1d7f0a0b2c3d': ['dpo'],
      'b2d9e7a4-0f5c-4c6e-8a1d-3e2f4b5c6d7e': ['cio-office', 'auditor'],
    });
    expect(problemsOf({ ...IDP, JWT_GROUP_ROLES: '{"g1": "mayor"}' })).toMatch(/unknown role\(s\) \["mayor"\]/);
    expect(problemsOf({ ...IDP, JWT_GROUP_ROLES: '{"g1": []}' })).toMatch(/maps to no role/);
    expect(problemsOf({ ...IDP, JWT_GROUP_ROLES: '["dpo"]' })).toMatch(/JSON object/);
    expect(problemsOf({ ...IDP, JWT_GROUP_ROLES: '{g1: dpo}' })).toMatch(/not JSON/);
    expect(problemsOf({ ...IDP, JWT_GROUP_ROLES: '{"a\\u0000b": "dpo"}' })).toMatch(/not a group id/);
    expect(problemsOf({ ...IDP, JWT_GROUPS_CLAIM: 'groups..x' })).toMatch(/JWT_GROUPS_CLAIM/);
  });

  it('turns on the dashboard sign-in with a client id, only with the provider keys and an issuer URL', () => {
    expect(loadConfig({ ...IDP, OIDC_CLIENT_ID: 'waardenpoort-dashboard' }).auth).toMatchObject({
      oidc: {
        issuer: IDP.JWT_ISSUER,
        clientId: 'waardenpoort-dashboard',
        scope: 'openid profile email offline_access',
        resource: null,
      },
    });
    expect(problemsOf({ DEV_MODE: 'true', NODE_ENV: 'test', OIDC_CLIENT_ID: 'waardenpoort-dashboard' })).toMatch(
      /OIDC_CLIENT_ID: sign-in with OpenID Connect needs/,
    );
    expect(problemsOf({ ...IDP, JWT_ISSUER: 'enschede', OIDC_CLIENT_ID: 'x' })).toMatch(/JWT_ISSUER: not a URL/);
    expect(problemsOf({ ...IDP, JWT_ISSUER: 'http://login.enschede.example', OIDC_CLIENT_ID: 'x' })).toMatch(
      /JWT_ISSUER must be an https URL/,
    );
    expect(problemsOf({ ...IDP, OIDC_CLIENT_ID: 'x', OIDC_SCOPES: 'profile email' })).toMatch(/OIDC_SCOPES/);
    expect(problemsOf({ ...IDP, OIDC_CLIENT_ID: 'a b' })).toMatch(/OIDC_CLIENT_ID/);
    expect(problemsOf({ ...IDP, OIDC_CLIENT_ID: 'x', OIDC_RESOURCE: 'http://api' })).toMatch(/OIDC_RESOURCE/);
  });

  it('bounds the key-set cooldown and cache age', () => {
    expect(loadConfig({ ...IDP, JWT_JWKS_COOLDOWN_SECONDS: '1' }).auth).toMatchObject({
      jwksCooldownSeconds: 1,
      jwksCacheSeconds: 600,
    });
    expect(problemsOf({ ...IDP, JWT_JWKS_COOLDOWN_SECONDS: '-1' })).toMatch(/JWT_JWKS_COOLDOWN_SECONDS/);
    expect(problemsOf({ ...IDP, JWT_JWKS_CACHE_SECONDS: '0' })).toMatch(/JWT_JWKS_CACHE_SECONDS/);
  });
});
