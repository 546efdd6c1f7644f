import { parseIsoDuration, type DeadlineSpec } from '../deadline';
import { GATE_IDS } from '../gates';
import { isRole } from '../roles';
import { checkCouncilLetterShape } from './council-letter';
import { checkCommissionShape, checkRegistersShape } from './commission-shape';
import { checkChangesShape, checkCouncilInformationShape } from './council-information';
import { isAppliesFrom, isCalendarDate } from './in-force';
import { OUTCOME_DIMENSIONS, OUTCOME_SCALES, QUESTION_TYPES, RISK_LEVELS, SOURCE_KINDS } from './types';
import { hasOwn, pointer, type Checker, type Json } from './validate-checker';

// A policy document's shape: what `policy/policy.schema.json` says, checked without any library.

const URL_PATTERN = /^https?:\/\/[^\s]+$/;

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

/** Allowed range of each policy limit; historyEvents stays well under Temporal's 51,200 events per run. */
const LIMIT_RANGES = {
  holds: [1, 100_000],
  reflectionRequests: [1, 1_000],
  questionRounds: [1, 1_000],
  amendments: [1, 1_000],
  historyEvents: [500, 40_000],
} as const;

export function checkShape(c: Checker, value: unknown): void {
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
    [
      'description',
      'conditions',
      'limits',
      'councilLetter',
      'registers',
      'commission',
      'councilInformation',
      'changes',
    ],
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
      const o = c.object(rule, at, ['id', 'when', 'then', 'reason', 'source'], ['appliesFrom']);
      if (!o) return;
      if (hasOwn(o, 'id')) c.id(o.id, pointer(at, 'id'));
      if (hasOwn(o, 'appliesFrom') && !isAppliesFrom(o.appliesFrom)) {
        c.error(
          pointer(at, 'appliesFrom'),
          'must be a date (2027-08-02) or an instant with its offset (2027-08-02T00:00:00+02:00)',
        );
      }
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
    // The publication gate is optional: policy versions from before it get DEFAULT_PUBLICATION_TIMING.
    const gates = c.object(
      root.gates,
      '/gates',
      GATE_IDS.filter((g) => g !== 'publication'),
      ['publication'],
    );
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

  if (hasOwn(root, 'commission')) checkCommissionShape(c, root.commission, '/commission');
  if (hasOwn(root, 'councilInformation')) {
    checkCouncilInformationShape(c, root.councilInformation, '/councilInformation');
  }
  if (hasOwn(root, 'changes')) checkChangesShape(c, root.changes, '/changes');

  if (hasOwn(root, 'councilLetter')) checkCouncilLetterShape(c, root.councilLetter, '/councilLetter');

  if (hasOwn(root, 'registers')) checkRegistersShape(c, root.registers, '/registers');
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
