// Generated from libs/domain/src/audit-actions.ts by `npm run generate:dashboard`; do not edit.
/**
 * Every action name the audit trail knows, in one place: the workflow's transitions, the API's own entries (policy
 * activations, webhook subscriptions, refused attempts) and what the persistence layer writes. Stored as text in
 * `audit_event.action`; webhooks and metrics select on them.
 */
export const AUDIT_ACTIONS = [
    // A project's lifecycle, written by its workflow
    'registered',
    'step-opened',
    'gate-completed',
    'quick-scan-submitted',
    'project-stopped',
    'reevaluation-unchanged',
    'reevaluation-scheduled',
    'reevaluation-started',
    'dpia-submitted',
    'dpo-advice-given',
    'prior-consultation-started',
    'prior-consultation-extended',
    'prior-consultation-answered',
    'prior-consultation-term-expired',
    'reflection-requested',
    'commission-scheduled',
    'commission-questions-asked',
    'commission-questions-answered',
    'commission-met',
    // The meeting calendar: no meeting with room, the secretary's meeting full, the case moved to another meeting
    'commission-awaiting-slot',
    'commission-slot-refused',
    'commission-meeting-moved',
    // The case owner's submission task for the meeting: documents marked submitted, or the deadline passed without
    'commission-documents-submitted',
    'commission-submission-deadline-passed',
    'reflection-recorded',
    'decision-taken',
    'returned-for-rework',
    'council-information-required',
    'council-informed',
    // Publication in the public registers (the `publication` gate)
    'register-entry-submitted',
    'register-entry-returned',
    'register-entry-published',
    'put-on-hold',
    'resumed',
    'withdrawn',
    'amended',
    // Re-assessment (issue 20): the CIO office re-routes a project after an activation; a re-assessment starts (after
    // an activation, an amendment or a re-evaluation) or a dated rule comes into force; the new route is compared
    // with the old one and only the gates that now apply reopen
    'reassessment-requested',
    'reassessment-started',
    'route-reassessed',
    'reminder-sent',
    'escalated',
    'needs-attention',
    'attention-resolved',
    // The commission's reflection released to the public pages, and withdrawn from them
    'reflection-published',
    'reflection-publication-withdrawn',
    // Written outside a project's workflow
    'action-refused',
    // Who works on a task: claimed by one of its role, handed to a colleague (delegated), and back (issue 19)
    'task-claimed',
    'task-released',
    'task-delegated',
    'task-undelegated',
    // A person's absence and who stands in for them (system chain)
    'absence-registered',
    'absence-removed',
    'policy-activated',
    'webhook-subscribed',
    'webhook-unsubscribed',
    // The organisation model: a department's new version, and where a department-head notification went and why
    'organisation-changed',
    'notification-routed',
    // The Ethics Commission's meeting calendar, kept by the secretary
    'commission-meeting-created',
    'commission-meeting-updated',
    'commission-meeting-cancelled',
    'commission-meeting-held',
];
export function isAuditAction(value) {
    return typeof value === 'string' && AUDIT_ACTIONS.includes(value);
}
/** What a monitoring pipeline can subscribe to (webhooks). */
export const WEBHOOK_EVENT_TYPES = [
    'project.registered',
    'gate.opened',
    'gate.completed',
    'reminder',
    'escalation',
    'decision',
    'project.stopped',
    'project.withdrawn',
];
export function isWebhookEventType(value) {
    return typeof value === 'string' && WEBHOOK_EVENT_TYPES.includes(value);
}
/**
 * The webhook event type each audit action stands for; `step-opened` only for a gate's first step (see FIRST_STEP),
 * actions not listed are not sent to pipelines.
 */
export const WEBHOOK_EVENT_OF_ACTION = {
    registered: 'project.registered',
    'step-opened': 'gate.opened',
    'gate-completed': 'gate.completed',
    'reminder-sent': 'reminder',
    escalated: 'escalation',
    'decision-taken': 'decision',
    'project-stopped': 'project.stopped',
    withdrawn: 'project.withdrawn',
};
