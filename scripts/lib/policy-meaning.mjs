// What a policy's schema cannot say (policy-check.mjs): mirrors checkMeaning in libs/domain/src/policy/.
import { ptr } from './policy-pointers.mjs';

// Kept equal to POLICY_DURATION_PATTERN in libs/domain/src/policy/validate-checker.ts and to the schema's pattern.
const DURATION =
  /^(?:[1-9]\d*\s?(?:wd|werkdagen?|working days?)|P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/;
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const WORKING_DAYS = /^(\d+)\s?(?:wd|werkdagen?|working days?)$/;

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
// What the schema cannot say (mirrors checkMeaning in libs/domain/src/policy/validate-meaning.ts)

export function checkMeaning(policy) {
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
    // Kept equal to APPLIES_FROM_YEARS in libs/domain/src/policy/in-force.ts: the schema knows the spelling only.
    const year = rule.appliesFrom === undefined ? null : Number(rule.appliesFrom.slice(0, 4));
    if (year !== null && (year < 2000 || year > 2100)) {
      error(ptr('rules', i, 'appliesFrom'), `${year} is not a plausible year for a rule to apply from (2000 to 2100)`);
    }
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
  // The schema admits only the domain's gates (the publication gate optional: versions from before it get its
  // default timing), so the policy's own keys are the gates to check; no second list of them here.
  for (const [gate, t] of Object.entries(policy.gates)) {
    timing(t, ptr('gates', gate));
    for (const [name, task] of Object.entries(t.tasks ?? {})) timing(task, ptr('gates', gate, 'tasks', name));
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
