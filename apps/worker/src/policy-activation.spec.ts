import { WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { DeliveryCounts, ReassessmentRequest } from '@waardenpoort/domain';
import type { DeliveryOutcome, PolicyActivationRecord } from '@waardenpoort/persistence';
import { createPolicyActivationActivities } from './policy-activation';

/** An in-memory stand-in for the table, to test the activity's paging, concurrency and recording in milliseconds. */
function table(projects: string[], reroute: 'affected' | 'all' | 'none' = 'affected') {
  const rows = new Map<string, { verdict: string; outcome: DeliveryOutcome | null }>(
    projects.map((p) => [p, { verdict: 'changed', outcome: null }]),
  );
  const counts = (): DeliveryCounts => {
    const c: DeliveryCounts = { requested: 0, refused: 0, failed: 0, pending: 0 };
    for (const r of rows.values()) c[r.outcome ? r.outcome.state : 'pending'] += 1;
    return c;
  };
  const activation = {
    id: 'act-1',
    policyId: 'p',
    version: 2,
    reroute,
    activatedBy: { sub: 'cio', name: 'CIO', email: '', roles: ['cio-office'] },
  } as unknown as PolicyActivationRecord;
  return {
    rows,
    repo: {
      byId: () => Promise.resolve({ ...activation, delivered: counts() }),
      pending: (_id: string, limit: number) =>
        Promise.resolve(
          [...rows.entries()]
            .filter(([, r]) => r.outcome === null)
            .slice(0, limit)
            .map(([projectId, r]) => ({ projectId, verdict: r.verdict })),
        ),
      settle: (_id: string, projectId: string, outcome: DeliveryOutcome) => {
        const row = rows.get(projectId);
        if (row && row.outcome === null) row.outcome = outcome;
        return Promise.resolve();
      },
      counts: () => Promise.resolve(counts()),
    },
  };
}

const refusal = (code: string) =>
  new WorkflowUpdateFailedError('refused', ApplicationFailure.create({ type: code, message: `no: ${code}` }));

describe('delivery of an activation’s re-assessment requests', () => {
  it('asks each pending project once with the activation’s Update id, and records each answer', async () => {
    const t = table(['p1', 'p2', 'p3', 'p4', 'p5']);
    const asked: Array<{ projectId: string; request: ReassessmentRequest }> = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const activities = createPolicyActivationActivities({
      activations: t.repo,
      workflows: {
        requestReassessment: async (projectId, request) => {
          inFlight += 1;
          maxInFlight = Math.max(maxInFlight, inFlight);
          await new Promise((r) => setTimeout(r, 5));
          inFlight -= 1;
          asked.push({ projectId, request });
          if (projectId === 'p2') throw refusal('project-on-hold');
          if (projectId === 'p3') throw new Error('workflow execution already completed');
          return {} as never;
        },
      },
      heartbeat: () => undefined,
      concurrency: 2,
      pageSize: 2,
      attempts: 1,
    });
    const counts = await activities.deliverReassessments({ activationId: 'act-1' });
    expect(counts).toEqual({ requested: 3, refused: 2, failed: 0, pending: 0 });
    expect(asked.map((a) => a.projectId).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(asked[0].request).toMatchObject({
      activationId: 'act-1',
      policy: { id: 'p', version: 2 },
      scope: 'affected',
      verdict: 'changed',
      actor: { sub: 'cio', roles: ['cio-office'] },
    });
    expect(t.rows.get('p2')?.outcome).toEqual({
      state: 'refused',
      code: 'project-on-hold',
      message: 'no: project-on-hold',
    });
    expect(t.rows.get('p3')?.outcome).toMatchObject({ state: 'refused', code: 'project-closed' });
  });

  it('tries an unanswered project again, then records it as failed, so nothing stays pending', async () => {
    const t = table(['p1', 'p2']);
    const tries = new Map<string, number>();
    const activities = createPolicyActivationActivities({
      activations: t.repo,
      workflows: {
        requestReassessment: (projectId) => {
          tries.set(projectId, (tries.get(projectId) ?? 0) + 1);
          if (projectId === 'p1') return Promise.reject(new Error('deadline exceeded'));
          if ((tries.get(projectId) ?? 0) < 2) return Promise.reject(new Error('connection reset'));
          return Promise.resolve({} as never);
        },
      },
      heartbeat: () => undefined,
      attempts: 3,
      retryDelayMs: 1,
    });
    expect(await activities.deliverReassessments({ activationId: 'act-1' })).toEqual({
      requested: 1,
      refused: 0,
      failed: 1,
      pending: 0,
    });
    expect(tries.get('p1')).toBe(3);
    expect(tries.get('p2')).toBe(2);
    expect(t.rows.get('p1')?.outcome).toEqual({ state: 'failed', code: 'no-answer', message: 'deadline exceeded' });
  });

  it('returns after its share with the rest still pending, heartbeating per page', async () => {
    const t = table(['p1', 'p2', 'p3', 'p4', 'p5']);
    const beats: unknown[] = [];
    const activities = createPolicyActivationActivities({
      activations: t.repo,
      workflows: { requestReassessment: () => Promise.resolve({} as never) },
      heartbeat: (d) => beats.push(d),
      pageSize: 2,
      perCall: 3,
    });
    expect(await activities.deliverReassessments({ activationId: 'act-1' })).toMatchObject({
      requested: 3,
      pending: 2,
    });
    expect(beats).toEqual([{ handled: 2 }, { handled: 3 }]);
    expect(await activities.deliverReassessments({ activationId: 'act-1' })).toMatchObject({
      requested: 5,
      pending: 0,
    });
  });
});
