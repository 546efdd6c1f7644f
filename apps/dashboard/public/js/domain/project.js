// Generated from libs/domain/src/project.ts by `npm run generate:dashboard`; do not edit.
export const TECHNOLOGIES = ['sensor', 'camera', 'drone', 'algorithm', 'ai', 'app', 'data-linking', 'other'];
export const PROJECT_STATUSES = [
    'active',
    'on-hold',
    'stopped',
    'withdrawn',
    'rejected',
    'approved',
    'in-use',
];
/** The statuses of a closed project: its workflow has ended and takes no action any more. */
export const CLOSED_PROJECT_STATUSES = ['stopped', 'withdrawn', 'rejected'];
export const DECISION_OUTCOMES = ['approved', 'approved-with-conditions', 'rejected', 'returned'];
/** The activities whose failure can put a project in need of attention. */
export const ATTENTION_ACTIVITIES = [
    'publishTransition',
    'planTask',
    'planAfter',
    'loadActivePolicy',
    'reserveCommissionSlot',
];
export const CONTRIBUTIONS = [
    'owner',
    'quick-scan',
    'dpia',
    'commission-answers',
    'commission-documents',
    'amendment',
    'register-entry',
];
/** A UUID of any version, as project, webhook and event ids are written (case-insensitive). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function workflowIdFor(projectId) {
    return `project-${projectId}`;
}
/** The project whose workflow this is (the inverse of workflowIdFor); null for any other workflow. */
export function projectIdOfWorkflow(workflowId) {
    return /^project-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(workflowId)?.[1] ?? null;
}
/** A SHA-256 digest as documents and audit hashes are written: 64 lower-case hex characters. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;
