// Generated from libs/domain/src/audit-actions.ts by `npm run generate:dashboard`; do not edit.
/**
 * Every action name the audit trail knows, in one place: the workflow's transitions, the API's own entries (policy
 * activations, webhook subscriptions, refused attempts) and what the persistence layer writes. Stored as text in
 * `audit_event.action`; webhooks and metrics select on them.
 */
export declare const AUDIT_ACTIONS: readonly ["registered", "step-opened", "gate-completed", "quick-scan-submitted", "project-stopped", "reevaluation-unchanged", "reevaluation-scheduled", "reevaluation-started", "dpia-submitted", "dpo-advice-given", "prior-consultation-started", "prior-consultation-extended", "prior-consultation-answered", "prior-consultation-term-expired", "reflection-requested", "commission-scheduled", "commission-questions-asked", "commission-questions-answered", "commission-met", "commission-awaiting-slot", "commission-slot-refused", "commission-meeting-moved", "commission-documents-submitted", "commission-submission-deadline-passed", "reflection-recorded", "decision-taken", "returned-for-rework", "council-information-required", "council-informed", "register-entry-submitted", "register-entry-returned", "register-entry-published", "put-on-hold", "resumed", "withdrawn", "amended", "reassessment-requested", "reassessment-started", "route-reassessed", "reminder-sent", "escalated", "needs-attention", "attention-resolved", "reflection-published", "reflection-publication-withdrawn", "action-refused", "task-claimed", "task-released", "task-delegated", "task-undelegated", "absence-registered", "absence-removed", "policy-activated", "webhook-subscribed", "webhook-unsubscribed", "organisation-changed", "notification-routed", "commission-meeting-created", "commission-meeting-updated", "commission-meeting-cancelled", "commission-meeting-held"];
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export declare function isAuditAction(value: unknown): value is AuditAction;
/** What a monitoring pipeline can subscribe to (webhooks). */
export declare const WEBHOOK_EVENT_TYPES: readonly ["project.registered", "gate.opened", "gate.completed", "reminder", "escalation", "decision", "project.stopped", "project.withdrawn"];
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export declare function isWebhookEventType(value: unknown): value is WebhookEventType;
/**
 * The webhook event type each audit action stands for; `step-opened` only for a gate's first step (see FIRST_STEP),
 * actions not listed are not sent to pipelines.
 */
export declare const WEBHOOK_EVENT_OF_ACTION: Readonly<Partial<Record<AuditAction, WebhookEventType>>>;
