import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { dashboardOpenApiDocument } from './dashboard/dashboard-generated';

/**
 * The OpenAPI document (as GET /api/docs-json serves it in dev mode, every route included) against the NL API Design
 * Rules: Spectral with the ruleset in deploy/api/nl-api-design-rules.spectral.yaml (docs/api-design-rules.md). Any
 * finding of severity error fails, printed with the rule and where.
 */

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const RULESET = join(REPO_ROOT, 'deploy', 'api', 'nl-api-design-rules.spectral.yaml');
const SPECTRAL = require.resolve('@stoplight/spectral-cli/dist/index.js');
const ERROR = 0;

interface Finding {
  code: string;
  message: string;
  path: string[];
  severity: number;
}

type Document = Record<string, unknown> & {
  info: { version: string };
  servers: Array<{ url: string }>;
  paths: Record<string, Record<string, { parameters?: unknown[]; responses: Record<string, Record<string, unknown>> }>>;
  components: { schemas: Record<string, { properties?: Record<string, Record<string, unknown>> }> };
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'api-design-rules-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Spectral's CLI on each document, in one run: every finding of every severity, by document. */
async function lint(documents: Record<string, unknown>): Promise<Map<string, Finding[]>> {
  const files = Object.entries(documents).map(([name, document]) => {
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(document));
    return [name, file] as const;
  });
  const output = join(dir, 'findings.json');
  // Exit code 1 means "a finding of severity error"; the findings are in the output file either way.
  await promisify(execFile)(
    process.execPath,
    [SPECTRAL, 'lint', '--ruleset', RULESET, '--format', 'json', '--output', output, ...files.map(([, f]) => f)],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((e: Error & { code?: number; stderr?: string }) => {
    if (e.code !== 1) throw new Error(`spectral failed: ${e.stderr ?? e.message}`);
  });
  const findings = JSON.parse(readFileSync(output, 'utf8')) as Array<Finding & { source: string }>;
  return new Map(files.map(([name, file]) => [name, findings.filter((f) => resolve(f.source) === file)]));
}

const show = (f: Finding): string => `${f.code} at ${f.path.join('.')}: ${f.message}`;

/**
 * The document with one breach of each rule: a path that is not kebab-case, ends with a slash and names a
 * collection in the singular; a path outside /api/v1; a response without a description or the API-Version header; an error that is
 * not problem+json; an operation that takes input without a 400; a query key in snake_case; a method outside the
 * standard five; an http server; a version that is not semver; a moment without its format.
 */
function breachEveryRule(document: Document): Document {
  const broken = JSON.parse(JSON.stringify(document)) as Document;
  broken.paths['/api/v1/projectItem/{id}/'] = broken.paths['/api/v1/projects/{id}'];
  delete broken.paths['/api/v1/projects/{id}'];
  broken.paths['/status'] = { get: { responses: { '200': { description: '' } } } };
  const get = broken.paths['/api/v1/projects'].get;
  get.responses['404'] = { description: 'none', content: { 'application/json': { schema: { type: 'object' } } } };
  delete get.responses['400'];
  get.parameters = [...(get.parameters ?? []), { name: 'page_size', in: 'query', schema: { type: 'integer' } }];
  broken.paths['/api/v1/projects'].trace = { responses: { '204': { description: 'traced' } } };
  broken.servers = [{ url: 'http://waardenpoort.example' }];
  broken.info.version = '1';
  const problem = broken.components.schemas.Problem;
  problem.properties = { ...problem.properties, seenAt: { type: 'string' } };
  return broken;
}

describe('the OpenAPI document and the NL API Design Rules', () => {
  let findings: Map<string, Finding[]>;

  beforeAll(async () => {
    const document = (await dashboardOpenApiDocument()) as Document;
    findings = await lint({ document, broken: breachEveryRule(document) });
  }, 120_000);

  it('has no finding of severity error', () => {
    const errors = (findings.get('document') ?? []).filter((f) => f.severity === ERROR).map(show);
    if (errors.length > 0) process.stderr.write(`NL API Design Rules:\n  ${errors.join('\n  ')}\n`);
    expect(errors).toEqual([]);
  });

  it('finds each kind of breach, so a rule that stopped working shows here', () => {
    const codes = new Set((findings.get('broken') ?? []).filter((f) => f.severity === ERROR).map((f) => f.code));
    expect([...codes].sort()).toEqual(
      [
        'adr-date-time-format',
        'adr-doc-openapi-response-description',
        'adr-http-methods',
        'adr-invalid-input',
        'adr-naming-collections',
        'adr-no-trailing-slash',
        'adr-path-segments-kebab-case',
        'adr-problem-details',
        'adr-query-keys-camel-case',
        'adr-semver',
        'adr-servers-https',
        'adr-uri-version',
        'adr-version-header',
      ].sort(),
    );
  });
});
