#!/usr/bin/env node
/**
 * Writes the JSON Schemas of the public registers from their one definition (libs/domain/src/registers):
 * `npm run generate:registers` (which builds the domain first). libs/domain/src/registers/json-schema.spec.ts fails
 * when a committed file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { REGISTER_KINDS, REGISTER_SCHEMA_FILES, registerJsonSchema } = require(join(root, 'libs', 'domain', 'dist'));

for (const kind of REGISTER_KINDS) {
  const file = join(root, REGISTER_SCHEMA_FILES[kind]);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(registerJsonSchema(kind), null, 2)}\n`);
  console.log(`wrote ${relative(root, file)}`);
}
