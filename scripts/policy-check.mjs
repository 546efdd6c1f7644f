#!/usr/bin/env node
/**
 * Checks Waardenpoort policy files: `npm run policy:check`.
 *
 *   node scripts/policy-check.mjs [--json] [--schema <file>] [file or directory ...]
 *
 * Without paths it checks policy/*.yaml and policy/fixtures/*.yaml. Each file is parsed as YAML (duplicate keys are
 * errors), validated against policy/policy.schema.json with ajv, and then checked for what a schema cannot express:
 * ids that refer to each other, option values, `showIf` looking only at earlier questions, named conditions without
 * cycles, outcome conditions only where they keep evaluation monotone, durations that parse and are not zero,
 * reminders that fall inside the task. Across files: one file per policy id and version, and a file named *.vN.yaml
 * holds version N. Exits 1 when anything is wrong.
 *
 * Plain Node, no build step: the cross-checks mirror libs/domain/src/policy/validate.ts rather than importing it
 * (TypeScript), and a unit test runs both on the same broken policies so they cannot drift apart unnoticed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { LineCounter, parseDocument } from 'yaml';
import { checkMeaning } from './lib/policy-meaning.mjs';
import { lineOf, simplifyAjvErrors } from './lib/policy-pointers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------------
// Command line

function parseArgs(argv) {
  const args = { json: false, schema: join(root, 'policy', 'policy.schema.json'), paths: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--schema') args.schema = resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      console.log('usage: node scripts/policy-check.mjs [--json] [--schema <file>] [file or directory ...]');
      process.exit(0);
    } else args.paths.push(resolve(a));
  }
  if (args.paths.length === 0) args.paths = [join(root, 'policy'), join(root, 'policy', 'fixtures')];
  return args;
}

function policyFiles(paths) {
  const files = [];
  for (const p of paths) {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      files.push({ file: p, missing: true });
      continue;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (/\.ya?ml$/.test(name)) files.push({ file: join(p, name) });
      }
    } else files.push({ file: p });
  }
  return files;
}

// ---------------------------------------------------------------------------------------------------------------
// Main

const byLine = (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

function checkFile(file, validate) {
  const result = { file: relative(process.cwd(), file) || file, errors: [], warnings: [], summary: null };
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    result.errors.push({ path: '', message: `cannot read: ${e.message}` });
    return result;
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      result.errors.push({ path: '', line: e.linePos?.[0]?.line, message: `YAML: ${e.message.split('\n')[0]}` });
    }
    return result;
  }
  const policy = doc.toJS({ maxAliasCount: 1000 });
  const at = (issue) => ({ ...issue, line: lineOf(doc, counter, issue.path) });
  if (!validate(policy)) {
    result.errors.push(
      ...simplifyAjvErrors(validate.errors ?? [], policy, validate.schema)
        .map(at)
        .sort(byLine),
    );
    return result;
  }
  const { errors, warnings } = checkMeaning(policy);
  result.errors.push(...errors.map(at).sort(byLine));
  result.warnings.push(...warnings.map(at));
  result.policy = { id: policy.id, version: policy.version };
  result.summary = `${policy.id} v${policy.version}, effective ${policy.effectiveFrom}, ${policy.questionnaire.questions.length} questions, ${policy.rules.length} rules`;
  const named = /\.v(\d+)\.ya?ml$/.exec(basename(file));
  if (named && Number(named[1]) !== policy.version) {
    result.errors.push(
      at({ path: '/version', message: `the file name says version ${named[1]}, the file says ${policy.version}` }),
    );
  }
  return result;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  let schema;
  try {
    schema = JSON.parse(readFileSync(args.schema, 'utf8'));
  } catch (e) {
    console.error(`policy-check: cannot read the schema ${args.schema}: ${e.message}`);
    return 1;
  }
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  const files = policyFiles(args.paths);
  const results = files.map(({ file, missing }) =>
    missing
      ? {
          file: relative(process.cwd(), file),
          errors: [{ path: '', message: 'no such file or directory' }],
          warnings: [],
        }
      : checkFile(file, validate),
  );
  if (results.length === 0)
    results.push({
      file: args.paths.join(', '),
      errors: [{ path: '', message: 'no policy files found' }],
      warnings: [],
    });

  // One file per policy version: two files claiming "waardenpoort v1" would make the recorded version ambiguous.
  const seen = new Map();
  for (const r of results) {
    if (!r.policy) continue;
    const key = `${r.policy.id} v${r.policy.version}`;
    if (seen.has(key)) r.errors.push({ path: '/version', message: `${key} is also defined in ${seen.get(key)}` });
    else seen.set(key, r.file);
  }

  const failed = results.filter((r) => r.errors.length > 0);
  if (args.json) {
    console.log(JSON.stringify({ ok: failed.length === 0, files: results }, null, 2));
    return failed.length === 0 ? 0 : 1;
  }
  const color = process.stdout.isTTY && !process.env.NO_COLOR;
  const paint = (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const where = (i) => `${i.line !== undefined ? `line ${i.line}, ` : ''}${i.path || '(document)'}`;
  console.log(`Policy check — schema ${relative(process.cwd(), args.schema) || args.schema}\n`);
  for (const r of results) {
    if (r.errors.length === 0) console.log(`${paint(32, 'ok  ')} ${r.file}${r.summary ? `  (${r.summary})` : ''}`);
    else console.log(`${paint(31, 'FAIL')} ${r.file}  (${r.errors.length} error${r.errors.length === 1 ? '' : 's'})`);
    for (const e of r.errors) console.log(`       ${paint(31, 'error')}   ${where(e)}: ${e.message}`);
    for (const w of r.warnings) console.log(`       ${paint(33, 'warning')} ${where(w)}: ${w.message}`);
  }
  console.log(
    `\n${results.length} file${results.length === 1 ? '' : 's'} checked: ${results.length - failed.length} ok, ${failed.length} with errors.`,
  );
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = main();
