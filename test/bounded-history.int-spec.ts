import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { Actor } from '@waardenpoort/domain';
import { AuditRepository } from '@waardenpoort/persistence';
import { actionUpdateId } from '@waardenpoort/temporal';
import { holdProject, resumeProject } from '@waardenpoort/contracts';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { LOW_RISK, testPolicy } from './support/answers';
import { testConfig } from './support/harness';
import { useTestSystem } from './support/system';
import { PEOPLE, type ProjectApi } from './support/project-api';

/** Temporal refuses a run's history beyond these (the server's defaults). */
const TEMPORAL_HISTORY_EVENTS_LIMIT = 51_200;
const TEMPORAL_HISTORY_BYTES_LIMIT = 50 * 1024 * 1024;
/** 5,000 by default; BOUNDED_HISTORY_CYCLES lowers it for a quick local run. */
const CYCLES = Number(process.env.BOUNDED_HISTORY_CYCLES ?? 5_000);

/**
 * Issue 15, section 6: a project whose repeatable actions are taken thousands of times keeps working. The workflow
 * continues as new when Temporal suggests it or the run reaches the policy's limits.historyEvents (2,000 in the test
 * policy, so that several runs follow each other), carrying its whole state. The Updates go through the Temporal
 * client, as the API sends them, without HTTP in between (that would only add time, not Temporal history).
 */
