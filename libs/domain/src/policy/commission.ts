import type { Policy } from './types';

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
