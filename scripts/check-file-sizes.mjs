#!/usr/bin/env node
// No source file over MAX_LINES lines (`npm run check`): a file that grows past it holds more than one thing, and is
// split by its cohesive parts. Counts the files git tracks under apps/, libs/, workflows/ and scripts/ (TypeScript and
// JavaScript); tests, migrations, third-party code (vendor/) and generated files (a first comment that says
// "generated") are not ours to split. Lists each offender with its line count and exits 1.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const MAX_LINES = 400;
const ROOTS = ['apps', 'libs', 'workflows', 'scripts'];

/**
 * Files being split in work that has not landed yet (issue 17), with that work. Empty this list as that
 * work lands: a file here that is back under the bound is reported, so the list cannot go stale.
 */
const PENDING_SPLITS = new Map([]);

const root = join(import.meta.dirname, '..');
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs)$/;
const NOT_OURS = [/\.(spec|int-spec|test)\.[cm]?[jt]s$/, /\/migrations\//, /\/vendor\//, /\/dist\//, /\/test\//];

const files = execFileSync('git', ['ls-files', '-z', '--', ...ROOTS], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => SOURCE.test(f) && !NOT_OURS.some((p) => p.test(f)));

const offenders = [];
const stale = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    continue; // deleted in the work tree, not yet in the index
  }
  if (/^\s*(\/\/|\/\*)[^\n]*\bgenerated\b/i.test(text.slice(0, 400))) continue;
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES && !PENDING_SPLITS.has(file)) offenders.push({ file, lines });
  if (lines <= MAX_LINES && PENDING_SPLITS.has(file)) stale.push(file);
}

if (offenders.length > 0 || stale.length > 0) {
  for (const { file, lines } of offenders.sort((a, b) => b.lines - a.lines)) {
    console.error(`${file}: ${lines} lines (at most ${MAX_LINES}; split it by its cohesive parts)`);
  }
  for (const file of stale) {
    console.error(
      `${file} is back under ${MAX_LINES} lines: take it off PENDING_SPLITS in scripts/check-file-sizes.mjs`,
    );
  }
  process.exit(1);
}
