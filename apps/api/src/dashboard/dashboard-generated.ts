import { loadConfig } from '@waardenpoort/config';
import { execFileSync } from 'node:child_process';
import type TypeScript from 'typescript';
import { join, relative, resolve } from 'node:path';
import { createApp, openApiDocument } from '../app';
import { DASHBOARD_DIR } from './dashboard-static';

/**
 * The dashboard's files that are generated from the server's own sources, so the browser never holds a copy of a
 * fact: its API types from the OpenAPI document, and the domain modules it runs (the quick-scan's condition
 * evaluator, the vocabularies of roles, gates, steps and statuses, the text catalogues of both languages) compiled from
 * libs/domain to ES modules.
 *
 * `npm run generate:dashboard` writes them (scripts/dashboard-generate.mjs); dashboard-generated.spec.ts fails when
 * a committed file is not what its source makes today. Dev-only tools (TypeScript, openapi-typescript) are loaded
 * here lazily: nothing at run time needs this file. The output is left as the tools write it (Prettier and ESLint
 * skip it).
 */

/** apps/dashboard, from src (tests) and dist (the script) alike. */
const DASHBOARD_ROOT = resolve(DASHBOARD_DIR, '..');
const REPO_ROOT = resolve(DASHBOARD_ROOT, '..', '..');
const DOMAIN_SRC = join(REPO_ROOT, 'libs', 'domain', 'src');

/** Where the compiled domain modules go; the dashboard imports them as `./domain/<path>.js`. */
export const DASHBOARD_DOMAIN_DIR = join(DASHBOARD_DIR, 'js', 'domain');
export const DASHBOARD_API_TYPES = join(DASHBOARD_ROOT, 'types', 'api.generated.d.ts');

/**
 * The domain modules the browser runs, with everything they import. Each must stay browser-safe (no Node builtins,
 * no packages): the compiler refuses a bare import below.
 */
const DOMAIN_ENTRIES = [
  'policy/answers.ts',
  'policy/conditions.ts',
  'roles.ts',
  'gates.ts',
  'project.ts',
  'registers/definition.ts',
  'texts/index.ts',
];

const HEADER = (source: string): string =>
  `// Generated from ${source} by \`npm run generate:dashboard\`; do not edit.\n`;

/** Every generated file, by absolute path, with the content it must have. */
export async function dashboardGeneratedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>(domainModules());
  files.set(DASHBOARD_API_TYPES, await apiTypes());
  return files;
}

/** The OpenAPI document as the API serves it in dev mode (every route the dashboard may call), with no service. */
export async function dashboardOpenApiDocument(): Promise<Record<string, unknown>> {
  const config = loadConfig({
    NODE_ENV: 'development',
    DEV_MODE: 'true',
    DATABASE_URL: 'postgres://unused@127.0.0.1:1/unused',
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    POLICY_FILE: join(REPO_ROOT, 'policy', 'fixtures', 'test-policy.v1.yaml'),
    LOG_LEVEL: 'error',
  });
  const app = await createApp(config, { logger: false, preview: true });
  try {
    return JSON.parse(JSON.stringify(openApiDocument(app, config))) as Record<string, unknown>;
  } finally {
    await app.close();
  }
}

async function apiTypes(): Promise<string> {
  const document = await dashboardOpenApiDocument();
  const types = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'lib', 'openapi-types.mjs')], {
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return HEADER('the OpenAPI document (GET /api/docs-json)') + types;
}

function domainModules(): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require('typescript') as typeof TypeScript;
  const program = ts.createProgram(
    DOMAIN_ENTRIES.map((f) => join(DOMAIN_SRC, f)),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ES2022,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts'],
      types: [],
      strict: true,
      declaration: true,
      rootDir: DOMAIN_SRC,
      outDir: DASHBOARD_DOMAIN_DIR,
      removeComments: false,
      newLine: ts.NewLineKind.LineFeed,
    },
  );
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  if (problems.length > 0) throw new Error(`libs/domain does not compile for the browser:\n${problems.join('\n')}`);
  const out = new Map<string, string>();
  const emitted: Array<[string, string]> = [];
  program.emit(undefined, (fileName, text) => emitted.push([resolve(fileName), text]));
  for (const [file, text] of emitted) {
    const source = relative(REPO_ROOT, join(DOMAIN_SRC, relative(DASHBOARD_DOMAIN_DIR, file))).replace(
      /\.(?:d\.ts|js)$/,
      '.ts',
    );
    const bare = /\bfrom\s+'(?![./])([^']+)'/.exec(text);
    if (bare) throw new Error(`${source} imports ${bare[1]}: the browser gets only libs/domain's own modules`);
    // Browsers resolve only full paths: './types' becomes './types.js'.
    const body = text.replace(/(\bfrom\s+'|\bimport\(')(\.{1,2}\/[^']+?)(?<!\.js)'/g, "$1$2.js'");
    out.set(file, HEADER(source) + body);
  }
  return out;
}
