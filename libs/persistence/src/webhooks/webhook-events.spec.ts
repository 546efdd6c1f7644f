import { webhookEventFor, type WebhookSource } from './webhook-events';

const source = (over: Partial<WebhookSource>): WebhookSource => ({
  auditEventId: 'p1:7',
  action: 'registered',
  gate: null,
  occurredAt: new Date('2026-03-02T09:00:00Z'),
  payload: {},
  project: { id: 'p1', title: 'Slimme lantaarnpalen', department: 'Openbare Ruimte' },
  ...over,
});

describe('webhook events from audit events', () => {
  it.each([
    ['registered', null, {}, 'project.registered'],
    ['step-opened', 'dpia', { step: 'submit-dpia' }, 'gate.opened'],
    ['step-opened', 'commission-reflection', { step: 'schedule-meeting' }, 'gate.opened'],
    ['gate-completed', 'dpia', { outcome: {} }, 'gate.completed'],
    ['reminder-sent', 'dpia', { reminder: 1 }, 'reminder'],
    ['escalated', 'dpia', { level: 2 }, 'escalation'],
    ['decision-taken', 'portfolio-decision', { outcome: 'rejected' }, 'decision'],
    ['project-stopped', 'quick-scan', { reason: 'ai-act-prohibited-practice' }, 'project.stopped'],
    ['withdrawn', null, { reason: 'x' }, 'project.withdrawn'],
  ])('%s at %s is %s', (action, gate, payload, type) => {
    expect(webhookEventFor(source({ action, gate, payload }))?.type).toBe(type);
  });

  it('treats later steps of a gate, and everything else, as no webhook event', () => {
    expect(
      webhookEventFor(source({ action: 'step-opened', gate: 'dpia', payload: { step: 'dpo-advice' } })),
    ).toBeNull();
    expect(webhookEventFor(source({ action: 'dpia-submitted', gate: 'dpia' }))).toBeNull();
    expect(webhookEventFor(source({ action: 'access-refused' }))).toBeNull();
  });

  it('passes on plain facts only, never rationales, answers or free text', () => {
    const event = webhookEventFor(
      source({
        action: 'decision-taken',
        gate: 'portfolio-decision',
        payload: { outcome: 'approved-with-conditions', returnTo: null, rationale: 'geheim', conditions: ['x'] },
      }),
    );
    expect(JSON.parse(event?.body ?? '{}')).toEqual({
      id: 'p1:7',
      type: 'decision',
      occurredAt: '2026-03-02T09:00:00.000Z',
      project: { id: 'p1', title: 'Slimme lantaarnpalen', department: 'Openbare Ruimte' },
      gate: 'portfolio-decision',
      data: { outcome: 'approved-with-conditions', returnTo: null },
    });
    const withdrawn = webhookEventFor(source({ action: 'withdrawn', payload: { reason: 'Anna is ziek' } }));
    expect(withdrawn?.body).not.toContain('Anna');
    const escalated = webhookEventFor(
      source({ action: 'escalated', gate: 'dpia', payload: { level: 1, to: 'department-head', extra: { a: 1 } } }),
    );
    expect(JSON.parse(escalated?.body ?? '{}').data).toEqual({ level: 1, to: 'department-head' });
  });
});
