#!/usr/bin/env node
/**
 * Writes the dashboard's generated files: `npm run generate:dashboard` (which builds the API first).
 *
 *   apps/dashboard/types/api.generated.d.ts   the API's types, from the OpenAPI document (openapi-typescript)
 *   apps/dashboard/public/js/domain/**        libs/domain's browser modules, compiled to ES modules with types
 *
 * The OpenAPI document is built from the API's modules without running them (Nest's preview mode): no database,
 * no Temporal. apps/api/src/dashboard/dashboard-generated.spec.ts fails when a committed file is out of date.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { dashboardGeneratedFiles, DASHBOARD_DOMAIN_DIR } = require(
  join(root, 'apps', 'api', 'dist', 'dashboard', 'dashboard-generated.js'),
);

const files = await dashboardGeneratedFiles();
rmSync(DASHBOARD_DOMAIN_DIR, { recursive: true, force: true });
for (const [file, text] of files) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${relative(root, file)}`);
}
