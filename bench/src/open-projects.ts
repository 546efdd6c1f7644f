import { initialSnapshot, type Policy, workflowIdFor } from '@waardenpoort/domain';
import { ProjectWorkflows } from '@waardenpoort/temporal';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchContext, newSampler } from './context';
import { byPid, type CpuReport, cpuTable, rssMiB } from './cpu';
import { bareSleeperWorkflow } from './bare/workflows';
import { NodeChild, ROOT } from './env';
import { PEOPLE } from './http';
import { withQuickScanReminder } from './policy';
import { fmt, pool, progress, rounded, sleep, summarize, type Summary } from './stats';
import { TARGETS } from './targets';

export interface OpenPhaseResult {
  /** Projects open at once in this phase (all started so far, none closed) */
  openProjects: number;
  startedInPhase: number;
  startSeconds: number;
  startsPerSecond: number;
  reminders: {
    planned: number;
    fired: number;
    /** Planned before the last project of the phase was open (they then compete with the starts) */
    dueBeforeAllOpen: number;
    /** Which reminders the lateness figures are over */
    basis: string;
    /** Over every measured reminder, also those due before all were open */
    latenessAllMs: Summary;
    /** audit_event.recorded_at (the publishing transaction) − the timer's planned instant */
    latenessMs: Summary;
    /** The workflow's own clock when the timer woke it (the event's occurred_at) − the planned instant */
    wakeLatenessMs: Summary;
  };
  workerRssMiB: { before: number; peak: number; end: number };
  temporalRssMiB: { before: number; peak: number; end: number };
  /** The same number of bare workflows that only wait on a timer, on a bare worker process of their own */
  bare: {
    reminders: { planned: number; fired: number; latenessMs: Summary; wakeLatenessMs: Summary };
    workerRssMiB: { before: number; peak: number; end: number };
  };
  met: boolean;
  cpu: CpuReport;
}

export interface OpenProjectsResult {
  /** The worker's sticky cache: WORKER_MAX_CACHED_WORKFLOWS as set for this run, or the configuration default */
  workerCache: string;
  workerBaselineRssMiB: number;
  reminderRatePerSecond: number;
  phases: OpenPhaseResult[];
  growth: {
    fromProjects: number;
    toProjects: number;
    rssFactor: number;
    rssMiBPer1000: number;
    bareRssMiBPer1000: number;
    p99Factor: number;
  } | null;
  target: string;
  met: boolean;
}

/** Waits until the worker logged that it polls (apps/worker/src/main.ts prints it once Worker.create resolved). */
async function waitForWorker(worker: NodeChild): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (worker.exited) throw new Error(`${worker.name} exited:\n${worker.tail()}`);
    if (readFileSync(worker.logFile, 'utf8').includes('polling task queue')) return;
    await sleep(200);
  }
  throw new Error(`${worker.name} did not start polling:\n${worker.tail()}`);
}

/**
 * Benchmark 4. A fresh worker process on its own task queue; projects started through libs/temporal's
 * ProjectWorkflows (what the API calls), in phases up to each count in `counts`, all staying open. In each phase a
 * sample of projects (evenly spread over the phase's starts) gets its quick-scan reminder planned after the last
 * project of the phase is expected to be open, at `fireRate` reminders a second; every other project gets its
 * reminder hours away, so all of them have running timers. Starts are throttled to what the worker publishes, so
 * the estimate of when all are open holds.
 */
