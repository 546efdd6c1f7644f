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
