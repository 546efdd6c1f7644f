// Generated from libs/domain/src/policy/commission.ts by `npm run generate:dashboard`; do not edit.
import type { Policy } from './types.js';
/** The `commission` section of a policy: the calendar's rules. Optional; DEFAULT_COMMISSION_POLICY fills it in. */
export interface CommissionPolicy {
    /** Working days before a meeting by which the case owner's documents must be in (0: the meeting itself). */
    submissionDeadlineWorkingDays: number;
    /** Working days before the submission deadline on which the case owner is reminded (0: no reminder). */
    submissionReminderWorkingDays: number;
}
export declare const DEFAULT_COMMISSION_POLICY: CommissionPolicy;
export declare const COMMISSION_POLICY_RANGES: Record<keyof CommissionPolicy, [number, number]>;
export declare function commissionPolicy(policy: Pick<Policy, 'commission'>): CommissionPolicy;
