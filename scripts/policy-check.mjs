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

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Kept equal to POLICY_DURATION_PATTERN in libs/domain/src/policy/validate.ts and to the schema's pattern.
const DURATION =
  /^(?:[1-9]\d*\s?(?:wd|werkdagen?|working days?)|P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const WORKING_DAYS = /^(\d+)\s?(?:wd|werkdagen?|working days?)$/;
const GATES = ['quick-scan', 'dpia', 'commission-reflection', 'portfolio-decision', 'council-information'];

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
// JSON pointers and source lines

const escapePointer = (s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1');
const ptr = (...parts) => parts.map((p) => `/${escapePointer(p)}`).join('');
const segments = (pointer) =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** The line of the deepest node on the path that exists in the YAML source, so a report points at the text. */
function lineOf(doc, counter, pointer) {
  const segs = segments(pointer);
  for (let n = segs.length; n >= 0; n -= 1) {
    const node = n === 0 ? doc.contents : doc.getIn(segs.slice(0, n), true);
    if (node && typeof node === 'object' && Array.isArray(node.range)) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Schema errors, made readable

/** The value at a JSON Pointer in the parsed document. */
function valueAt(data, pointer) {
  let v = data;
  for (const s of segments(pointer)) v = v !== null && typeof v === 'object' ? v[s] : undefined;
  return v;
}

/**
 * ajv reports every branch of a failed `oneOf`: a condition can take ten forms, so one typo gives twenty lines.
 * The author's intent is in the data: the operator key they wrote says which form they meant, and the dimension
 * they named says which outcome variant. Keep that branch's errors, drop the others; when no form fits at all,
 * say so in one line. Branch order is read from the schema, so this follows the schema when it changes.
 */
function simplifyAjvErrors(errors, data, schema) {
  const forms = schema.$defs.condition.oneOf;
  const operators = forms.map((b) => b.required[0]);
  const outcomeForm = operators.indexOf('outcome');
  const dimensions = forms[outcomeForm].properties.outcome.oneOf.map((b) => b.properties.dimension.const);
  const branchAt = (e) => /^#\/oneOf\/(\d+)\//.exec(e.schemaPath)?.[1];
  const outcomeBranch = (e) =>
    new RegExp(`^#/oneOf/${outcomeForm}/properties/outcome/oneOf/(\\d+)/`).exec(e.schemaPath)?.[1];

  let list = errors.filter((e) => e.keyword !== 'if');
  const extra = [];
  // A recursive $ref makes every condition's schema path start again at "#/oneOf", whatever its depth.
  const conditionPaths = new Set(
    list.filter((e) => e.keyword === 'oneOf' && e.schemaPath === '#/oneOf').map((e) => e.instancePath),
  );
  for (const at of conditionPaths) {
    const value = valueAt(data, at);
    const keys = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
    const meant = keys.length === 1 ? operators.indexOf(keys[0]) : -1;
    const here = (e) => e.instancePath === at && e.schemaPath.startsWith('#/oneOf');
    if (meant >= 0) {
      list = list.filter((e) => !here(e) || (e.keyword !== 'oneOf' && branchAt(e) === String(meant)));
    } else {
      list = list.filter((e) => !here(e));
      extra.push({
        path: at,
        message: `must be a condition: an object with exactly one of ${operators.join(', ')}${keys.length ? ` (has ${keys.join(', ')})` : ''}`,
      });
    }
  }
  const outcomePaths = new Set(
    list.filter((e) => outcomeBranch(e) !== undefined).map((e) => e.instancePath.replace(/\/(dimension|atLeast)$/, '')),
  );
  for (const at of outcomePaths) {
    const meant = dimensions.indexOf(valueAt(data, `${at}/dimension`));
    const mine = (e) =>
      e.instancePath.startsWith(at) &&
      (outcomeBranch(e) !== undefined || (e.keyword === 'oneOf' && e.instancePath === at));
    if (meant >= 0) list = list.filter((e) => !mine(e) || outcomeBranch(e) === String(meant));
    else {
      list = list.filter((e) => !mine(e));
      extra.push({ path: `${at}/dimension`, message: `must be one of: ${dimensions.join(', ')}` });
    }
  }
  const readable = list.map((e) => {
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties') {
      return {
        path: `${e.instancePath}/${escapePointer(e.params.additionalProperty)}`,
        message: 'is not a known field',
      };
    }
    if (e.keyword === 'unevaluatedProperties') {
      const field = escapePointer(e.params.unevaluatedProperty);
      return { path: `${e.instancePath}/${field}`, message: 'is not a known field for this question type' };
    }
    if (e.keyword === 'required') message = `must have "${e.params.missingProperty}"`;
    if (e.keyword === 'enum')
      message = `must be one of: ${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (e.keyword === 'const') message = `must be ${JSON.stringify(e.params.allowedValue)}`;
    return { path: e.instancePath, message };
  });
  const all = [...readable, ...extra];
  return all.filter((e, i) => all.findIndex((x) => x.path === e.path && x.message === e.message) === i);
}

// ---------------------------------------------------------------------------------------------------------------
// Durations

/** Working days, or seconds for calendar durations without months or years; null when it is not a duration. */
function parseDuration(text) {
  if (typeof text !== 'string' || !DURATION.test(text)) return null;
  const wd = WORKING_DAYS.exec(text);
  if (wd) return { kind: 'working-days', days: Number(wd[1]), zero: Number(wd[1]) === 0 };
  const m = ISO.exec(text);
  const n = (i) => (m[i] === undefined ? 0 : Number(m[i]));
  const parts = [n(1), n(2), n(3), n(4), n(5), n(6), n(7)];
  const seconds =
    parts[0] || parts[1] ? null : (((parts[2] * 7 + parts[3]) * 24 + parts[4]) * 60 + parts[5]) * 60 + parts[6];
  return { kind: 'calendar', seconds, zero: parts.every((v) => v === 0) };
}

function compareDurations(a, b) {
  if (a.kind === 'working-days' && b.kind === 'working-days') return a.days - b.days;
  if (a.kind === 'calendar' && b.kind === 'calendar' && a.seconds !== null && b.seconds !== null)
    return a.seconds - b.seconds;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// What the schema cannot say (mirrors checkMeaning in libs/domain/src/policy/validate.ts)

function checkMeaning(policy) {
  const errors = [];
  const warnings = [];
  const error = (path, message) => errors.push({ path, message });
  const questions = policy.questionnaire.questions;
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const named = policy.conditions ?? {};
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const options = (q) => (q.type === 'one-of' || q.type === 'many-of' ? q.options.map((o) => o.value) : []);

  const duplicates = (items, what) => {
    const seen = new Map();
    for (const { id, path } of items) {
      if (seen.has(id)) error(path, `${what} "${id}" is used twice (first at ${seen.get(id)})`);
      else seen.set(id, path);
    }
  };
  duplicates(
    policy.sources.map((s, i) => ({ id: s.id, path: ptr('sources', i, 'id') })),
    'source id',
  );
  duplicates(
    policy.questionnaire.sections.map((s, i) => ({ id: s.id, path: ptr('questionnaire', 'sections', i, 'id') })),
    'section id',
  );
  duplicates(
    questions.map((q, i) => ({ id: q.id, path: ptr('questionnaire', 'questions', i, 'id') })),
    'question id',
  );
  duplicates(
    policy.rules.map((r, i) => ({ id: r.id, path: ptr('rules', i, 'id') })),
    'rule id',
  );
  duplicates(
    policy.rules.map((r, i) => ({ id: r.reason.id, path: ptr('rules', i, 'reason', 'id') })),
    'reason id',
  );

  const sections = new Set(policy.questionnaire.sections.map((s) => s.id));
  const sources = new Set(policy.sources.map((s) => s.id));

  // Named conditions: walk once for what they refer to.
  const children = (c) => c.all ?? c.any ?? (c.not ? [c.not] : c.atLeast ? c.atLeast.of : []);
  const refsOf = (c) => (c.ref !== undefined ? [c.ref] : children(c).flatMap(refsOf));
  const cyclic = new Set();
  const state = new Map();
  const visit = (name, chain) => {
    if (state.get(name) === 'done' || !has(named, name)) return;
    if (state.get(name) === 'visiting') {
      error(
        ptr('conditions', name),
        `named conditions refer to each other in a circle: ${[...chain, name].join(' > ')}`,
      );
      chain.forEach((n) => cyclic.add(n));
      return;
    }
    state.set(name, 'visiting');
    for (const r of refsOf(named[name])) visit(r, [...chain, name]);
    state.set(name, 'done');
  };
  Object.keys(named).forEach((n) => visit(n, []));

  const questionsOf = (c, seen = new Set()) => {
    for (const key of ['equals', 'includes', 'includesAny', 'number']) if (c[key]) return [c[key].question];
    if (c.ref !== undefined) {
      if (seen.has(c.ref) || !has(named, c.ref)) return [];
      seen.add(c.ref);
      return questionsOf(named[c.ref], seen);
    }
    return children(c).flatMap((x) => questionsOf(x, seen));
  };
  const usesOutcome = (c, seen = new Set()) => {
    if (c.outcome) return true;
    if (c.ref !== undefined) {
      if (seen.has(c.ref) || !has(named, c.ref)) return false;
      seen.add(c.ref);
      return usesOutcome(named[c.ref], seen);
    }
    return children(c).some((x) => usesOutcome(x, seen));
  };

  const used = { questions: new Set(), conditions: new Set() };

  const check = (c, path, use, underNot) => {
    const question = (id, at) => {
      used.questions.add(id);
      if (!index.has(id)) {
        error(at, `"${id}" is not a question`);
        return undefined;
      }
      if (use.before !== undefined && index.get(id) >= use.before) {
        error(at, `"${id}" is not an earlier question; showIf may only look at answers given before`);
      }
      return questions[index.get(id)];
    };
    if (c.all) c.all.forEach((x, i) => check(x, `${path}/all/${i}`, use, underNot));
    else if (c.any) c.any.forEach((x, i) => check(x, `${path}/any/${i}`, use, underNot));
    else if (c.not) check(c.not, `${path}/not`, use, true);
    else if (c.atLeast) {
      if (c.atLeast.count > c.atLeast.of.length) {
        error(`${path}/atLeast/count`, `can never hold: asks for ${c.atLeast.count} of ${c.atLeast.of.length}`);
      }
      c.atLeast.of.forEach((x, i) => check(x, `${path}/atLeast/of/${i}`, use, underNot));
    } else if (c.ref !== undefined) {
      used.conditions.add(c.ref);
      if (!has(named, c.ref)) return error(`${path}/ref`, `"${c.ref}" is not a named condition`);
      if (cyclic.size > 0 || errors.some((e) => e.message.startsWith('named conditions refer'))) return undefined;
      if (use.before !== undefined) {
        for (const id of questionsOf(named[c.ref])) {
          if (index.has(id) && index.get(id) >= use.before) {
            error(`${path}/ref`, `"${c.ref}" looks at "${id}", which is not an earlier question`);
          }
        }
      }
      if (usesOutcome(named[c.ref]) && (!use.outcomeAllowed || underNot)) {
        error(
          `${path}/ref`,
          `"${c.ref}" looks at the outcome, which is not allowed ${underNot ? 'under not' : 'here'}`,
        );
      }
    } else if (c.outcome) {
      if (!use.outcomeAllowed) error(`${path}/outcome`, 'the outcome cannot decide whether a question is shown');
      else if (underNot) error(`${path}/outcome`, 'an outcome condition under not would let a rule switch itself off');
    } else if (c.equals) {
      const q = question(c.equals.question, `${path}/equals/question`);
      const v = c.equals.value;
      if (!q) return undefined;
      if (q.type === 'many-of') error(`${path}/equals`, `"${q.id}" is many-of: use includes or includesAny`);
      else if (q.type === 'boolean' && typeof v !== 'boolean') {
        error(`${path}/equals/value`, `"${q.id}" is yes/no: compare with true or false`);
      } else if (q.type === 'number' && typeof v !== 'number')
        error(`${path}/equals/value`, `"${q.id}" takes a number`);
      else if (q.type === 'one-of' && !options(q).includes(v)) {
        error(`${path}/equals/value`, `${JSON.stringify(v)} is not an option of "${q.id}" (${options(q).join(', ')})`);
      }
    } else if (c.includes || c.includesAny) {
      const key = c.includes ? 'includes' : 'includesAny';
      const body = c[key];
      const values = c.includes ? [c.includes.value] : c.includesAny.values;
      const q = question(body.question, `${path}/${key}/question`);
      if (!q) return undefined;
      if (q.type !== 'many-of')
        return error(`${path}/${key}/question`, `"${q.id}" is ${q.type}, not many-of: use equals`);
      values.forEach((v, i) => {
        if (!options(q).includes(v)) {
          const at = key === 'includes' ? `${path}/includes/value` : `${path}/includesAny/values/${i}`;
          error(at, `"${v}" is not an option of "${q.id}" (${options(q).join(', ')})`);
        }
      });
    } else if (c.number) {
      const q = question(c.number.question, `${path}/number/question`);
      if (q && q.type !== 'number') error(`${path}/number/question`, `"${q.id}" is ${q.type}, not number`);
    }
    return undefined;
  };

  questions.forEach((q, i) => {
    const at = ptr('questionnaire', 'questions', i);
    if (q.section !== undefined && !sections.has(q.section)) error(`${at}/section`, `"${q.section}" is not a section`);
    if (q.type === 'one-of' || q.type === 'many-of') {
      duplicates(
        q.options.map((o, j) => ({ id: o.value, path: `${at}/options/${j}/value` })),
        'option value',
      );
    }
    if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) {
      error(`${at}/max`, 'must not be below min');
    }
    if (q.showIf !== undefined) check(q.showIf, `${at}/showIf`, { before: i, outcomeAllowed: false }, false);
  });
  for (const [name, c] of Object.entries(named)) check(c, ptr('conditions', name), { outcomeAllowed: true }, false);
  policy.rules.forEach((rule, i) => {
    check(rule.when, ptr('rules', i, 'when'), { outcomeAllowed: true }, false);
    if (!sources.has(rule.source.id)) error(ptr('rules', i, 'source', 'id'), `"${rule.source.id}" is not a source`);
  });
  if (!sources.has(policy.priorConsultation.source)) {
    error('/priorConsultation/source', `"${policy.priorConsultation.source}" is not a source`);
  }

  // Durations: the schema knows the spelling, not that "P0D" is no deadline or that a reminder must fit.
  const duration = (text, at) => {
    const d = parseDuration(text);
    if (!d) error(at, `"${text}" is not a duration such as "10wd", "P8W" or "PT3S"`);
    else if (d.zero) error(at, `a duration of "${text}" is zero`);
    return d && !d.zero ? d : null;
  };
  const timing = (t, at) => {
    const deadline = duration(t.deadline, `${at}/deadline`);
    t.remindBefore.forEach((r, i) => {
      const reminder = duration(r, `${at}/remindBefore/${i}`);
      const cmp = deadline && reminder ? compareDurations(reminder, deadline) : null;
      if (cmp !== null && cmp >= 0) {
        error(
          `${at}/remindBefore/${i}`,
          `a reminder ${r} before a deadline of ${t.deadline} would come before the task starts`,
        );
      }
    });
    t.escalation.forEach((e, i) => duration(e.after, `${at}/escalation/${i}/after`));
  };
  for (const gate of GATES) {
    timing(policy.gates[gate], ptr('gates', gate));
    for (const [name, task] of Object.entries(policy.gates[gate].tasks ?? {}))
      timing(task, ptr('gates', gate, 'tasks', name));
  }
  duration(policy.priorConsultation.term, '/priorConsultation/term');
  duration(policy.priorConsultation.extension, '/priorConsultation/extension');
  for (const level of ['low', 'medium', 'high']) duration(policy.reevaluation[level], ptr('reevaluation', level));

  // Not wrong, but probably not meant: asked for nothing, or defined for nothing.
  questions.forEach((q, i) => {
    if (!used.questions.has(q.id)) {
      warnings.push({
        path: ptr('questionnaire', 'questions', i),
        message: `question "${q.id}" is used by no rule and no showIf`,
      });
    }
  });
  for (const name of Object.keys(named)) {
    if (!used.conditions.has(name))
      warnings.push({ path: ptr('conditions', name), message: `named condition "${name}" is never used` });
  }
  return { errors, warnings };
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
