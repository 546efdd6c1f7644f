// Generated from libs/domain/src/policy/commission.ts by `npm run generate:dashboard`; do not edit.
import { hasOwn, pointer } from './validate-checker.js';
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
/** The `commission` section's shape: each setting optional, a whole number in its range. */
export function checkCommissionShape(c, value, path) {
    const keys = Object.keys(COMMISSION_POLICY_RANGES);
    const section = c.object(value, path, [], keys);
    if (!section)
        return;
    for (const key of keys) {
        if (!hasOwn(section, key))
            continue;
        const [min, max] = COMMISSION_POLICY_RANGES[key];
        const v = section[key];
        if (!Number.isSafeInteger(v) || v < min || v > max) {
            c.error(pointer(path, key), `must be a whole number from ${min} to ${max}`);
        }
    }
}
