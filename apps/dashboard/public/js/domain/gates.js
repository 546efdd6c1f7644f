// Generated from libs/domain/src/gates.ts by `npm run generate:dashboard`; do not edit.
export const GATE_IDS = [
    'quick-scan',
    'dpia',
    'commission-reflection',
    'portfolio-decision',
    // Publication in the public registers (algorithm and sensor register): after the decision, before the council
    // letter, so the letter can cite the published entry. See ./registers.
    'publication',
    'council-information',
];
export const GATE_STATES = ['not-required', 'pending', 'active', 'waiting', 'completed', 'returned'];
/** The earlier gates, in route order, that a decision can send a project back to (those on its route). */
export const RETURNABLE_GATES = ['quick-scan', 'dpia', 'commission-reflection'];
export function isGateId(value) {
    return typeof value === 'string' && GATE_IDS.includes(value);
}
/** The steps inside the gates: each step is where a gate waits for someone (or, `await-meeting`, for a date). */
export const GATE_STEPS = [
    'answer-quick-scan',
    'submit-dpia',
    'dpo-advice',
    'prior-consultation',
    'schedule-meeting',
    'await-meeting',
    // The case owner's submission deadline while the case is on a meeting: a task beside the gate's own step.
    'submit-documents',
    'answer-questions',
    'record-reflection',
    'decide',
    'prepare-register-entry',
    'publish-register-entry',
    'inform-council',
];
export function isGateStep(value) {
    return typeof value === 'string' && GATE_STEPS.includes(value);
}
/** The step a gate opens with (a `step-opened` event for it is the gate opening; later steps are not). */
export const FIRST_STEP = {
    'quick-scan': 'answer-quick-scan',
    dpia: 'submit-dpia',
    'commission-reflection': 'schedule-meeting',
    'portfolio-decision': 'decide',
    publication: 'prepare-register-entry',
    'council-information': 'inform-council',
};
/** The gate each step belongs to. */
export const STEP_GATE = {
    'answer-quick-scan': 'quick-scan',
    'submit-dpia': 'dpia',
    'dpo-advice': 'dpia',
    'prior-consultation': 'dpia',
    'schedule-meeting': 'commission-reflection',
    'await-meeting': 'commission-reflection',
    'submit-documents': 'commission-reflection',
    'answer-questions': 'commission-reflection',
    'record-reflection': 'commission-reflection',
    decide: 'portfolio-decision',
    'prepare-register-entry': 'publication',
    'publish-register-entry': 'publication',
    'inform-council': 'council-information',
};
/**
 * Who may act on each step: one of these roles, and `case-owner` only on their own project (the lifecycle's checks
 * and the dashboard's task list read this one table).
 */
export const STEP_ROLES = {
    'answer-quick-scan': ['case-owner'],
    'submit-dpia': ['case-owner', 'privacy-officer'],
    'dpo-advice': ['dpo'],
    'prior-consultation': ['dpo', 'privacy-officer'],
    'schedule-meeting': ['ethics-secretary'],
    'await-meeting': ['ethics-secretary'],
    'submit-documents': ['case-owner'],
    'answer-questions': ['case-owner'],
    'record-reflection': ['ethics-secretary'],
    decide: ['portfolio-holder'],
    'prepare-register-entry': ['case-owner'],
    'publish-register-entry': ['cio-office'],
    'inform-council': ['council-liaison'],
};
