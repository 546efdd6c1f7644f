import { type AnswerValue, fillQuickScan, type Policy, workflowIdFor } from '@waardenpoort/domain';
import { randomUUID } from 'node:crypto';
import { bareDecide, bareProjectWorkflow, barePing } from './bare/workflows';
import { type BenchContext, newSampler } from './context';
import { type CpuReport, cpuTable } from './cpu';
import { traceLastUpdates, traceTable, type TraceStep } from './gate-trace';
import { expectStatus, PEOPLE } from './http';
import { awaitFirstTask, bareInput } from './intake';
import { fmt, pool, progress, rounded, summarize, type Summary } from './stats';
import { TARGETS } from './targets';

/** Parking sensors that count cars: no personal data; route quick-scan → decision (test/support LOW_RISK). */
export function lowRiskAnswers(policy: Policy): Record<string, AnswerValue> {
  return fillQuickScan(policy, { 'public-space-sensors': true });
}

export interface GateResult {
  decisions: number;
  /** Decision over HTTP until the answer (read from the read model) shows it */
  waardenpoortMs: Summary;
  /** Bare Update with the same activities (planAfter + publishTransition), then the read model row read */
  bareMs: Summary;
  /** Bare Update that does nothing: Temporal's own round trip */
  bareNoopMs: Summary;
  ratioP99: number;
  ratioP50: number;
  target: string;
  met: boolean;
  cpu: CpuReport;
  /** Where the time goes: history gaps of the last Update of each side (issue 21) */
  breakdown: { waardenpoort: TraceStep[]; bare: TraceStep[] };
}

const DECISION = { outcome: 'approved' as const, rationale: 'Akkoord: geen persoonsgegevens, laag risico.' };

/**
 * Benchmark 2. Set-up (not measured): projects registered and quick-scanned LOW_RISK over HTTP, so the decision is
 * the open step; as many bare workflows. Then one decision at a time, interleaved: bare no-op Update, bare decide,
 * Waardenpoort decide, so machine noise falls on all three alike.
 */
