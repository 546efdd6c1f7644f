import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { answer, HIGH_RISK, LOW_RISK } from './support/answers';
import { quickReevaluationPolicy } from './support/reevaluation-policy';

const NO_REGISTER = answer({});
import { recordHistory } from './support/histories';
import { eventually, testConfig } from './support/harness';
import { useTestSystem } from './support/system';
import { PEOPLE, type ProjectApi } from './support/project-api';

describe('re-evaluation and visibility', () => {
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  const department = `Mobiliteit ${randomUUID().slice(0, 6)}`;

  useTestSystem(
    () => testConfig({ POLICY_FILE: quickReevaluationPolicy() }),
    (system) => ({ db, temporal, api } = system),
  );

  it('re-evaluates a project in use: the workflow continues as new and the quick-scan opens again', async () => {
    const id = await api.register(department, 'Parkeersensoren, jaarlijks herzien');
    // No register on its route, so nothing stays open after the decision (a register task would).
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: NO_REGISTER });
    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Laag risico.',
      adviceResponses: [],
    });
    expect(decided.body.status).toBe('in-use');
    const handle = temporal.workflow.getHandle(`project-${id}`);
    const firstRun = (await handle.describe()).runId;

    const reopened = await eventually(
      async () => {
        const p = await api.get(id);
        return api.gate(p, 'quick-scan').state === 'active' ? p : undefined;
      },
      30_000,
      'the re-evaluation to open the quick-scan',
    );
    expect(reopened.status).toBe('in-use');
    expect(reopened.cycle).toBe(1);
    expect(api.gate(reopened, 'quick-scan').cycle).toBe(2);
    const secondRun = (await handle.describe()).runId;
    expect(secondRun).not.toBe(firstRun);
    const first = await temporal.workflow.getHandle(`project-${id}`, firstRun).describe();
    expect(first.status.name).toBe('CONTINUED_AS_NEW');

    // Nothing changed: the project stays in use and the next re-evaluation is planned.
    const same = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: NO_REGISTER });
    expect(same.status).toBe(200);
    expect(same.body.status).toBe('in-use');
    expect(same.body.openTasks).toEqual([]);
    const actions: string[] = (
      await db.query(`SELECT action FROM audit_event WHERE project_id = $1 ORDER BY seq`, [id])
    ).map((r: { action: string }) => r.action);
    expect(actions.filter((a) => a === 'reevaluation-started')).toHaveLength(1);
    expect(actions).toContain('reevaluation-unchanged');
    expect(actions.filter((a) => a === 'reevaluation-scheduled').length).toBeGreaterThanOrEqual(2);
    // The audit trail runs on unbroken across both runs.
    const seqs: Array<{ seq: string }> = await db.query(
      `SELECT seq FROM audit_event WHERE project_id = $1 ORDER BY seq`,
      [id],
    );
    expect(seqs.map((r) => Number(r.seq))).toEqual(seqs.map((_, i) => i + 1));
    const runs = await db.query(`SELECT DISTINCT run_id FROM audit_event WHERE project_id = $1`, [id]);
    expect(runs.length).toBe(2);
    await recordHistory(temporal, 'reevaluation-continued-as-new', id, firstRun);
    await recordHistory(temporal, 'reevaluation-second-run', id);
  });

  it('re-evaluation with a stronger outcome reopens the gates that now apply', async () => {
    const id = await api.register(department, "Sensoren worden camera's");
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Laag risico.',
      adviceResponses: [],
    });
    await eventually(
      async () => {
        const p = await api.get(id);
        return api.gate(p, 'quick-scan').state === 'active' ? p : undefined;
      },
      30_000,
      'the re-evaluation',
    );
    const rescanned = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    expect(rescanned.status).toBe(200);
    expect(rescanned.body.status).toBe('active');
    expect(api.gate(rescanned.body, 'dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(rescanned.body.decision).toBeNull();
  });

  it('keeps search attributes current, so Temporal answers the same questions as the read model', async () => {
    const id = await api.register(department, 'Zichtbaar in Temporal');
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    const found = await eventually(
      async () => {
        const ids: string[] = [];
        for await (const wf of temporal.workflow.list({
          query: `RiskLevel = "high" AND CurrentGate = "dpia" AND Department = "${department}" AND NextDeadline > "2000-01-01T00:00:00Z"`,
        })) {
          ids.push(wf.workflowId);
        }
        return ids.includes(`project-${id}`) ? ids : undefined;
      },
      20_000,
      'the visibility query',
    );
    expect(found).toContain(`project-${id}`);
  });
});
