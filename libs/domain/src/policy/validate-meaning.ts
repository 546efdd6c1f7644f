import { questionsReferenced } from './conditions';
import { APPLIES_FROM_YEARS } from './in-force';
import type { Condition, Policy, Question } from './types';
import type { Checker } from './validate-checker';

// Meaning: only run once the shape is right, so every error here is about content, not about a missing field.

function duplicates(c: Checker, ids: { id: string; path: string }[], what: string): void {
  const seen = new Map<string, string>();
  for (const { id, path } of ids) {
    const first = seen.get(id);
    if (first !== undefined) c.error(path, `${what} "${id}" is used twice (first at ${first})`);
    else seen.set(id, path);
  }
}

interface ConditionUse {
  /** Set for showIf: only questions before this index may be looked at. */
  before?: number;
  outcomeAllowed: boolean;
}

export function checkMeaning(c: Checker, policy: Policy): void {
  const questions = policy.questionnaire.questions;
  const index = new Map(questions.map((q, i) => [q.id, i]));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const named = policy.conditions;

  duplicates(
    c,
    policy.sources.map((s, i) => ({ id: s.id, path: `/sources/${i}/id` })),
    'source id',
  );
  duplicates(
    c,
    policy.questionnaire.sections.map((s, i) => ({ id: s.id, path: `/questionnaire/sections/${i}/id` })),
    'section id',
  );
  duplicates(
    c,
    questions.map((q, i) => ({ id: q.id, path: `/questionnaire/questions/${i}/id` })),
    'question id',
  );
  duplicates(
    c,
    policy.rules.map((r, i) => ({ id: r.id, path: `/rules/${i}/id` })),
    'rule id',
  );
  duplicates(
    c,
    policy.rules.map((r, i) => ({ id: r.reason.id, path: `/rules/${i}/reason/id` })),
    'reason id',
  );

  const sections = new Set(policy.questionnaire.sections.map((s) => s.id));
  const sources = new Set(policy.sources.map((s) => s.id));

  // Named conditions: existence of what they refer to, and no cycles (evaluation would never end).
  const refsOf = (cond: Condition): string[] => {
    const out: string[] = [];
    const walk = (x: Condition): void => {
      if ('all' in x) x.all.forEach(walk);
      else if ('any' in x) x.any.forEach(walk);
      else if ('not' in x) walk(x.not);
      else if ('atLeast' in x) x.atLeast.of.forEach(walk);
      else if ('ref' in x) out.push(x.ref);
    };
    walk(cond);
    return out;
  };
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string, chain: string[]): void => {
    if (state.get(name) === 'done' || !Object.prototype.hasOwnProperty.call(named, name)) return;
    if (state.get(name) === 'visiting') {
      c.error(
        `/conditions/${name}`,
        `named conditions refer to each other in a circle: ${[...chain, name].join(' > ')}`,
      );
      return;
    }
    state.set(name, 'visiting');
    for (const r of refsOf(named[name])) visit(r, [...chain, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(named)) visit(name, []);
  const cyclic = c.errors.some((e) => e.message.startsWith('named conditions refer'));

  /** Whether a named condition, followed through its refs, contains an outcome atom. */
  const usesOutcome = (cond: Condition, seen = new Set<string>()): boolean => {
    if ('outcome' in cond) return true;
    if ('all' in cond) return cond.all.some((x) => usesOutcome(x, seen));
    if ('any' in cond) return cond.any.some((x) => usesOutcome(x, seen));
    if ('not' in cond) return usesOutcome(cond.not, seen);
    if ('atLeast' in cond) return cond.atLeast.of.some((x) => usesOutcome(x, seen));
    if ('ref' in cond) {
      if (seen.has(cond.ref) || !Object.prototype.hasOwnProperty.call(named, cond.ref)) return false;
      seen.add(cond.ref);
      return usesOutcome(named[cond.ref], seen);
    }
    return false;
  };

  const checkCondition = (cond: Condition, path: string, use: ConditionUse, underNot: boolean): void => {
    const question = (id: string, at: string): Question | undefined => {
      const q = byId.get(id);
      if (!q) {
        c.error(at, `"${id}" is not a question`);
        return undefined;
      }
      if (use.before !== undefined && (index.get(id) as number) >= use.before) {
        c.error(at, `"${id}" is not an earlier question; showIf may only look at answers given before`);
      }
      return q;
    };
    const options = (q: Question): string[] =>
      q.type === 'one-of' || q.type === 'many-of' ? q.options.map((o) => o.value) : [];

    if ('all' in cond) cond.all.forEach((x, i) => checkCondition(x, `${path}/all/${i}`, use, underNot));
    else if ('any' in cond) cond.any.forEach((x, i) => checkCondition(x, `${path}/any/${i}`, use, underNot));
    else if ('not' in cond) checkCondition(cond.not, `${path}/not`, use, true);
    else if ('atLeast' in cond) {
      if (cond.atLeast.count > cond.atLeast.of.length) {
        c.error(`${path}/atLeast/count`, `can never hold: asks for ${cond.atLeast.count} of ${cond.atLeast.of.length}`);
      }
      cond.atLeast.of.forEach((x, i) => checkCondition(x, `${path}/atLeast/of/${i}`, use, underNot));
    } else if ('ref' in cond) {
      if (!Object.prototype.hasOwnProperty.call(named, cond.ref)) {
        c.error(`${path}/ref`, `"${cond.ref}" is not a named condition`);
        return;
      }
      if (cyclic) return;
      const target = named[cond.ref];
      if (use.before !== undefined) {
        for (const id of questionsReferenced(target, named)) {
          if (index.has(id) && (index.get(id) as number) >= use.before) {
            c.error(`${path}/ref`, `"${cond.ref}" looks at "${id}", which is not an earlier question`);
          }
        }
      }
      if (usesOutcome(target) && (!use.outcomeAllowed || underNot)) {
        c.error(
          `${path}/ref`,
          `"${cond.ref}" looks at the outcome, which is not allowed ${underNot ? 'under not' : 'here'}`,
        );
      }
    } else if ('outcome' in cond) {
      if (!use.outcomeAllowed) c.error(`${path}/outcome`, 'the outcome cannot decide whether a question is shown');
      else if (underNot)
        c.error(`${path}/outcome`, 'an outcome condition under not would let a rule switch itself off');
    } else if ('equals' in cond) {
      const q = question(cond.equals.question, `${path}/equals/question`);
      const v = cond.equals.value;
      if (!q) return;
      if (q.type === 'many-of') c.error(`${path}/equals`, `"${q.id}" is many-of: use includes or includesAny`);
      else if (q.type === 'boolean' && typeof v !== 'boolean')
        c.error(`${path}/equals/value`, `"${q.id}" is yes/no: compare with true or false`);
      else if (q.type === 'number' && typeof v !== 'number')
        c.error(`${path}/equals/value`, `"${q.id}" takes a number`);
      else if (q.type === 'one-of' && (typeof v !== 'string' || !options(q).includes(v))) {
        c.error(
          `${path}/equals/value`,
          `${JSON.stringify(v)} is not an option of "${q.id}" (${options(q).join(', ')})`,
        );
      }
    } else if ('includes' in cond || 'includesAny' in cond) {
      const [key, body, values] =
        'includes' in cond
          ? ['includes', cond.includes, [cond.includes.value]]
          : ['includesAny', cond.includesAny, cond.includesAny.values];
      const q = question(body.question, `${path}/${key}/question`);
      if (!q) return;
      if (q.type !== 'many-of') {
        c.error(`${path}/${key}/question`, `"${q.id}" is ${q.type}, not many-of: use equals`);
        return;
      }
      values.forEach((v, i) => {
        if (!options(q).includes(v)) {
          const at = key === 'includes' ? `${path}/includes/value` : `${path}/includesAny/values/${i}`;
          c.error(at, `"${v}" is not an option of "${q.id}" (${options(q).join(', ')})`);
        }
      });
    } else if ('number' in cond) {
      const q = question(cond.number.question, `${path}/number/question`);
      if (q && q.type !== 'number') c.error(`${path}/number/question`, `"${q.id}" is ${q.type}, not number`);
    }
  };

  questions.forEach((q, i) => {
    const at = `/questionnaire/questions/${i}`;
    if (q.section !== undefined && !sections.has(q.section))
      c.error(`${at}/section`, `"${q.section}" is not a section`);
    if (q.type === 'one-of' || q.type === 'many-of') {
      duplicates(
        c,
        q.options.map((o, j) => ({ id: o.value, path: `${at}/options/${j}/value` })),
        'option value',
      );
    }
    if (q.type === 'number' && q.min !== undefined && q.max !== undefined && q.min > q.max) {
      c.error(`${at}/max`, 'must not be below min');
    }
    if (q.showIf !== undefined) checkCondition(q.showIf, `${at}/showIf`, { before: i, outcomeAllowed: false }, false);
  });

  for (const [name, cond] of Object.entries(named)) {
    checkCondition(cond, `/conditions/${name}`, { outcomeAllowed: true }, false);
  }

  policy.rules.forEach((rule, i) => {
    checkCondition(rule.when, `/rules/${i}/when`, { outcomeAllowed: true }, false);
    if (!sources.has(rule.source.id)) c.error(`/rules/${i}/source/id`, `"${rule.source.id}" is not a source`);
    // The shape is right (a real date), but a rule dated 1926 or 2226 is a typing error: it would always or never apply.
    const year = rule.appliesFrom === undefined ? null : Number(rule.appliesFrom.slice(0, 4));
    const [first, last] = APPLIES_FROM_YEARS;
    if (year !== null && (year < first || year > last)) {
      c.error(
        `/rules/${i}/appliesFrom`,
        `${year} is not a plausible year for a rule to apply from (${first} to ${last})`,
      );
    }
  });

  if (!sources.has(policy.priorConsultation.source)) {
    c.error('/priorConsultation/source', `"${policy.priorConsultation.source}" is not a source`);
  }
}