export async function benchGate(
  ctx: BenchContext,
  opts: { n: number; concurrency: number; warmup: number },
): Promise<GateResult> {
  const total = opts.n + opts.warmup;
  ctx.log(`\n2. Gate round trip: ${opts.n} decisions per side (+${opts.warmup} warm-up), one at a time`);
  const answers = lowRiskAnswers(ctx.policy);

  const ids: string[] = [];
  const setup = progress('gate: set-up, register + quick-scan', total);
  await pool(
    Array.from({ length: total }, (_, i) => i),
    opts.concurrency,
    async (i) => {
      const reg = await ctx.api.request<{ id: string }>('POST', '/api/v1/projects', PEOPLE.owner, {
        title: `Parkeersensoren ${i}`,
        summary: 'Sensoren die bezette parkeervakken tellen; geen persoonsgegevens.',
        department: 'Bench gate',
        technologies: ['sensor'],
        plannedStart: '2027-05-01',
      });
      expectStatus(reg, 201, 'POST /api/v1/projects');
      const scan = await ctx.api.request<{ gates: Array<{ gate: string; state: string }> }>(
        'POST',
        `/api/v1/projects/${reg.body.id}/quick-scan`,
        PEOPLE.owner,
        { answers },
      );
      expectStatus(scan, 200, 'POST quick-scan');
      if (scan.body.gates.find((g) => g.gate === 'portfolio-decision')?.state !== 'active') {
        throw new Error(`quick-scan of ${reg.body.id} did not route to the decision`);
      }
      ids[i] = reg.body.id;
      setup.increment();
    },
  );
  setup.stop();

  const bareIds: string[] = [];
  const bareSetup = progress('gate: set-up, bare workflows', total);
  await pool(
    Array.from({ length: total }, (_, i) => i),
    opts.concurrency,
    async (i) => {
      const projectId = randomUUID();
      await ctx.client.workflow.start(bareProjectWorkflow, {
        taskQueue: ctx.bareQueue,
        workflowId: workflowIdFor(projectId),
        args: [bareInput(ctx.policy, projectId, 'Bench gate bare', i, false)],
      });
      if (!(await awaitFirstTask(ctx, projectId))) throw new Error(`bare workflow ${projectId} did not publish`);
      bareIds[i] = projectId;
      bareSetup.increment();
    },
  );
  bareSetup.stop();

  const w: number[] = [];
  const bare: number[] = [];
  const noop: number[] = [];
  const actor = { ...PEOPLE.alderman, email: `${PEOPLE.alderman.sub}@enschede.example` };
  const bar = progress('gate: decisions (no-op, bare, Waardenpoort)', total);
  let sampler = newSampler(ctx);
  for (let i = 0; i < total; i++) {
    if (i === opts.warmup) sampler = newSampler(ctx).start();
    const measured = i >= opts.warmup;
    const handle = ctx.client.workflow.getHandle(workflowIdFor(bareIds[i]));

    let t0 = performance.now();
    await handle.executeUpdate(barePing, { args: [] });
    if (measured) noop.push(performance.now() - t0);

    t0 = performance.now();
    await handle.executeUpdate(bareDecide, { args: [{ actor, ...DECISION }] });
    const row: Array<{ status: string }> = await ctx.appDb.query(`SELECT status FROM project WHERE id = $1`, [
      bareIds[i],
    ]);
    if (measured) bare.push(performance.now() - t0);
    if (row[0]?.status !== 'in-use') throw new Error(`bare decision on ${bareIds[i]} not in the read model`);

    const res = await ctx.api.request<{ status: string }>(
      'POST',
      `/api/v1/projects/${ids[i]}/decision`,
      PEOPLE.alderman,
      { ...DECISION, adviceResponses: [] },
    );
    expectStatus(res, 200, 'POST decision');
    if (res.body.status !== 'in-use') throw new Error(`decision on ${ids[i]}: answer shows ${res.body.status}`);
    if (measured) w.push(res.ms);
    bar.increment();
  }
  bar.stop();
  const cpu = sampler.stop();

  const measuredIds = (list: string[]): string[] => list.slice(opts.warmup);
  const breakdown = {
    waardenpoort: await traceLastUpdates(ctx.client, measuredIds(ids)),
    bare: await traceLastUpdates(ctx.client, measuredIds(bareIds)),
  };
  const ws = rounded(summarize(w));
  const bs = rounded(summarize(bare));
  const ratioP99 = Math.round((ws.p99 / bs.p99) * 100) / 100;
  const result: GateResult = {
    decisions: opts.n,
    waardenpoortMs: ws,
    bareMs: bs,
    bareNoopMs: rounded(summarize(noop)),
    ratioP99,
    ratioP50: Math.round((ws.p50 / bs.p50) * 100) / 100,
    target: `Waardenpoort p99 ≤ ${TARGETS.gateP99Ratio} × bare p99`,
    met: ratioP99 <= TARGETS.gateP99Ratio,
    cpu,
    breakdown,
  };
  const line = (label: string, s: Summary): string =>
    `  ${label.padEnd(46)} p50 ${fmt(s.p50).padStart(7)} ms  p95 ${fmt(s.p95).padStart(7)} ms  p99 ${fmt(s.p99).padStart(7)} ms  max ${fmt(s.max).padStart(7)} ms`;
  ctx.log(line('Waardenpoort POST …/decision (answer = read model)', ws));
  ctx.log(line('bare Update planAfter + publishTransition + read', bs));
  ctx.log(line('bare Update, no activity (Temporal floor)', result.bareNoopMs));
  ctx.log(
    `  ratio p99 Waardenpoort / bare: ${ratioP99} (target ≤ ${TARGETS.gateP99Ratio}: ${result.met ? 'met' : 'MISSED'}); p50 ratio ${result.ratioP50}`,
  );
  ctx.log(traceTable('Waardenpoort decision', breakdown.waardenpoort));
  ctx.log(traceTable('bare decide', breakdown.bare));
  ctx.log(cpuTable(cpu));
  return result;
}
