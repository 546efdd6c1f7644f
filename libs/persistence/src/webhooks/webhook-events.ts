import {
  FIRST_STEP,
  isAuditAction,
  isGateId,
  WEBHOOK_EVENT_OF_ACTION,
  type WebhookEventType,
} from '@waardenpoort/domain';

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
  if (!isAuditAction(action)) return null;
  if (action === 'step-opened') {
    return isGateId(gate) && FIRST_STEP[gate] === payload['step'] ? 'gate.opened' : null;
  }
  return WEBHOOK_EVENT_OF_ACTION[action] ?? null;
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
