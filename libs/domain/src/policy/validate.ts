import { parseDeadlineSpec, parseIsoDuration, type DeadlineSpec } from '../deadline';
import { GATE_IDS } from '../gates';
import { isRole } from '../roles';
import { questionsReferenced } from './conditions';
import {
  OUTCOME_DIMENSIONS,
  OUTCOME_SCALES,
  QUESTION_TYPES,
  RISK_LEVELS,
  SOURCE_KINDS,
  type Condition,
  type Policy,
  type Question,
} from './types';

/**
 * Checks an already parsed policy document (YAML or JSON, parsed elsewhere) without any library, so workflow code
 * and the browser can use it too. It covers what `policy/policy.schema.json` says about the shape, plus what a
 * schema cannot say: references between ids, option values, `showIf` looking only back, acyclic named
 * conditions, durations that parse. `scripts/policy-check.mjs` does the same with ajv plus its own cross-checks.
 *
 * Paths are JSON Pointers (RFC 6901), the form ajv reports: "/rules/3/when/all/0".
 */
export interface PolicyValidationError {
  path: string;
  message: string;
}

export type PolicyValidationResult = { ok: true; policy: Policy } | { ok: false; errors: PolicyValidationError[] };

export const POLICY_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The spelling policy files use for durations: the subset of what `parseDeadlineSpec` reads that is also
 * expressible as a JSON Schema pattern (no case folding). Zero durations match here and are refused by the parser.
 */
