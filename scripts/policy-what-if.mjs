#!/usr/bin/env node
/**
 * `npm run policy:what-if -- <from.yaml> <to.yaml> [--projects N] [--seed S] [--json]`: what changing from one policy
 * version to another would do to an example portfolio (libs/domain/src/policy/example-portfolio.ts), routed under
 * the first and evaluated under the second with the same code as POST /api/v1/policy/what-if. Prints Markdown (the
 * README's table) or JSON. For the real portfolio, use the API or the dashboard's "Wat als" page.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { whatIfProject, WhatIfTally, GATE_LABELS } = require(join(root, 'libs', 'domain', 'dist'));
const { examplePortfolio } = require(join(root, 'libs', 'domain', 'dist', 'policy', 'example-portfolio.js'));
const { loadPolicyFile } = require(join(root, 'libs', 'persistence', 'dist'));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    projects: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '2027' },
    json: { type: 'boolean' },
  },
});
if (positionals.length !== 2) {
  process.stderr.write('usage: npm run policy:what-if -- <from.yaml> <to.yaml> [--projects N] [--seed S] [--json]\n');
  process.exit(2);
}
const size = Number(values.projects);
const seed = Number(values.seed);
if (!Number.isSafeInteger(size) || size < 1 || size > 10_000_000 || !Number.isSafeInteger(seed)) {
  process.stderr.write('--projects takes a whole number from 1 to 10,000,000, --seed a whole number\n');
  process.exit(2);
}
const [from, to] = positionals.map((f) => loadPolicyFile(f));
const started = process.hrtime.bigint();
const portfolio = examplePortfolio(from, size, seed);
const tally = new WhatIfTally();
for (const p of portfolio) tally.add(whatIfProject(to, p), p.route?.outcome ?? null);
const t = tally.totals();
const ms = Number(process.hrtime.bigint() - started) / 1e6;

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ from: from.version, to: to.version, projects: size, seed, totals: t }, null, 2)}\n`,
  );
  process.exit(0);
}
const n = (x) => x.toLocaleString('en-US');
const out = [];
out.push(
  `What-if of ${to.id} version ${to.version} against version ${from.version}: ${n(size)} example projects (seed ${seed}), ${ms.toFixed(0)} ms`,
);
out.push('');
out.push('| effect | projects |', '|---|---:|');
for (const [k, v] of Object.entries(t.verdicts)) out.push(`| ${k} | ${n(v)} |`);
out.push('', '| outcome | from | to | projects |', '|---|---|---|---:|');
for (const x of t.transitions) out.push(`| ${x.dimension} | ${x.from} | ${x.to} | ${n(x.projects)} |`);
out.push('', '| gate | opens for | closes for |', '|---|---:|---:|');
for (const [g, v] of Object.entries(t.gates)) out.push(`| ${GATE_LABELS[g].en} | ${n(v.opened)} | ${n(v.closed)} |`);
out.push('', '| rule | starts firing | stops firing |', '|---|---:|---:|');
for (const r of t.rules) out.push(`| ${r.ruleId} | ${n(r.newlyFiring)} | ${n(r.noLongerFiring)} |`);
out.push('', '| department | projects | route changes | gates opened | gates closed |', '|---|---:|---:|---:|---:|');
for (const d of t.departments)
  out.push(`| ${d.department} | ${n(d.projects)} | ${n(d.changed)} | ${n(d.gatesOpened)} | ${n(d.gatesClosed)} |`);
process.stdout.write(`${out.join('\n')}\n`);
