import type { GateId, GateStep } from '@waardenpoort/domain';

/** What a monitoring pipeline can subscribe to. */
export const WEBHOOK_EVENT_TYPES = [
  'project.registered',
  'gate.opened',
  'gate.completed',
  'reminder',
  'escalation',
  'decision',
  'project.stopped',
  'project.withdrawn',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The step a gate opens with: a `step-opened` event for it is the gate opening, later steps are not. */
const FIRST_STEP: Record<GateId, GateStep> = {
  'quick-scan': 'answer-quick-scan',
  dpia: 'submit-dpia',
  'commission-reflection': 'schedule-meeting',
  'portfolio-decision': 'decide',
  'council-information': 'inform-council',
};

/**
 * Which payload fields each event type passes on. Deliberately a short list of plain facts: audit payloads also
 * hold answers, DPIA texts, rationales and free-text reasons, which have no business leaving the municipality
 * through a monitoring pipeline.
 */
const DATA_FIELDS: Record<WebhookEventType, readonly string[]> = {
  'project.registered': ['policyVersion'],
  'gate.opened': ['step', 'assigneeRole', 'cycle'],
  'gate.completed': [],
  reminder: ['step', 'dueAt', 'reminder', 'to'],
  escalation: ['step', 'level', 'to', 'dueAt'],
  decision: ['outcome', 'returnTo'],
  'project.stopped': ['reason'],
  'project.withdrawn': [],
};

function typeOf(action: string, gate: string | null, payload: Record<string, unknown>): WebhookEventType | null {
  switch (action) {
    case 'registered':
      return 'project.registered';
    case 'step-opened':
      return gate !== null && FIRST_STEP[gate as GateId] === payload['step'] ? 'gate.opened' : null;
    case 'gate-completed':
      return 'gate.completed';
    case 'reminder-sent':
      return 'reminder';
    case 'escalated':
      return 'escalation';
    case 'decision-taken':
      return 'decision';
    case 'project-stopped':
      return 'project.stopped';
    case 'withdrawn':
      return 'project.withdrawn';
    default:
      return null;
  }
}

/** The audit event and project facts a webhook body is made of. */
export interface WebhookSource {
  auditEventId: string;
  action: string;
  gate: string | null;
  occurredAt: Date;
  payload: Record<string, unknown>;
  project: { id: string; title: string | null; department: string | null };
}

export interface WebhookEvent {
  type: WebhookEventType;
  /** The JSON body, as it is signed and sent */
  body: string;
}

/** The webhook event an audit event stands for, or null when it is not one a pipeline can subscribe to. */
export function webhookEventFor(source: WebhookSource): WebhookEvent | null {
  const type = typeOf(source.action, source.gate, source.payload);
  if (type === null) return null;
  const data: Record<string, string | number | boolean | null> = {};
  for (const field of DATA_FIELDS[type]) {
    const value = source.payload[field];
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
      data[field] = value as string | number | boolean | null;
    }
  }
  const body = {
    id: source.auditEventId,
    type,
    occurredAt: source.occurredAt.toISOString(),
    project: source.project,
    gate: source.gate,
    data,
  };
  return { type, body: JSON.stringify(body) };
}