export async function benchOpenProjects(
  ctx: BenchContext,
  opts: {
    counts: number[];
    sample: number;
    fireRate: number;
    concurrency: number;
    benchPolicy: { file: string; policy: Policy };
    /** WORKER_MAX_CACHED_WORKFLOWS for the worker; null: the configuration's default */
    workerCache: number | null;
  },
): Promise<OpenProjectsResult> {
  ctx.log(
    `\n4. Many open projects: ${opts.counts.map((c) => c.toLocaleString('en-US')).join(' then ')} open at once; ${opts.sample} reminders per phase at ${opts.fireRate}/s`,
  );
  const queue = `bench-open-${ctx.runId}`;
  const worker = new NodeChild(
    'worker-open',
    join(ROOT, 'apps', 'worker', 'dist', 'main.js'),
    {
      ...ctx.childEnv,
      // The worker says at level log that it polls (waitForWorker reads it); it logs little else at that level.
      LOG_LEVEL: 'log',
      TEMPORAL_TASK_QUEUE: queue,
      POLICY_FILE: opts.benchPolicy.file,
      ...(opts.workerCache === null ? {} : { WORKER_MAX_CACHED_WORKFLOWS: String(opts.workerCache) }),
    },
    join(ctx.tmpDir, 'worker-open.log'),
  );
  const bareQueue = `bench-bare-open-${ctx.runId}`;
  const bareWorker = new NodeChild(
    'worker-bare-open',
    join(ROOT, 'bench', 'dist', 'bare', 'worker-main.js'),
    {
      ...ctx.childEnv,
      TEMPORAL_TASK_QUEUE: bareQueue,
      BARE_BUNDLE_PATH: ctx.bareBundlePath,
      POLICY_FILE: opts.benchPolicy.file,
    },
    join(ctx.tmpDir, 'worker-bare-open.log'),
  );
  const phases: OpenPhaseResult[] = [];
  try {
    await waitForWorker(worker);
    await waitForWorker(bareWorker);
    await sleep(3000);
    const baseline = rssMiB(worker.pid);
    ctx.log(
      `  fresh worker (pid ${worker.pid}, cache ${opts.workerCache ?? 'default'}), idle RSS ${baseline} MiB; bare worker (pid ${bareWorker.pid}) ${rssMiB(bareWorker.pid)} MiB`,
    );
    const workflows = new ProjectWorkflows(ctx.waardenpoortClient, {
      namespace: ctx.temporal.namespace,
      taskQueue: queue,
    });
    let open = 0;
    let expectedRate = 30;
    for (const target of opts.counts) {
      if (target <= open) continue;
      const phase = await runPhase(ctx, worker, bareWorker, bareQueue, workflows, opts, open, target, expectedRate);
      phases.push(phase);
      expectedRate = Math.max(5, phase.startsPerSecond);
      open = target;
    }
    const first = phases[0];
    const last = phases[phases.length - 1];
    const growth =
      first && last && last !== first
        ? {
            fromProjects: first.openProjects,
            toProjects: last.openProjects,
            rssFactor: Math.round((last.workerRssMiB.peak / first.workerRssMiB.peak) * 100) / 100,
            rssMiBPer1000:
              Math.round(
                ((last.workerRssMiB.peak - first.workerRssMiB.peak) /
                  ((last.openProjects - first.openProjects) / 1000)) *
                  10,
              ) / 10,
            bareRssMiBPer1000:
              Math.round(
                ((last.bare.workerRssMiB.peak - first.bare.workerRssMiB.peak) /
                  ((last.openProjects - first.openProjects) / 1000)) *
                  10,
              ) / 10,
            p99Factor: Math.round((last.reminders.latenessMs.p99 / first.reminders.latenessMs.p99) * 100) / 100,
          }
        : null;
    const result: OpenProjectsResult = {
      workerCache: opts.workerCache === null ? 'default (WORKER_MAX_CACHED_WORKFLOWS unset)' : String(opts.workerCache),
      workerBaselineRssMiB: baseline,
      reminderRatePerSecond: opts.fireRate,
      phases,
      growth,
      target: `reminder lateness p99 < ${TARGETS.reminderLatenessP99Ms} ms, worker RSS < ${TARGETS.workerRssMiB} MiB`,
      met: phases.every((p) => p.met),
    };
    if (growth) {
      ctx.log(
        `  growth ${growth.fromProjects.toLocaleString('en-US')} → ${growth.toProjects.toLocaleString('en-US')} open: worker peak RSS × ${growth.rssFactor} (${growth.rssMiBPer1000} MiB per 1,000 more; bare ${growth.bareRssMiBPer1000}), reminder p99 × ${growth.p99Factor}`,
      );
    }
    return result;
  } finally {
    await Promise.all([worker.stop(), bareWorker.stop()]);
  }
}

