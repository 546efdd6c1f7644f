// Type-aware lint for the whole monorepo, with the workflow sandbox boundary enforced by import rules.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** What must never reach code that runs inside Temporal's deterministic workflow sandbox. */
const sandboxPaths = nodeBuiltins.map((name) => ({
  name,
  message: 'Workflow, contract and domain code must not use Node.js built-ins.',
}));
const sandboxPatterns = [
  { group: ['@nestjs/*'], message: 'No Nest in workflow, contract or domain code.' },
  {
    group: ['typeorm', 'typeorm/*', 'pg', 'pg/*'],
    message: 'No database access in workflow, contract or domain code.',
  },
  {
    group: ['@temporalio/client', '@temporalio/worker', '@temporalio/activity', '@temporalio/testing'],
    message: 'Workflow code may use @temporalio/workflow (and common) only.',
  },
  { group: ['reflect-metadata'], message: 'No reflect-metadata in workflow, contract or domain code.' },
];

/**
 * Layers point down: each package imports only the workspace packages below it (docs/architecture.md).
 *   domain ← contracts ← workflows;  domain ← config ← persistence;  contracts ← temporal;
 *   api: contracts, persistence, domain, config, temporal;  worker: everything but api (and the composition);
 *   embedded (the one-process mode) composes api and worker.
 */
const onlyOurs = (allowed, message) => ({
  group: ['@waardenpoort/*', ...allowed.map((name) => `!@waardenpoort/${name}`)],
  message,
});
const layer = (files, { sandbox = false, patterns = [] }) => ({
  files,
  ignores: ['**/*.spec.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { paths: sandbox ? sandboxPaths : [], patterns: [...(sandbox ? sandboxPatterns : []), ...patterns] },
    ],
  },
});
const noNestOrTemporal = [
  { group: ['@nestjs/*'], message: 'Libraries below the apps are plain TypeScript: no Nest.' },
  { group: ['@temporalio/*'], message: 'Only libs/temporal, libs/contracts, workflows and the worker use Temporal.' },
];
const layers = [
  layer(['libs/domain/src/**/*.ts'], {
    sandbox: true,
    patterns: [onlyOurs([], 'The domain imports nothing of ours: every other package builds on it.')],
  }),
  layer(['libs/contracts/src/**/*.ts'], {
    sandbox: true,
    patterns: [onlyOurs(['domain'], 'The workflow contract imports only the domain (workflows load it).')],
  }),
  layer(['workflows/src/**/*.ts'], {
    sandbox: true,
    patterns: [onlyOurs(['domain', 'contracts'], 'Only the domain and the contract are shared with workflows.')],
  }),
  layer(['libs/config/src/**/*.ts'], {
    patterns: [...noNestOrTemporal, onlyOurs(['domain'], 'The configuration imports only the domain.')],
  }),
  layer(['libs/persistence/src/**/*.ts'], {
    patterns: [...noNestOrTemporal, onlyOurs(['domain', 'config'], 'Persistence imports only the domain and config.')],
  }),
  layer(['libs/temporal/src/**/*.ts'], {
    patterns: [
      onlyOurs(['domain', 'config', 'contracts'], 'The Temporal client library talks to workflows by their contract.'),
    ],
  }),
  layer(['apps/api/src/**/*.ts'], {
    patterns: [
      onlyOurs(
        ['contracts', 'persistence', 'domain', 'config', 'temporal'],
        'The API talks to workflows through @waardenpoort/contracts and runs no worker (apps/embedded composes both).',
      ),
      {
        group: ['@temporalio/worker', '@temporalio/activity', '@temporalio/workflow'],
        message: 'The API is a Temporal client only.',
      },
    ],
  }),
  layer(['apps/worker/src/**/*.ts'], {
    patterns: [
      onlyOurs(
        ['domain', 'config', 'persistence', 'temporal', 'contracts', 'workflows'],
        'The worker does not depend on the API.',
      ),
    ],
  }),
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'coverage/**',
      'bench/results/**',
      // Generated (npm run generate:dashboard); a unit test keeps them current.
      'apps/dashboard/types/api.generated.d.ts',
      'apps/dashboard/public/js/domain/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  ...layers,
  {
    // Specs and integration tests assert on loosely typed JSON bodies (supertest), which is what they check.
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        process: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        TextEncoder: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
