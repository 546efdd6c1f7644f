import type { Policy } from './types';
import { hasOwn, pointer, type Checker } from './validate-checker';

/** The `commission` section of a policy: the calendar's rules. Optional; DEFAULT_COMMISSION_POLICY fills it in. */
export interface CommissionPolicy {
  /** Working days before a meeting by which the case owner's documents must be in (0: the meeting itself). */
  submissionDeadlineWorkingDays: number;
  /** Working days before the submission deadline on which the case owner is reminded (0: no reminder). */
  submissionReminderWorkingDays: number;
}

export const DEFAULT_COMMISSION_POLICY: CommissionPolicy = {
  submissionDeadlineWorkingDays: 10,
  submissionReminderWorkingDays: 3,
};

export const COMMISSION_POLICY_RANGES: Record<keyof CommissionPolicy, [number, number]> = {
  submissionDeadlineWorkingDays: [0, 100],
  submissionReminderWorkingDays: [0, 50],
};

export function commissionPolicy(policy: Pick<Policy, 'commission'>): CommissionPolicy {
  return { ...DEFAULT_COMMISSION_POLICY, ...(policy.commission ?? {}) };
}

/** The `commission` section's shape: each setting optional, a whole number in its range. */
export function checkCommissionShape(c: Checker, value: unknown, path: string): void {
  const keys = Object.keys(COMMISSION_POLICY_RANGES) as Array<keyof CommissionPolicy>;
  const section = c.object(value, path, [], keys);
  if (!section) return;
  for (const key of keys) {
    if (!hasOwn(section, key)) continue;
    const [min, max] = COMMISSION_POLICY_RANGES[key];
    const v = section[key];
    if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max) {
      c.error(pointer(path, key), `must be a whole number from ${min} to ${max}`);
    }
  }
}
