// Generated from libs/domain/src/policy/commission.ts by `npm run generate:dashboard`; do not edit.
export const DEFAULT_COMMISSION_POLICY = {
    submissionDeadlineWorkingDays: 10,
    submissionReminderWorkingDays: 3,
};
export const COMMISSION_POLICY_RANGES = {
    submissionDeadlineWorkingDays: [0, 100],
    submissionReminderWorkingDays: [0, 50],
};
export function commissionPolicy(policy) {
    return { ...DEFAULT_COMMISSION_POLICY, ...(policy.commission ?? {}) };
}