export const POLICY_DURATION_PATTERN =
  /^(?:[1-9]\d*\s?(?:wd|werkdagen?|working days?)|P(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$/;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const URL_PATTERN = /^https?:\/\/[^\s]+$/;

type Json = Record<string, unknown>;

const pointer = (path: string, key: string | number): string =>
  `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;

const hasOwn = (o: Json, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key) && o[key] !== undefined;

class Checker {
  readonly errors: PolicyValidationError[] = [];

  error(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  /** An object with exactly the allowed keys; returns it when it is an object at all, so checks can go on. */
  object(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Json | null {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.error(path, 'must be an object');
      return null;
    }
    const o = value as Json;
    for (const key of required) if (!hasOwn(o, key)) this.error(path, `must have "${key}"`);
    for (const key of Object.keys(o)) {
      if (!required.includes(key) && !optional.includes(key)) this.error(pointer(path, key), 'is not a known field');
    }
    return o;
  }

  array(value: unknown, path: string, minItems = 0): unknown[] | null {
    if (!Array.isArray(value)) {
      this.error(path, 'must be a list');
      return null;
    }
    const items = value as unknown[];
    if (items.length < minItems) this.error(path, `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`);
    return items;
  }

  string(value: unknown, path: string, pattern?: RegExp, what?: string): value is string {
    if (typeof value !== 'string' || value.trim() === '') {
      this.error(path, 'must be a non-empty string');
      return false;
    }
    if (pattern && !pattern.test(value)) {
      this.error(path, `"${value}" is not ${what ?? `of the form ${pattern.source}`}`);
      return false;
    }
    return true;
  }

  id(value: unknown, path: string): value is string {
    return this.string(value, path, POLICY_ID_PATTERN, 'a lower-case kebab-case id');
  }

  finiteNumber(value: unknown, path: string): value is number {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.error(path, 'must be a finite number');
      return false;
    }
    return true;
  }

  text(value: unknown, path: string): void {
    const o = this.object(value, path, ['nl', 'en']);
    if (!o) return;
    if (hasOwn(o, 'nl')) this.string(o.nl, pointer(path, 'nl'));
    if (hasOwn(o, 'en')) this.string(o.en, pointer(path, 'en'));
  }

  oneOf<T>(value: unknown, path: string, allowed: readonly T[]): value is T {
    if (!allowed.includes(value as T)) {
      this.error(path, `must be one of: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`);
      return false;
    }
    return true;
  }

  duration(value: unknown, path: string): DeadlineSpec | null {
    if (!this.string(value, path, POLICY_DURATION_PATTERN, 'a duration such as "10wd", "P8W" or "PT3S"')) return null;
    try {
      return parseDeadlineSpec(value);
    } catch (e) {
      this.error(path, (e as Error).message);
      return null;
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Shape

const CONDITION_KEYS = [
  'all',
  'any',
  'not',
  'atLeast',
  'equals',
  'includes',
  'includesAny',
  'number',
  'ref',
  'outcome',
];

function checkConditionShape(c: Checker, value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    c.error(path, `must be a condition: an object with one of ${CONDITION_KEYS.join(', ')}`);
    return;
  }
  const keys = Object.keys(value as Json).filter((k) => hasOwn(value as Json, k));
  if (keys.length !== 1 || !CONDITION_KEYS.includes(keys[0])) {
    c.error(path, `must have exactly one of ${CONDITION_KEYS.join(', ')} (has ${keys.join(', ') || 'none'})`);
    return;
  }
  const key = keys[0];
  const body = (value as Json)[key];
  const at = pointer(path, key);
  switch (key) {
    case 'all':
    case 'any':
      c.array(body, at, 1)?.forEach((part, i) => checkConditionShape(c, part, pointer(at, i)));
      return;
    case 'not':
      checkConditionShape(c, body, at);
      return;
    case 'atLeast': {
      const o = c.object(body, at, ['count', 'of']);
      if (!o) return;
      if (hasOwn(o, 'count') && (!Number.isInteger(o.count) || (o.count as number) < 1)) {
        c.error(pointer(at, 'count'), 'must be a whole number of at least 1');
      }
      if (hasOwn(o, 'of'))
        c.array(o.of, pointer(at, 'of'), 1)?.forEach((p, i) =>
          checkConditionShape(c, p, pointer(pointer(at, 'of'), i)),
        );
      return;
    }
    case 'equals': {
      const o = c.object(body, at, ['question', 'value']);
      if (!o) return;
      if (hasOwn(o, 'question')) c.id(o.question, pointer(at, 'question'));
      if (hasOwn(o, 'value') && !['boolean', 'number', 'string'].includes(typeof o.value)) {
        c.error(pointer(at, 'value'), 'must be true, false, a number or an option value');
      }
      return;
    }
    case 'includes': {
      const o = c.object(body, at, ['question', 'value']);
      if (!o) return;
      if (hasOwn(o, 'question')) c.id(o.question, pointer(at, 'question'));
      if (hasOwn(o, 'value')) c.id(o.value, pointer(at, 'value'));
      return;
    }
    case 'includesAny': {
      const o = c.object(body, at, ['question', 'values']);
      if (!o) return;
      if (hasOwn(o, 'question')) c.id(o.question, pointer(at, 'question'));
      if (hasOwn(o, 'values')) {
        const values = c.array(o.values, pointer(at, 'values'), 1);
        values?.forEach((v, i) => c.id(v, pointer(pointer(at, 'values'), i)));
        if (values && new Set(values).size !== values.length) c.error(pointer(at, 'values'), 'lists a value twice');
      }
      return;
    }
    case 'number': {
      const o = c.object(body, at, ['question'], ['gt', 'gte', 'lt', 'lte']);
      if (!o) return;
      if (hasOwn(o, 'question')) c.id(o.question, pointer(at, 'question'));
      const bounds = ['gt', 'gte', 'lt', 'lte'].filter((b) => hasOwn(o, b));
      if (bounds.length === 0) c.error(at, 'must have at least one of gt, gte, lt, lte');
      for (const b of bounds) c.finiteNumber(o[b], pointer(at, b));
      return;
    }
    case 'ref':
      c.id(body, at);
      return;
    case 'outcome': {
      const o = c.object(body, at, ['dimension', 'atLeast']);
      if (!o || !hasOwn(o, 'dimension')) return;
      if (c.oneOf(o.dimension, pointer(at, 'dimension'), OUTCOME_DIMENSIONS) && hasOwn(o, 'atLeast')) {
        const scale: readonly unknown[] = OUTCOME_SCALES[o.dimension];
        c.oneOf(o.atLeast, pointer(at, 'atLeast'), scale);
      }
      return;
    }
  }
}

function checkTiming(c: Checker, value: unknown, path: string, allowTasks: boolean): void {
  const o = c.object(value, path, ['assignee', 'deadline', 'remindBefore', 'escalation'], allowTasks ? ['tasks'] : []);
  if (!o) return;
  if (hasOwn(o, 'assignee') && !isRole(o.assignee))
    c.error(pointer(path, 'assignee'), `"${String(o.assignee)}" is not a role`);
  const deadline = hasOwn(o, 'deadline') ? c.duration(o.deadline, pointer(path, 'deadline')) : null;
  if (hasOwn(o, 'remindBefore')) {
    const at = pointer(path, 'remindBefore');
    c.array(o.remindBefore, at)?.forEach((r, i) => {
      const reminder = c.duration(r, pointer(at, i));
      if (
        deadline &&
        reminder &&
        compareDurations(reminder, deadline) !== null &&
        compareDurations(reminder, deadline)! >= 0
      ) {
        c.error(
          pointer(at, i),
          `a reminder ${String(r)} before a deadline of ${String(o.deadline)} would come before the task starts`,
        );
      }
    });
  }
  if (hasOwn(o, 'escalation')) {
    const at = pointer(path, 'escalation');
    c.array(o.escalation, at)?.forEach((step, i) => {
      const s = c.object(step, pointer(at, i), ['role', 'after']);
      if (!s) return;
      if (hasOwn(s, 'role') && !isRole(s.role))
        c.error(pointer(pointer(at, i), 'role'), `"${String(s.role)}" is not a role`);
      if (hasOwn(s, 'after')) c.duration(s.after, pointer(pointer(at, i), 'after'));
    });
  }
  if (hasOwn(o, 'tasks')) {
    const at = pointer(path, 'tasks');
    const tasks = c.object(o.tasks, at, [], Object.keys((o.tasks as Json) ?? {}));
    if (tasks) {
      for (const [name, task] of Object.entries(tasks)) {
        c.id(name, pointer(at, name));
        checkTiming(c, task, pointer(at, name), false);
      }
    }
  }
}

/**
 * Compares two durations when that is meaningful without a calendar: both in working days, or both calendar
 * durations without months or years. Returns null otherwise (e.g. "P2W" against "10wd").
 */
export function compareDurations(a: DeadlineSpec, b: DeadlineSpec): number | null {
  if (a.kind === 'working-days' && b.kind === 'working-days') return a.days - b.days;
  if (a.kind === 'calendar' && b.kind === 'calendar') {
    const secs = (d: string): number | null => {
      const p = parseIsoDuration(d);
      if (p.years || p.months) return null;
      return (((p.weeks * 7 + p.days) * 24 + p.hours) * 60 + p.minutes) * 60 + p.seconds;
    };
    const x = secs(a.duration);
    const y = secs(b.duration);
    return x === null || y === null ? null : x - y;
  }
  return null;
}

function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/** Allowed range of each policy limit; historyEvents stays well under Temporal's 51,200 events per run. */
const LIMIT_RANGES = {
  holds: [1, 100_000],
  reflectionRequests: [1, 1_000],
  questionRounds: [1, 1_000],
  amendments: [1, 1_000],
  historyEvents: [500, 40_000],
} as const;

function checkShape(c: Checker, value: unknown): void {
  const root = c.object(
    value,
    '',
    [
      'id',
      'version',
      'effectiveFrom',
      'title',
      'sources',
      'questionnaire',
      'rules',
      'gates',
      'priorConsultation',
      'reevaluation',
    ],
    ['description', 'conditions', 'limits'],
  );
  if (!root) return;
  if (hasOwn(root, 'id')) c.id(root.id, '/id');
  if (hasOwn(root, 'version') && (!Number.isSafeInteger(root.version) || (root.version as number) < 1)) {
    c.error('/version', 'must be a whole number of at least 1');
  }
  if (
    hasOwn(root, 'effectiveFrom') &&
    (typeof root.effectiveFrom !== 'string' || !isCalendarDate(root.effectiveFrom))
  ) {
    c.error('/effectiveFrom', 'must be a date written as YYYY-MM-DD');
  }
  if (hasOwn(root, 'title')) c.text(root.title, '/title');
  if (hasOwn(root, 'description')) c.text(root.description, '/description');

  if (hasOwn(root, 'sources')) {
    c.array(root.sources, '/sources', 1)?.forEach((s, i) => {
      const at = pointer('/sources', i);
      const o = c.object(s, at, ['id', 'kind', 'citation', 'title'], ['url']);
      if (!o) return;
      if (hasOwn(o, 'id')) c.id(o.id, pointer(at, 'id'));
      if (hasOwn(o, 'kind')) c.oneOf(o.kind, pointer(at, 'kind'), SOURCE_KINDS);
      if (hasOwn(o, 'citation')) c.string(o.citation, pointer(at, 'citation'));
      if (hasOwn(o, 'title')) c.text(o.title, pointer(at, 'title'));
      if (hasOwn(o, 'url')) c.string(o.url, pointer(at, 'url'), URL_PATTERN, 'an http(s) URL');
    });
  }

  if (hasOwn(root, 'questionnaire')) {
    const q = c.object(root.questionnaire, '/questionnaire', ['sections', 'questions']);
    if (q && hasOwn(q, 'sections')) {
      c.array(q.sections, '/questionnaire/sections')?.forEach((s, i) => {
        const at = pointer('/questionnaire/sections', i);
        const o = c.object(s, at, ['id', 'title']);
        if (o && hasOwn(o, 'id')) c.id(o.id, pointer(at, 'id'));
        if (o && hasOwn(o, 'title')) c.text(o.title, pointer(at, 'title'));
      });
    }
    if (q && hasOwn(q, 'questions')) {
      c.array(q.questions, '/questionnaire/questions', 1)?.forEach((question, i) =>
        checkQuestionShape(c, question, pointer('/questionnaire/questions', i)),
      );
    }
  }

  if (hasOwn(root, 'conditions')) {
    const named = c.object(root.conditions, '/conditions', [], Object.keys((root.conditions as Json) ?? {}));
    if (named) {
      for (const [name, cond] of Object.entries(named)) {
        c.id(name, pointer('/conditions', name));
        checkConditionShape(c, cond, pointer('/conditions', name));
      }
    }
  }

  if (hasOwn(root, 'rules')) {
    c.array(root.rules, '/rules', 1)?.forEach((rule, i) => {
      const at = pointer('/rules', i);
      const o = c.object(rule, at, ['id', 'when', 'then', 'reason', 'source']);
      if (!o) return;
      if (hasOwn(o, 'id')) c.id(o.id, pointer(at, 'id'));
      if (hasOwn(o, 'when')) checkConditionShape(c, o.when, pointer(at, 'when'));
      if (hasOwn(o, 'then')) {
        const then = c.object(o.then, pointer(at, 'then'), [], OUTCOME_DIMENSIONS);
        if (then) {
          if (Object.keys(then).length === 0) c.error(pointer(at, 'then'), 'must set at least one outcome');
          for (const dimension of OUTCOME_DIMENSIONS) {
            if (!hasOwn(then, dimension)) continue;
            const allowed = dimension === 'sensorRegister' ? [true] : (OUTCOME_SCALES[dimension] as readonly unknown[]);
            c.oneOf(then[dimension], pointer(pointer(at, 'then'), dimension), allowed);
          }
        }
      }
      if (hasOwn(o, 'reason')) {
        const r = c.object(o.reason, pointer(at, 'reason'), ['id', 'text']);
        if (r && hasOwn(r, 'id')) c.id(r.id, pointer(pointer(at, 'reason'), 'id'));
        if (r && hasOwn(r, 'text')) c.text(r.text, pointer(pointer(at, 'reason'), 'text'));
      }
      if (hasOwn(o, 'source')) {
        const s = c.object(o.source, pointer(at, 'source'), ['id'], ['pinpoint']);
        if (s && hasOwn(s, 'id')) c.id(s.id, pointer(pointer(at, 'source'), 'id'));
        if (s && hasOwn(s, 'pinpoint')) c.string(s.pinpoint, pointer(pointer(at, 'source'), 'pinpoint'));
      }
    });
  }

  if (hasOwn(root, 'gates')) {
    const gates = c.object(root.gates, '/gates', GATE_IDS);
    if (gates)
      for (const gate of GATE_IDS) if (hasOwn(gates, gate)) checkTiming(c, gates[gate], pointer('/gates', gate), true);
  }

  if (hasOwn(root, 'priorConsultation')) {
    const p = c.object(root.priorConsultation, '/priorConsultation', ['term', 'extension', 'source']);
    if (p && hasOwn(p, 'term')) c.duration(p.term, '/priorConsultation/term');
    if (p && hasOwn(p, 'extension')) c.duration(p.extension, '/priorConsultation/extension');
    if (p && hasOwn(p, 'source')) c.id(p.source, '/priorConsultation/source');
  }

  if (hasOwn(root, 'reevaluation')) {
    const r = c.object(root.reevaluation, '/reevaluation', RISK_LEVELS);
    if (r) for (const level of RISK_LEVELS) if (hasOwn(r, level)) c.duration(r[level], pointer('/reevaluation', level));
  }

  if (hasOwn(root, 'limits')) {
    const keys = Object.keys(LIMIT_RANGES) as Array<keyof typeof LIMIT_RANGES>;
    const l = c.object(root.limits, '/limits', [], keys);
    if (l) {
      for (const key of keys) {
        if (!hasOwn(l, key)) continue;
        const [min, max] = LIMIT_RANGES[key];
        const v = l[key];
        if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max) {
          c.error(pointer('/limits', key), `must be a whole number from ${min} to ${max}`);
        }
      }
    }
  }
}

function checkQuestionShape(c: Checker, value: unknown, path: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    c.error(path, 'must be an object');
    return;
  }
  const type = (value as Json).type;
  const extra =
    type === 'one-of' || type === 'many-of' ? ['options'] : type === 'number' ? ['min', 'max', 'integer', 'unit'] : [];
  const o = c.object(
    value,
    path,
    ['id', 'type', 'text', 'help', ...(type === 'one-of' || type === 'many-of' ? ['options'] : [])],
    ['section', 'showIf', ...extra],
  );
  if (!o) return;
  if (hasOwn(o, 'id')) c.id(o.id, pointer(path, 'id'));
  if (hasOwn(o, 'type')) c.oneOf(o.type, pointer(path, 'type'), QUESTION_TYPES);
  if (hasOwn(o, 'section')) c.id(o.section, pointer(path, 'section'));
  if (hasOwn(o, 'text')) c.text(o.text, pointer(path, 'text'));
  if (hasOwn(o, 'help')) c.text(o.help, pointer(path, 'help'));
  if (hasOwn(o, 'showIf')) checkConditionShape(c, o.showIf, pointer(path, 'showIf'));
  if (hasOwn(o, 'options')) {
    const at = pointer(path, 'options');
    c.array(o.options, at, type === 'one-of' ? 2 : 1)?.forEach((opt, i) => {
      const oo = c.object(opt, pointer(at, i), ['value', 'label'], ['help']);
      if (!oo) return;
      if (hasOwn(oo, 'value')) c.id(oo.value, pointer(pointer(at, i), 'value'));
      if (hasOwn(oo, 'label')) c.text(oo.label, pointer(pointer(at, i), 'label'));
      if (hasOwn(oo, 'help')) c.text(oo.help, pointer(pointer(at, i), 'help'));
    });
  }
  if (type === 'number') {
    if (hasOwn(o, 'min')) c.finiteNumber(o.min, pointer(path, 'min'));
    if (hasOwn(o, 'max')) c.finiteNumber(o.max, pointer(path, 'max'));
    if (hasOwn(o, 'integer') && typeof o.integer !== 'boolean')
      c.error(pointer(path, 'integer'), 'must be true or false');
    if (hasOwn(o, 'unit')) c.text(o.unit, pointer(path, 'unit'));
  }
}

// ---------------------------------------------------------------------------------------------------------------
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

function checkMeaning(c: Checker, policy: Policy): void {
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
  });

  if (!sources.has(policy.priorConsultation.source)) {
    c.error('/priorConsultation/source', `"${policy.priorConsultation.source}" is not a source`);
  }
}

/** Plain data in, a typed policy (a fresh copy, sharing nothing with the input) or every problem found out. */
export function validatePolicy(obj: unknown): PolicyValidationResult {
  const c = new Checker();
  checkShape(c, obj);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const policy = JSON.parse(JSON.stringify(obj)) as Policy;
  if (policy.conditions === undefined) policy.conditions = {};
  checkMeaning(c, policy);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, policy };
}