describe('bounded histories: 5,000 hold/resume cycles on one project', () => {
  let app: INestApplication;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;

  useTestSystem(
    () => testConfig(),
    (system) => ({ db, temporal, app, api } = system),
  );

  it('does not apply an action again when its retry arrives after a continue-as-new', async () => {
    const id = await api.register(`Herhaling ${randomUUID().slice(0, 6)}`, 'Antwoord kwijt, run voorbij');
    const handle = temporal.workflow.getHandle(`project-${id}`);
    const actor: Actor = {
      sub: PEOPLE.owner.sub,
      name: PEOPLE.owner.name,
      email: `${PEOPLE.owner.sub}@enschede.example`,
      roles: PEOPLE.owner.roles,
    };
    const key = 'pauze-voor-de-nieuwe-run';
    // The first request reached the workflow; its answer was lost.
    await handle.executeUpdate(holdProject, {
      args: [{ actor, reason: 'Even wachten.' }],
      updateId: actionUpdateId(id, actor.sub, key),
    });
    const firstRun = (await handle.describe()).runId;
    await handle.executeUpdate(resumeProject, { args: [{ actor, reason: 'Verder.' }] });
    // Other actions until the run continues as new (the test policy's limits.historyEvents is 2,000).
    for (let i = 0; i < 400 && (await handle.describe()).runId === firstRun; i += 1) {
      await handle.executeUpdate(holdProject, { args: [{ actor, reason: `Pauze ${i}` }] });
      await handle.executeUpdate(resumeProject, { args: [{ actor, reason: `Verder ${i}` }] });
    }
    expect((await handle.describe()).runId).not.toBe(firstRun);
    const holds = async (): Promise<number> => {
      const rows = await db.query<Array<{ n: number }>>(
        `SELECT count(*)::int AS n FROM audit_event WHERE project_id = $1 AND action = 'put-on-hold'`,
        [id],
      );
      return rows[0]?.n ?? 0;
    };
    const before = await holds();
    // The client retries the first request, with its key, in the new run: the project stays as it is.
    const retry = await request(app.getHttpServer())
      .post(`/api/v1/projects/${id}/hold`)
      .set('Authorization', await api.as(PEOPLE.owner))
      .set('Idempotency-Key', key)
      .send({ reason: 'Even wachten.' });
    expect(retry.status).toBe(200);
    expect(retry.body.status).toBe('active');
    expect(await holds()).toBe(before);
  }, 300_000);

  it('keeps the project working, its history under Temporal limits and its trail verifying', async () => {
    expect(testPolicy.limits?.holds).toBeGreaterThanOrEqual(CYCLES);
    const id = await api.register(`Herhaling ${randomUUID().slice(0, 6)}`, 'Aan, uit, aan, uit');
    const workflowId = `project-${id}`;
    const handle = temporal.workflow.getHandle(workflowId);
    const actor: Actor = {
      sub: PEOPLE.owner.sub,
      name: PEOPLE.owner.name,
      email: `${PEOPLE.owner.sub}@enschede.example`,
      roles: PEOPLE.owner.roles,
    };

    // Each Update is sent once the previous one is accepted (its validator saw the state the previous one left),
    // and its completion (the transition written to PostgreSQL) is awaited later: at most 8 in flight (Temporal
    // allows 10 per workflow), then drained, so that a run can finish its handlers and continue as new.
    const started = Date.now();
    let pending: Array<Promise<unknown>> = [];
    const send = async (def: typeof holdProject, reason: string): Promise<void> => {
      const update = await handle.startUpdate(def, { args: [{ actor, reason }], waitForStage: 'ACCEPTED' });
      pending.push(update.result());
      if (pending.length >= 8) {
        await Promise.all(pending);
        pending = [];
      }
    };
    for (let i = 0; i < CYCLES; i += 1) {
      await send(holdProject, `Pauze ${i}`);
      await send(resumeProject, `Verder ${i}`);
      if ((i + 1) % 1_000 === 0 || i === 49) {
        console.log(`bounded-history: ${i + 1} cycles in ${Date.now() - started} ms`);
      }
    }
    await Promise.all(pending);
    const elapsed = Date.now() - started;
    console.log(
      `bounded-history: ${CYCLES} hold/resume cycles (${2 * CYCLES} Updates) in ${elapsed} ms, ` +
        `${(elapsed / CYCLES).toFixed(1)} ms per cycle`,
    );

    // The project still takes its next action, over HTTP.
    const scanned = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    expect(scanned.status).toBe(200);
    expect(scanned.body.status).toBe('active');

    // Several runs, each under Temporal's limits.
    const runs: Array<{ runId: string; historyLength: number }> = [];
    for await (const execution of temporal.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
      runs.push({ runId: execution.runId, historyLength: execution.historyLength });
    }
    const current = await handle.describe();
    const size = Number(current.raw.workflowExecutionInfo?.historySizeBytes ?? 0);
    console.log(
      `bounded-history: ${runs.length} runs; current run ${current.historyLength} events, ${size} bytes; ` +
        `longest run ${Math.max(...runs.map((r) => r.historyLength))} events`,
    );
    expect(runs.length).toBeGreaterThanOrEqual(3);
    for (const run of runs) expect(run.historyLength).toBeLessThan(TEMPORAL_HISTORY_EVENTS_LIMIT);
    expect(current.historyLength).toBeLessThan(TEMPORAL_HISTORY_EVENTS_LIMIT);
    expect(size).toBeLessThan(TEMPORAL_HISTORY_BYTES_LIMIT);

    // The runs that continued as new (the first, registered; one that was itself carried over) replay without
    // nondeterminism against this code: the patched paths are deterministic.
    const closed = runs.filter((r) => r.runId !== current.runId);
    const toReplay = [closed.at(-1), closed[0]].filter((r): r is (typeof runs)[number] => r !== undefined);
    expect(
      replayRuns(
        workflowId,
        toReplay.map((r) => r.runId),
      ),
    ).toEqual(toReplay.map(() => null));

    // Every action is on the trail exactly once, no re-evaluation was started by a continue-as-new, and it verifies.
    const counts: Array<{ action: string; n: number }> = await db.query(
      `SELECT action, count(*)::int AS n FROM audit_event WHERE project_id = $1 GROUP BY action`,
      [id],
    );
    const byAction = Object.fromEntries(counts.map((c) => [c.action, c.n]));
    expect(byAction['put-on-hold']).toBe(CYCLES);
    expect(byAction['resumed']).toBe(CYCLES);
    expect(byAction['reevaluation-started']).toBeUndefined();
    expect(await new AuditRepository(db).verify({ projectId: id })).toMatchObject({ ok: true });
  }, 1_800_000);
});

/** Replays runs of a workflow with test/support/replay-runner.cjs (as the replay suite does); null per run when fine. */
function replayRuns(workflowId: string, runIds: string[]): Array<string | null> {
  const dir = mkdtempSync(join(tmpdir(), 'bounded-history-'));
  const files = runIds.map((runId) => {
    const json = execFileSync(
      process.env.TEST_TEMPORAL_CLI as string,
      [
        'workflow',
        'show',
        '--workflow-id',
        workflowId,
        '--run-id',
        runId,
        '--address',
        process.env.TEMPORAL_ADDRESS as string,
        '--output',
        'json',
      ],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const file = join(dir, `${runId}.json`);
    writeFileSync(file, json);
    return file;
  });
  const results = join(dir, 'results.json');
  execFileSync(
    process.execPath,
    [join(__dirname, 'support', 'replay-runner.cjs'), process.env.WORKFLOW_BUNDLE_PATH as string, ...files],
    { stdio: 'ignore', env: { ...process.env, REPLAY_RESULTS: results } },
  );
  const byFile = JSON.parse(readFileSync(results, 'utf8')) as Record<string, string | null>;
  return files.map((f) => byFile[f] ?? null);
}
