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
      }).auth,
    ).toMatchObject({ mode: 'jwks', issuer: 'https://login.enschede.example', audience: 'waardenpoort' });
  });

  it('refuses a short HS256 secret', () => {
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });
});