async function runPhase(
  ctx: BenchContext,
  worker: NodeChild,
  bareWorker: NodeChild,
  bareQueue: string,
  workflows: ProjectWorkflows,
  opts: { sample: number; fireRate: number; concurrency: number; benchPolicy: { policy: Policy } },
  open: number,
  target: number,
  expectedRate: number,
): Promise<OpenPhaseResult> {
  const n = target - open;
  const department = `Bench open ${target}`;
  const sampleCount = Math.min(n, opts.sample);
  // Sampled projects spread over the phase, after the first 5 % (at least 50), when the start rate is known.
  const skip = Math.min(n - sampleCount, Math.max(50, Math.floor(n * 0.05)));
  const stride = (n - skip) / sampleCount;
  const sampleOrder = new Map<number, number>();
  for (let k = 0; k < sampleCount; k++) sampleOrder.set(skip + Math.floor(k * stride), k);

  const before = { worker: rssMiB(worker.pid), temporal: rssMiB(ctx.temporal.pids), bare: rssMiB(bareWorker.pid) };
  const sampler = newSampler(
    ctx,
    [byPid('worker (benchmark 4)', () => worker.pid), byPid('bare worker (benchmark 4)', () => bareWorker.pid)],
    null,
  ).start();
  let peakWorker = before.worker;
  let peakTemporal = before.temporal;
  let peakBare = before.bare;
  let published = 0;
  let started = 0;
  let stopPolling = false;
  const poll = (async () => {
    while (!stopPolling) {
      const rows: Array<{ n: number }> = await ctx.appDb.query(
        `SELECT count(*)::int AS n FROM project WHERE department = $1 AND state_version >= 1`,
        [department],
      );
      published = rows[0]?.n ?? 0;
      peakWorker = Math.max(peakWorker, rssMiB(worker.pid));
      peakTemporal = Math.max(peakTemporal, rssMiB(ctx.temporal.pids));
      peakBare = Math.max(peakBare, rssMiB(bareWorker.pid));
      await sleep(250);
    }
  })();

  const sampledIds: string[] = [];
  const plannedAt: number[] = [];
  const barePlanned = new Map<string, number>();
  const t0 = Date.now();
  let fireStart = 0;
  const bar = progress(`open projects: start ${open.toLocaleString('en-US')} → ${target.toLocaleString('en-US')}`, n);
  try {
    await pool(
      Array.from({ length: n }, (_, i) => i),
      opts.concurrency,
      async (i) => {
        // No more than a few hundred started but not yet published: starts go at the pace the worker keeps.
        while (started - published > 200) await sleep(20);
        started += 1;
        const now = Date.now();
        const elapsed = (now - t0) / 1000;
        // The rate so far once it means something (the first seconds, with a few hundred in flight and few published,
        // understate it: with 10,000 that planned the reminders 12 minutes after the last start); the previous
        // phase's until then.
        const rate = published >= Math.max(50, n / 10) && elapsed > 10 ? published / elapsed : expectedRate;
        // When the last start is expected to be published, at 70 % of the rate so far (it drops as more are open).
        fireStart = Math.max(fireStart, now + ((n - i) / (0.7 * rate)) * 1000 + 20_000);
        const k = sampleOrder.get(i);
        const projectId = randomUUID();
        const bareId = randomUUID();
        let reminderAfterS = 3 * 3600;
        let bareAt: string | null = null;
        if (k !== undefined) {
          const at = fireStart + (k * 1000) / opts.fireRate;
          reminderAfterS = Math.max(5, (at - now) / 1000);
          sampledIds.push(projectId);
          plannedAt.push(now + reminderAfterS * 1000);
          // The bare reminder half a slot after the real one: both in the same window, under the same load.
          const bareMs = Math.round(now + reminderAfterS * 1000 + 500 / opts.fireRate);
          bareAt = new Date(bareMs).toISOString();
          barePlanned.set(bareId, bareMs);
        }
        const caseOwner = { ...PEOPLE.owner, email: `${PEOPLE.owner.sub}@enschede.example` };
        await ctx.client.workflow.start(bareSleeperWorkflow, {
          taskQueue: bareQueue,
          workflowId: workflowIdFor(bareId),
          args: [
            {
              snapshot: initialSnapshot(
                {
                  projectId: bareId,
                  registration: {
                    title: `Bare open ${open + i}`,
                    summary: 'Kale workflow met een timer.',
                    department: `${department} bare`,
                    technologies: ['sensor'],
                    plannedStart: '2027-05-01',
                  },
                  caseOwner,
                  registeredAt: new Date().toISOString(),
                  policy: opts.benchPolicy.policy,
                },
                { workflowId: workflowIdFor(bareId), runId: '' },
              ),
              at: bareAt,
            },
          ],
        });
        await workflows.start({
          projectId,
          registration: {
            title: `Open project ${open + i}`,
            summary: 'Een project dat openstaat met lopende termijnen.',
            department,
            technologies: ['sensor'],
            plannedStart: '2027-05-01',
          },
          caseOwner,
          registeredAt: new Date().toISOString(),
          policy: withQuickScanReminder(opts.benchPolicy.policy, reminderAfterS),
        });
        bar.increment();
      },
    );
    while (published < n) await sleep(100);
    bar.stop();
    const allOpenAt = Date.now();
    const startSeconds = (allOpenAt - t0) / 1000;
    ctx.log(
      `  ${target.toLocaleString('en-US')} open: ${n.toLocaleString('en-US')} started and published in ${fmt(startSeconds)} s (${fmt(n / startSeconds)}/s)`,
    );

    const lastPlanned = Math.max(...plannedAt);
    const bareIds = [...barePlanned.keys()];
    const fired = progress(`open projects: ${sampleCount} + ${sampleCount} bare reminders`, 2 * sampleCount);
    let count = 0;
    while (count < 2 * sampleCount && Date.now() < lastPlanned + 180_000) {
      const rows: Array<{ n: number }> = await ctx.appDb.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'reminder-sent' AND project_id = ANY($1::uuid[])`,
        [[...sampledIds, ...bareIds]],
      );
      count = rows[0]?.n ?? 0;
      fired.update(count);
      if (count < 2 * sampleCount) await sleep(500);
    }
    fired.stop();
    const bareRows: Array<{ id: string; recorded: number; occurred: number }> = await ctx.appDb.query(
      `SELECT project_id::text AS id, extract(epoch FROM recorded_at) * 1000 AS recorded,
              extract(epoch FROM occurred_at) * 1000 AS occurred
         FROM audit_event WHERE action = 'reminder-sent' AND project_id = ANY($1::uuid[])`,
      [bareIds],
    );
    const bareAfter = bareRows.filter((r) => (barePlanned.get(r.id) ?? 0) >= allOpenAt);
    const bareBasis = bareAfter.length >= bareRows.length / 2 ? bareAfter : bareRows;
    const bareLate = bareBasis.map((r) => Number(r.recorded) - (barePlanned.get(r.id) ?? NaN));
    const bareWake = bareBasis.map((r) => Number(r.occurred) - (barePlanned.get(r.id) ?? NaN));
    const all: Array<{ planned: number; recorded: number; occurred: number }> = await ctx.appDb.query(
      `SELECT extract(epoch FROM (t->>'at')::timestamptz) * 1000 AS planned,
              extract(epoch FROM a.recorded_at) * 1000 AS recorded,
              extract(epoch FROM a.occurred_at) * 1000 AS occurred
         FROM audit_event a
         JOIN project p ON p.id = a.project_id
         CROSS JOIN LATERAL jsonb_array_elements(p.details->'timers') t
        WHERE a.action = 'reminder-sent' AND a.project_id = ANY($1::uuid[])
          AND t->>'kind' = 'reminder' AND (t->>'fired')::boolean`,
      [sampledIds],
    );
    // Reminders due while projects were still being started compete with the starts: they are measured, but the
    // figures are over those due once all were open, when there are enough of them.
    const afterOpen = all.filter((r) => Number(r.planned) >= allOpenAt);
    const basis =
      afterOpen.length >= all.length / 2 ? 'due after all were open' : 'all (too few due after all were open)';
    const rows = afterOpen.length >= all.length / 2 ? afterOpen : all;
    const lateness = rows.map((r) => Number(r.recorded) - Number(r.planned));
    const wake = rows.map((r) => Number(r.occurred) - Number(r.planned));
    await sleep(1000);
    const end = { worker: rssMiB(worker.pid), temporal: rssMiB(ctx.temporal.pids), bare: rssMiB(bareWorker.pid) };
    stopPolling = true;
    await poll;
    const cpu = sampler.stop();
    const latenessMs = rounded(summarize(lateness));
    const result: OpenPhaseResult = {
      openProjects: target,
      startedInPhase: n,
      startSeconds: Math.round(startSeconds * 10) / 10,
      startsPerSecond: Math.round((n / startSeconds) * 10) / 10,
      reminders: {
        planned: sampleCount,
        fired: all.length,
        dueBeforeAllOpen: plannedAt.filter((t) => t < allOpenAt).length,
        basis,
        latenessAllMs: rounded(summarize(all.map((r) => Number(r.recorded) - Number(r.planned)))),
        latenessMs,
        wakeLatenessMs: rounded(summarize(wake)),
      },
      workerRssMiB: { before: before.worker, peak: Math.max(peakWorker, end.worker), end: end.worker },
      temporalRssMiB: { before: before.temporal, peak: Math.max(peakTemporal, end.temporal), end: end.temporal },
      bare: {
        reminders: {
          planned: barePlanned.size,
          fired: bareRows.length,
          latenessMs: rounded(summarize(bareLate)),
          wakeLatenessMs: rounded(summarize(bareWake)),
        },
        workerRssMiB: { before: before.bare, peak: Math.max(peakBare, end.bare), end: end.bare },
      },
      met:
        all.length === sampleCount &&
        latenessMs.p99 < TARGETS.reminderLatenessP99Ms &&
        Math.max(peakWorker, end.worker) < TARGETS.workerRssMiB,
      cpu,
    };
    const r = result.reminders;
    ctx.log(
      `  reminders fired ${r.fired}/${r.planned} (${r.dueBeforeAllOpen} due before all were open; figures over ${r.basis}); lateness (recorded − planned) p50 ${fmt(r.latenessMs.p50, 0)} ms, p95 ${fmt(r.latenessMs.p95, 0)} ms, p99 ${fmt(r.latenessMs.p99, 0)} ms, max ${fmt(r.latenessMs.max, 0)} ms; timer woke the workflow p99 ${fmt(r.wakeLatenessMs.p99, 0)} ms`,
    );
    const b = result.bare.reminders;
    ctx.log(
      `  bare timers ${b.fired}/${b.planned}: lateness p50 ${fmt(b.latenessMs.p50, 0)} ms, p95 ${fmt(b.latenessMs.p95, 0)} ms, p99 ${fmt(b.latenessMs.p99, 0)} ms, max ${fmt(b.latenessMs.max, 0)} ms; woke p99 ${fmt(b.wakeLatenessMs.p99, 0)} ms; bare worker RSS ${result.bare.workerRssMiB.before} → ${result.bare.workerRssMiB.peak} MiB`,
    );
    ctx.log(
      `  worker RSS ${result.workerRssMiB.before} → peak ${result.workerRssMiB.peak} MiB (end ${result.workerRssMiB.end}); Temporal RSS ${result.temporalRssMiB.before} → ${result.temporalRssMiB.peak} MiB; target p99 < ${TARGETS.reminderLatenessP99Ms} ms and RSS < ${TARGETS.workerRssMiB} MiB: ${result.met ? 'met' : 'MISSED'}`,
    );
    ctx.log(cpuTable(cpu));
    return result;
  } finally {
    stopPolling = true;
    await poll.catch(() => undefined);
  }
}
