import { endOfLocalDay } from '../calendar';
import type { Policy, Rule } from './types';

/** A dated rule that does not apply yet at a moment, and the instant from which it does. */
export interface RuleComingIntoForce {
  ruleId: string;
  /** The rule's `appliesFrom` as written in the policy */
  appliesFrom: string;
  /** ISO instant from which it applies */
  at: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * How `appliesFrom` is written: a date, or an instant to the second (milliseconds at most) with `Z` or an offset.
 * Kept equal to the pattern of `appliesFrom` in policy/policy.schema.json.
 */
export const APPLIES_FROM_PATTERN =
  /^(\d{4}-\d{2}-\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,3})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d))?$/;

/** The years a rule may be dated in: a date outside them is a typing error, not a plan. */
export const APPLIES_FROM_YEARS = [2000, 2100] as const;

/** A date written as YYYY-MM-DD that exists in the calendar (no 30 February). */
export function isCalendarDate(text: string): boolean {
  const m = DATE_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/**
 * Whether `value` is an `appliesFrom` as a policy may write it: a real calendar date, or an instant with an explicit
 * offset that `Date.parse` reads (an instant without offset would depend on the reader's time zone). Anything else,
 * however long or strange, is simply not one; the length bound keeps the check cheap for hostile input.
 */
export function isAppliesFrom(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  const m = APPLIES_FROM_PATTERN.exec(value);
  return m !== null && isCalendarDate(m[1]) && !Number.isNaN(Date.parse(value));
}

/**
 * The instant (ms) from which a rule applies, or null when it carries no date (it always applies). A date is the
 * start of that day in the municipality's time zone (the first millisecond after the previous day ends), so an
 * obligation "from 2 August" applies from midnight in Enschede, not in UTC. Unparseable dates are refused when a
 * policy is validated; here they count as "always", never as "never".
 */
export function ruleInForceFrom(rule: Pick<Rule, 'appliesFrom'>): number | null {
  const from = rule.appliesFrom;
  if (from === undefined) return null;
  if (DATE_ONLY.test(from)) {
    const [y, m, d] = from.split('-').map(Number) as [number, number, number];
    const previous = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
    return endOfLocalDay(previous).getTime() + 1;
  }
  const ms = Date.parse(from);
  return Number.isNaN(ms) ? null : ms;
}

/** Whether a rule applies at `onMs`. */
export function ruleInForce(rule: Pick<Rule, 'appliesFrom'>, onMs: number): boolean {
  const from = ruleInForceFrom(rule);
  return from === null || from <= onMs;
}

/** The policy's rules that come into force after `afterIso`, earliest first (the same instant: policy order). */
export function rulesComingIntoForce(policy: Pick<Policy, 'rules'>, afterIso: string): RuleComingIntoForce[] {
  const after = Date.parse(afterIso);
  const out: Array<RuleComingIntoForce & { ms: number }> = [];
  for (const rule of policy.rules) {
    const ms = ruleInForceFrom(rule);
    if (ms === null || ms <= after || rule.appliesFrom === undefined) continue;
    out.push({ ruleId: rule.id, appliesFrom: rule.appliesFrom, at: new Date(ms).toISOString(), ms });
  }
  return out.sort((a, b) => a.ms - b.ms).map(({ ms: _ms, ...r }) => r);
}
