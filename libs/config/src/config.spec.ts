import { ConfigError, DEV_WEBHOOK_SECRET_KEY, loadConfig } from './config';
import { DEV_JWT_SECRET } from './identity';

const PRODUCTION_SECRET = 'production-secret-for-this-test-only-0123456789';
/** Outside dev mode a checkpoint signing key is required too (issue 15 §5). */
const CHECKPOINT_KEY = { AUDIT_CHECKPOINT_KEY_FILE: '/run/secrets/audit-checkpoint-key' };
const WEBHOOK_KEY = Buffer.alloc(32, 7).toString('base64');

describe('configuration', () => {
  it('has working defaults for a laptop in dev mode, on loopback', () => {
    const config = loadConfig({ DEV_MODE: 'true', NODE_ENV: 'development' });
    expect(config).toMatchObject({
      env: 'development',
      devMode: true,
      port: 3000,
      database: { url: 'postgres://postgres@127.0.0.1:5432/waardenpoort', poolSize: 10, role: null },
      temporal: { address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'waardenpoort-projects' },
      auth: { mode: 'hs256', secret: DEV_JWT_SECRET, maxTokenAgeSeconds: 28_800 },
      http: { bindHost: '127.0.0.1', trustProxy: false },
      policy: { file: expect.stringMatching(/policy\/waardenpoort-policy\.v1\.yaml$/) as unknown },
      runWorkerInApi: false,
    });
    expect(config.webhooks.secretKey).toEqual(DEV_WEBHOOK_SECRET_KEY);
  });

  it('names every wrong setting at once', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        TEMPORAL_ADDRESS: 'nohost',
        DATABASE_POOL_SIZE: '0',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'DATABASE_URL', 'TEMPORAL_ADDRESS', 'DATABASE_POOL_SIZE']) {
      expect(problems).toContain(name);
    }
  });

  describe('fails closed', () => {
    it('is production from an empty environment, and refuses to boot without a way to verify tokens', () => {
      expect(() => loadConfig({})).toThrow(/JWT_JWKS_URL/);
      expect(() => loadConfig({ WEBHOOKS_ENABLED: 'false' })).toThrow(/JWT_JWKS_URL/);
      const config = loadConfig({ JWT_SECRET: PRODUCTION_SECRET, WEBHOOKS_ENABLED: 'false', ...CHECKPOINT_KEY });
      expect(config).toMatchObject({ env: 'production', devMode: false, http: { bindHost: null, trustProxy: false } });
      expect(config.auth).toMatchObject({ mode: 'hs256', secret: PRODUCTION_SECRET });
      expect(config.mail.smtp.port).toBe(25);
    });

    it('refuses the development secret outside dev mode, also when JWT_SECRET is set to it', () => {
      for (const NODE_ENV of ['production', 'development', 'test']) {
        expect(() => loadConfig({ NODE_ENV, JWT_SECRET: DEV_JWT_SECRET, WEBHOOKS_ENABLED: 'false' })).toThrow(
          /JWT_SECRET: the development secret/,
        );
        expect(() => loadConfig({ NODE_ENV, WEBHOOKS_ENABLED: 'false' })).toThrow(/JWT_JWKS_URL/);
      }
      expect(loadConfig({ DEV_MODE: 'true', JWT_SECRET: DEV_JWT_SECRET, NODE_ENV: 'test' }).auth).toMatchObject({
        secret: DEV_JWT_SECRET,
      });
    });

    it('allows dev mode only on a loopback bind, and never with NODE_ENV=production', () => {
      for (const BIND_HOST of ['0.0.0.0', '::', '192.168.1.10', 'example.org', '::ffff:10.0.0.1']) {
        expect(() => loadConfig({ DEV_MODE: 'true', NODE_ENV: 'development', BIND_HOST })).toThrow(/BIND_HOST/);
      }
      for (const BIND_HOST of ['127.0.0.1', '127.0.0.2', '::1', 'localhost']) {
        expect(loadConfig({ DEV_MODE: 'true', NODE_ENV: 'development', BIND_HOST }).http.bindHost).toBe(BIND_HOST);
      }
      expect(() => loadConfig({ DEV_MODE: 'true', NODE_ENV: 'production' })).toThrow(/DEV_MODE/);
      expect(() => loadConfig({ DEV_MODE: 'yes', NODE_ENV: 'development' })).toThrow(/DEV_MODE/);
    });

    it('accepts only an https JWKS URL, with issuer and audience', () => {
      const idp = {
        JWT_ISSUER: 'https://login.enschede.example',
        JWT_AUDIENCE: 'waardenpoort',
        WEBHOOKS_ENABLED: 'false',
        ...CHECKPOINT_KEY,
      };
      expect(() => loadConfig({ ...idp, JWT_JWKS_URL: 'http://login.enschede.example/jwks' })).toThrow(
        /JWT_JWKS_URL must be an https URL/,
      );
      expect(() => loadConfig({ JWT_JWKS_URL: 'https://login.enschede.example/jwks' })).toThrow(/JWT_ISSUER/);
      expect(loadConfig({ ...idp, JWT_JWKS_URL: 'https://login.enschede.example/jwks' }).auth).toMatchObject({
        mode: 'jwks',
        issuer: 'https://login.enschede.example',
        audience: 'waardenpoort',
      });
    });

    it('bounds the maximum token age', () => {
      const base = { DEV_MODE: 'true', NODE_ENV: 'test' };
      expect(loadConfig({ ...base, JWT_MAX_AGE_SECONDS: '900' }).auth.maxTokenAgeSeconds).toBe(900);
      expect(() => loadConfig({ ...base, JWT_MAX_AGE_SECONDS: '0' })).toThrow(/JWT_MAX_AGE_SECONDS/);
      expect(() => loadConfig({ ...base, JWT_MAX_AGE_SECONDS: '604800' })).toThrow(/JWT_MAX_AGE_SECONDS/);
    });

    it('trusts no proxy unless told which, and never every one', () => {
      const base = { DEV_MODE: 'true', NODE_ENV: 'test' };
      expect(loadConfig(base).http.trustProxy).toBe(false);
      expect(loadConfig({ ...base, TRUST_PROXY: '1' }).http.trustProxy).toBe(1);
      expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.0/8, loopback' }).http.trustProxy).toEqual([
        '10.0.0.0/8',
        'loopback',
      ]);
      for (const TRUST_PROXY of ['true', '0', '99', 'proxy.example']) {
        expect(() => loadConfig({ ...base, TRUST_PROXY })).toThrow(/TRUST_PROXY/);
      }
    });

    it('wants a webhook secret key when webhooks are on outside dev mode, and refuses the development one', () => {
      const prod = { JWT_SECRET: PRODUCTION_SECRET, ...CHECKPOINT_KEY };
      expect(() => loadConfig(prod)).toThrow(/WEBHOOK_SECRET_KEY/);
      expect(loadConfig({ ...prod, WEBHOOKS_ENABLED: 'false' }).webhooks.secretKey).toBeNull();
      expect(Buffer.from(loadConfig({ ...prod, WEBHOOK_SECRET_KEY: WEBHOOK_KEY }).webhooks.secretKey ?? [])).toEqual(
        Buffer.alloc(32, 7),
      );
      const hex = Buffer.alloc(32, 9).toString('hex');
      expect(Buffer.from(loadConfig({ ...prod, WEBHOOK_SECRET_KEY: hex }).webhooks.secretKey ?? [])).toEqual(
        Buffer.alloc(32, 9),
      );
      expect(() => loadConfig({ ...prod, WEBHOOK_SECRET_KEY: 'c2hvcnQ=' })).toThrow(/WEBHOOK_SECRET_KEY/);
      expect(() =>
        loadConfig({ ...prod, WEBHOOK_SECRET_KEY: Buffer.from(DEV_WEBHOOK_SECRET_KEY).toString('base64') }),
      ).toThrow(/development key/);
    });

    it('reads the webhook allow-list as host names and CIDRs', () => {
      const config = loadConfig({
        DEV_MODE: 'true',
        NODE_ENV: 'test',
        WEBHOOK_ALLOWED_TARGETS: 'Hooks.Intern.example, 10.20.0.0/16,127.0.0.1,[::1]',
      });
      expect(config.webhooks.allowedTargets).toEqual({
        hosts: ['hooks.intern.example'],
        cidrs: ['10.20.0.0/16', '127.0.0.1/32', '::1/128'],
      });
      expect(() => loadConfig({ DEV_MODE: 'true', NODE_ENV: 'test', WEBHOOK_ALLOWED_TARGETS: 'a b' })).toThrow(
        /WEBHOOK_ALLOWED_TARGETS/,
      );
    });
  });

  it('refuses a short HS256 secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('refuses to run outside dev mode without a key for the audit checkpoints, and never makes one there', () => {
    const production = { JWT_SECRET: PRODUCTION_SECRET, WEBHOOKS_ENABLED: 'false' };
    expect(() => loadConfig(production)).toThrow(
      /AUDIT_CHECKPOINT_KEY: outside dev mode the deployment needs the Ed25519 key/,
    );
    expect(() => loadConfig({ ...production, AUDIT_CHECKPOINT_KEY: 'a', AUDIT_CHECKPOINT_KEY_FILE: '/k.pem' })).toThrow(
      /either AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE/,
    );
    const withFile = loadConfig({ ...production, AUDIT_CHECKPOINT_KEY_FILE: '/run/secrets/k.pem' }).auditWitness;
    expect(withFile).toMatchObject({ signingKey: { file: '/run/secrets/k.pem' }, devKeyFile: null });
    expect(withFile.checkpointIntervalMs).toBe(3_600_000);
    // In dev mode a development key is kept under .data; under test the worker writes no checkpoints.
    const dev = loadConfig({ DEV_MODE: 'true', NODE_ENV: 'development' }).auditWitness;
    expect(dev.devKeyFile).toMatch(/\.data\/audit-checkpoint-key\.pem$/);
    expect(loadConfig({ DEV_MODE: 'true', NODE_ENV: 'test' }).auditWitness.checkpointIntervalMs).toBe(0);
  });
});
