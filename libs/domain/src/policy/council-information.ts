import type { LocalizedText } from './types';
import { hasOwn, pointer, type Checker } from './validate-checker';

/**
 * When the council is informed besides what the quick-scan outcome says (`council: required`): after a decision that
 * deviates from an advice (the DPO's, or the Ethics Commission's reflection), the portfolio holder tells the council
 * why. Optional: versions before it (version 1) have none, and their projects keep the route they were given.
 */
export interface CouncilInformationPolicy {
  /** A decision that deviates from an advice brings the council-information gate onto the route. */
  whenDecisionDeviatesFromAdvice: boolean;
}

/** One change a version makes to the one before it, with the reason: the record of a policy decision. */
export interface PolicyChange {
  /** The rule it concerns, when it concerns one (a rule that was removed is named by its old id). */
  rule?: string;
  what: LocalizedText;
  why: LocalizedText;
}

export function checkCouncilInformationShape(c: Checker, value: unknown, path: string): void {
  const section = c.object(value, path, [], ['whenDecisionDeviatesFromAdvice']);
  if (!section || !hasOwn(section, 'whenDecisionDeviatesFromAdvice')) return;
  if (typeof section.whenDecisionDeviatesFromAdvice !== 'boolean') {
    c.error(pointer(path, 'whenDecisionDeviatesFromAdvice'), 'must be true or false');
  }
}

export function checkChangesShape(c: Checker, value: unknown, path: string): void {
  c.array(value, path, 1)?.forEach((item, i) => {
    const at = pointer(path, i);
    const o = c.object(item, at, ['what', 'why'], ['rule']);
    if (!o) return;
    if (hasOwn(o, 'rule')) c.id(o.rule, pointer(at, 'rule'));
    if (hasOwn(o, 'what')) c.text(o.what, pointer(at, 'what'));
    if (hasOwn(o, 'why')) c.text(o.why, pointer(at, 'why'));
  });
}

/** Whether a decision with these responses to advice brings the council in, under this policy. */
export function councilAfterDeviation(
  policy: { councilInformation?: Partial<CouncilInformationPolicy> },
  responses: ReadonlyArray<{ adviceId: string; response: string }>,
): string[] {
  if (policy.councilInformation?.whenDecisionDeviatesFromAdvice !== true) return [];
  return responses.filter((r) => r.response === 'deviate').map((r) => r.adviceId);
}
