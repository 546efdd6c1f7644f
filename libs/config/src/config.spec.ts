import { ConfigError, DEV_JWT_SECRET, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults for a laptop', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      database: { url: 'postgres://postgres@127.0.0.1:5432/waardenpoort', poolSize: 10, role: null },
      temporal: { address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'waardenpoort-projects' },
      auth: { mode: 'hs256', secret: DEV_JWT_SECRET },
      policy: { file: expect.stringMatching(/policy\/waardenpoort-policy\.v1\.yaml$/) as unknown },
      runWorkerInApi: false,
    });
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

  it('refuses production without a way to verify tokens', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_JWKS_URL/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_JWKS_URL: 'https://login.enschede.example/jwks' })).toThrow(
      /JWT_ISSUER/,
    );
    expect(
      loadConfig({
        NODE_ENV: 'production',
        JWT_JWKS_URL: 'https://login.enschede.example/jwks',
        JWT_ISSUER: 'https://login.enschede.example',
        JWT_AUDIENCE: 'waardenpoort',
        AUDIT_CHECKPOINT_KEY_FILE: '/run/secrets/audit-checkpoint-key',
      }).auth,
    ).toMatchObject({ mode: 'jwks', issuer: 'https://login.enschede.example', audience: 'waardenpoort' });
  });

  it('refuses a short HS256 secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('refuses production without a key for the audit checkpoints, and never makes one there', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig(production)).toThrow(/AUDIT_CHECKPOINT_KEY: production needs the Ed25519 key/);
    expect(() => loadConfig({ ...production, AUDIT_CHECKPOINT_KEY: 'a', AUDIT_CHECKPOINT_KEY_FILE: '/k.pem' })).toThrow(
      /either AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE/,
    );
    const withFile = loadConfig({ ...production, AUDIT_CHECKPOINT_KEY_FILE: '/run/secrets/k.pem' }).auditWitness;
    expect(withFile).toMatchObject({ signingKey: { file: '/run/secrets/k.pem' }, devKeyFile: null });
    expect(withFile.checkpointIntervalMs).toBe(3_600_000);
    // Outside production a development key is kept under .data; under test the worker writes no checkpoints.
    const dev = loadConfig({ NODE_ENV: 'development' }).auditWitness;
    expect(dev.devKeyFile).toMatch(/\.data\/audit-checkpoint-key\.pem$/);
    expect(loadConfig({ NODE_ENV: 'test' }).auditWitness.checkpointIntervalMs).toBe(0);
  });
});
