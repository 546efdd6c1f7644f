/**
 * Two tiers in one run: `unit` (specs next to the code, no services) and `integration` (test/, against the real
 * Temporal dev server and PostgreSQL that the global setup starts once). Sources run through swc, so no build is
 * needed; workspace packages resolve to their TypeScript sources.
 */
const fs = require('node:fs');
const swc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swc.$schema;

const common = {
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: {
    '^@waardenpoort/domain/holidays$': '<rootDir>/libs/domain/src/holidays.ts',
    '^@waardenpoort/domain/texts$': '<rootDir>/libs/domain/src/texts/index.ts',
    '^@waardenpoort/temporal/tracing$': '<rootDir>/libs/temporal/src/tracing.ts',
    '^@waardenpoort/(domain|contracts|config|persistence|temporal)$': '<rootDir>/libs/$1/src/index.ts',
    '^@waardenpoort/workflows$': '<rootDir>/workflows/src/index.ts',
    '^@waardenpoort/worker$': '<rootDir>/apps/worker/src/index.ts',
    '^@waardenpoort/api$': '<rootDir>/apps/api/src/index.ts',
  },
  testEnvironment: 'node',
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.data/'],
};

module.exports = {
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/{libs,apps}/*/src/**/*.spec.ts',
        '<rootDir>/workflows/src/**/*.spec.ts',
        // Checks of the repository's own configuration (no services started).
        '<rootDir>/test/unit/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
