import { initialSnapshot, type Policy, type ProjectRegistration, workflowIdFor } from '@waardenpoort/domain';
import { randomUUID } from 'node:crypto';
import { bareProjectWorkflow, type BareInput } from './bare/workflows';
import { type BenchContext, mergeCpu, newSampler } from './context';
import { type CpuReport, cpuTable, settle } from './cpu';
import { expectStatus, PEOPLE } from './http';
import { fmt, pool, progress, rounded, sleep, summarize, type Summary } from './stats';
import { TARGETS } from './targets';

/** How the API waits for the first task (apps/api FirstTaskWaiter): one query for all waiting every 40 ms, 5 s. */
const FIRST_TASK_WAIT_MS = 5_000;
const FIRST_TASK_POLL_MS = 40;

export const INTAKE_VARIANTS = ['waardenpoort', 'bare', 'bare-with-policy-input', 'bare-start-only'] as const;
export type IntakeVariant = (typeof INTAKE_VARIANTS)[number];

const VARIANT_LABEL: Record<IntakeVariant, string> = {
  waardenpoort: 'Waardenpoort POST /api/v1/projects',
  bare: 'bare: start + wait for first task',
  'bare-with-policy-input': 'bare + 60 KB policy in the input',
  'bare-start-only': 'bare: start only, then drain',
};

interface Sample {
  id: string;
  sent: number;
  started: number | null;
  done: number;
  firstTaskVisible: boolean;
}

export interface IntakeVariantResult {
  variant: IntakeVariant;
  label: string;
  projects: number;
  seconds: number;
  perSecond: number;
  /** Per project, request sent → answer (or → first task visible, for the bare sides), ms */
  latencyMs: Summary;
  /** Medians (ms) of where each project's time went, from client clocks and the rows' timestamps */
  stagesMs: Record<string, number>;
  /** Answers that already showed the first task (the API waits up to 5 s for it) */
  firstTaskInAnswer: number;
  /** CPU of our processes (API, workers, Temporal, our PostgreSQL backends, the bench) per project, ms */
  cpuMsPerProject: number;
  cpu: CpuReport | null;
}

export interface IntakeResult {
  concurrency: number;
  rounds: number;
  variants: IntakeVariantResult[];
  /** Waardenpoort ÷ bare (start + wait for the first task), projects per second. Target: TARGETS.intakeRatio. */
  ratio: number;
  ratioVsStartOnly: number;
  /**
   * Bare CPU per project ÷ Waardenpoort CPU per project: the throughput ratio a machine that does nothing else
   * would show, less sensitive to other load on a shared machine than the measured ratio.
   */
  cpuRatio: number;
  target: string;
  met: boolean;
}

function registration(i: number, department: string): ProjectRegistration {
  return {
    title: `Benchmarkproject ${i}`,
    summary: 'Sensoren die drukte meten op het Oude Markt-plein; geen persoonsgegevens.',
    department,
    technologies: ['sensor'],
    plannedStart: '2027-05-01',
  };
}

/** The input of the bare workflow for a new project; `ballast` adds the policy the real input carries. */
export function bareInput(policy: Policy, projectId: string, department: string, i: number, ballast: boolean) {
  const registeredAt = new Date().toISOString();
  const caseOwner = { ...PEOPLE.owner, email: `${PEOPLE.owner.sub}@enschede.example` };
  const input: BareInput = {
    snapshot: initialSnapshot(
      { projectId, registration: registration(i, department), caseOwner, registeredAt, policy },
      { workflowId: workflowIdFor(projectId), runId: '' },
    ),
    timing: policy.gates['quick-scan'],
    reevaluation: policy.reevaluation.low,
    ...(ballast ? { ballast: policy } : {}),
  };
  return input;
}

/** Waits on the read model for open tasks the way the API does: every waiting project in one query per 40 ms. */
class FirstTaskWaiter {
  private readonly waiting = new Map<string, Array<(visible: boolean) => void>>();
  private readonly deadlines = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: BenchContext) {}

  wait(projectId: string): Promise<boolean> {
    return new Promise((resolve) => {
      this.waiting.set(projectId, [...(this.waiting.get(projectId) ?? []), resolve]);
      this.deadlines.set(projectId, Date.now() + FIRST_TASK_WAIT_MS);
      this.timer ??= setTimeout(() => void this.poll(), FIRST_TASK_POLL_MS);
    });
  }

  private async poll(): Promise<void> {
    const ids = [...this.waiting.keys()];
    const rows: Array<{ project_id: string }> = await this.ctx.appDb.query(
      `SELECT DISTINCT project_id::text FROM task WHERE project_id = ANY($1::uuid[]) AND status = 'open'`,
      [ids],
    );
    const open = new Set(rows.map((r) => r.project_id));
    const now = Date.now();
    for (const id of ids) {
      const visible = open.has(id);
      if (!visible && now < (this.deadlines.get(id) ?? 0)) continue;
      for (const resolve of this.waiting.get(id) ?? []) resolve(visible);
      this.waiting.delete(id);
      this.deadlines.delete(id);
    }
    this.timer = this.waiting.size > 0 ? setTimeout(() => void this.poll(), FIRST_TASK_POLL_MS) : null;
  }
}

const waiters = new WeakMap<BenchContext, FirstTaskWaiter>();

/** Waits until the project's first task is in the read model (false after 5 s), as the API does. */
export async function awaitFirstTask(ctx: BenchContext, projectId: string): Promise<boolean> {
  let waiter = waiters.get(ctx);
  if (!waiter) {
    waiter = new FirstTaskWaiter(ctx);
    waiters.set(ctx, waiter);
  }
  return waiter.wait(projectId);
}

async function runWaardenpoort(ctx: BenchContext, from: number, n: number, concurrency: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const bar = progress('intake: Waardenpoort over HTTP', n);
  await pool(
    Array.from({ length: n }, (_, k) => from + k),
    concurrency,
    async (i) => {
      const sent = Date.now();
      const res = await ctx.api.request<{ id: string; openTasks: unknown[] }>(
        'POST',
        '/api/v1/projects',
        PEOPLE.owner,
        registration(i, 'Bench intake'),
        { 'idempotency-key': `bench-${ctx.runId}-${i}` },
      );
      const done = Date.now();
      expectStatus(res, 201, 'POST /api/v1/projects');
      samples.push({ id: res.body.id, sent, started: null, done, firstTaskVisible: res.body.openTasks.length > 0 });
      bar.increment();
    },
  );
  bar.stop();
  return samples;
}

async function runBare(
  ctx: BenchContext,
  from: number,
  n: number,
  concurrency: number,
  ballast: boolean,
  startOnly: boolean,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const bar = progress(`intake: ${VARIANT_LABEL[ballast ? 'bare-with-policy-input' : 'bare']}`, n);
  await pool(
    Array.from({ length: n }, (_, k) => from + k),
    concurrency,
    async (i) => {
      const projectId = randomUUID();
      const input = bareInput(ctx.policy, projectId, ballast ? 'Bench bare ballast' : 'Bench bare', i, ballast);
      const sent = Date.now();
      await ctx.client.workflow.start(bareProjectWorkflow, {
        taskQueue: ctx.bareQueue,
        workflowId: workflowIdFor(projectId),
        args: [input],
      });
      const started = Date.now();
      const visible = startOnly ? false : await awaitFirstTask(ctx, projectId);
      samples.push({ id: projectId, sent, started, done: Date.now(), firstTaskVisible: visible });
      bar.increment();
    },
  );
  bar.stop();
  if (startOnly) {
    // Everything started; the run ends when the worker has published every first task.
    const ids = samples.map((s) => s.id);
    const drain = progress('intake: bare start-only, draining', n);
    for (;;) {
      const rows: Array<{ n: number }> = await ctx.appDb.query(
        `SELECT count(DISTINCT project_id)::int AS n FROM task WHERE project_id = ANY($1::uuid[]) AND status = 'open'`,
        [ids],
      );
      const visible = rows[0]?.n ?? 0;
      drain.update(visible);
      if (visible >= ids.length) break;
      await sleep(50);
    }
    drain.stop();
    const end = Date.now();
    for (const s of samples) s.done = end;
  }
  return samples;
}

/** Where each project's time went, from the client's clock and the timestamps PostgreSQL and the workflow wrote. */
async function stages(ctx: BenchContext, samples: Sample[], api: boolean): Promise<Record<string, number>> {
  const rows: Array<{ id: string; registered: number; opened: number | null; recorded: number | null }> =
    await ctx.appDb.query(
      `SELECT p.id::text AS id,
              extract(epoch FROM p.registered_at) * 1000 AS registered,
              extract(epoch FROM (SELECT (g->>'openedAt')::timestamptz FROM jsonb_array_elements(p.gates) g
                                   WHERE g->>'gate' = 'quick-scan')) * 1000 AS opened,
              extract(epoch FROM (SELECT min(a.recorded_at) FROM audit_event a WHERE a.project_id = p.id)) * 1000
                AS recorded
         FROM project p WHERE p.id = ANY($1::uuid[])`,
      [samples.map((s) => s.id)],
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const acc: Record<string, number[]> = {};
  const add = (k: string, v: number): void => {
    if (Number.isFinite(v)) (acc[k] ??= []).push(v);
  };
  for (const s of samples) {
    const r = byId.get(s.id);
    if (!r || r.opened === null || r.recorded === null) continue;
    const registered = Number(r.registered);
    const opened = Number(r.opened);
    const recorded = Number(r.recorded);
    if (api) add('request → API calls Temporal (auth, validation, policy, idempotency key)', registered - s.sent);
    add(
      api ? 'API calls start → workflow runs its first task' : 'client calls start → workflow runs its first task',
      opened - (api ? registered : s.sent),
    );
    add('workflow → first transition written (planTask + publishTransition)', recorded - opened);
    add(
      api ? 'written → answer (commit, API polls the read model, reads it)' : 'written → seen (commit, client polls)',
      s.done - recorded,
    );
  }
  return Object.fromEntries(Object.entries(acc).map(([k, v]) => [k, Math.round(summarize(v).p50 * 10) / 10]));
}

function variantResult(
  variant: IntakeVariant,
  samples: Sample[],
  seconds: number,
  stagesMs: Record<string, number>,
  cpu: CpuReport | null,
): IntakeVariantResult {
  return {
    variant,
    label: VARIANT_LABEL[variant],
    projects: samples.length,
    seconds: Math.round(seconds * 100) / 100,
    perSecond: Math.round((samples.length / seconds) * 10) / 10,
    latencyMs: rounded(summarize(samples.map((s) => s.done - s.sent))),
    stagesMs,
    firstTaskInAnswer: samples.filter((s) => s.firstTaskVisible).length,
    cpuMsPerProject: cpu
      ? Math.round(
          (cpu.groups.filter((g) => g.name !== 'postgres (all processes)').reduce((t, g) => t + g.cpuSeconds, 0) *
            1000) /
            samples.length,
        )
      : Number.NaN,
    cpu,
  };
}

/**
 * Benchmark 1. Waardenpoort and bare run in alternating rounds (W, bare, then bare, W, ...) so that the load of other
 * processes on the machine falls on both alike; the reference variants (bare + policy, bare start-only) run in
 * rounds of their own after them.
 */
export async function benchIntake(
  ctx: BenchContext,
  opts: { n: number; concurrency: number; rounds: number; warmup: number; variants?: readonly IntakeVariant[] },
): Promise<IntakeResult> {
  ctx.log(
    `\n1. Intake throughput: ${opts.n} projects per side, ${opts.concurrency} at a time, ${opts.rounds} alternating rounds`,
  );
  // Warm-up: connections, JIT, the workflow bundles' first load; not measured.
  await runWaardenpoort(ctx, 1_000_000, opts.warmup, opts.concurrency);
  await runBare(ctx, 1_000_000, opts.warmup, opts.concurrency, false, false);

  const variants = opts.variants ?? INTAKE_VARIANTS;
  const collected = new Map<IntakeVariant, { samples: Sample[]; seconds: number; cpu: CpuReport[] }>(
    variants.map((v) => [v, { samples: [], seconds: 0, cpu: [] }]),
  );
  const run = (v: IntakeVariant, from: number, n: number): Promise<Sample[]> =>
    v === 'waardenpoort'
      ? runWaardenpoort(ctx, from, n, opts.concurrency)
      : runBare(ctx, from, n, opts.concurrency, v === 'bare-with-policy-input', v === 'bare-start-only');
  const perRound = Math.ceil(opts.n / opts.rounds);
  const measure = async (v: IntakeVariant, r: number, n: number): Promise<void> => {
    const sampler = newSampler(ctx).start();
    const t0 = performance.now();
    const samples = await run(v, r * perRound, n);
    const seconds = (performance.now() - t0) / 1000;
    // The CPU of a variant includes what its projects still cost after the last answer (their last workflow
    // task, Temporal's visibility writes): measured until the machine is quiet, before the next variant starts.
    await settle(ctx.cores);
    const c = collected.get(v);
    if (!c) return;
    const cpu = sampler.stop();
    c.cpu.push(cpu);
    const ms =
      (cpu.groups.filter((g) => g.name !== 'postgres (all processes)').reduce((t, g) => t + g.cpuSeconds, 0) * 1000) /
      n;
    const latency = summarize(samples.map((s) => s.done - s.sent));
    ctx.log(
      `  round ${r + 1}, ${VARIANT_LABEL[v]}: ${fmt(n / seconds)} projects/s, ${fmt(ms, 0)} ms CPU each, ` +
        `latency p50 ${fmt(latency.p50, 0)} ms, p95 ${fmt(latency.p95, 0)} ms`,
    );
    c.samples.push(...samples);
    c.seconds += seconds;
  };
  // The pair the ratio compares runs first, its order flipped every round (W then bare, bare then W, ...), so that
  // neither side always runs right after the other. The reference variants follow in rounds of their own: the
  // after-effects of their bursts (a hundred starts at once, 60 KB inputs) then fall on neither side of the ratio.
  const pair: IntakeVariant[] = variants.filter((v) => v === 'waardenpoort' || v === 'bare');
  const references = variants.filter((v) => !pair.includes(v));
  for (const group of [pair, references]) {
    for (let r = 0; r < opts.rounds; r++) {
      const n = Math.min(perRound, opts.n - r * perRound);
      if (n <= 0) break;
      for (const v of r % 2 === 0 ? group : [...group].reverse()) await measure(v, r, n);
    }
  }

  const results: IntakeVariantResult[] = [];
  for (const v of variants) {
    const c = collected.get(v);
    if (!c) continue;
    const st = v === 'bare-start-only' ? {} : await stages(ctx, c.samples, v === 'waardenpoort');
    results.push(variantResult(v, c.samples, c.seconds, st, mergeCpu(c.cpu)));
  }
  const rate = (v: IntakeVariant): number => results.find((r) => r.variant === v)?.perSecond ?? Number.NaN;
  const ratio = Math.round((rate('waardenpoort') / rate('bare')) * 100) / 100;
  const result: IntakeResult = {
    concurrency: opts.concurrency,
    rounds: opts.rounds,
    variants: results,
    ratio,
    ratioVsStartOnly: Math.round((rate('waardenpoort') / rate('bare-start-only')) * 100) / 100,
    cpuRatio:
      Math.round(
        ((results.find((r) => r.variant === 'bare')?.cpuMsPerProject ?? Number.NaN) /
          (results.find((r) => r.variant === 'waardenpoort')?.cpuMsPerProject ?? Number.NaN)) *
          100,
      ) / 100,
    target: `Waardenpoort ≥ ${TARGETS.intakeRatio} × bare`,
    met: ratio >= TARGETS.intakeRatio,
  };
  printIntake(ctx, result);
  return result;
}

function printIntake(ctx: BenchContext, r: IntakeResult): void {
  for (const v of r.variants) {
    ctx.log(
      `  ${v.label.padEnd(40)} ${fmt(v.perSecond).padStart(7)} projects/s  ${String(v.cpuMsPerProject).padStart(4)} ms CPU each  latency p50 ${fmt(v.latencyMs.p50, 0)} ms, p95 ${fmt(v.latencyMs.p95, 0)} ms, p99 ${fmt(v.latencyMs.p99, 0)} ms`,
    );
    for (const [stage, ms] of Object.entries(v.stagesMs))
      ctx.log(`      ${stage.padEnd(78)} ${fmt(ms).padStart(8)} ms`);
  }
  const w = r.variants.find((v) => v.variant === 'waardenpoort');
  if (w) ctx.log(`  answers that showed the first task: ${w.firstTaskInAnswer}/${w.projects}`);
  ctx.log(
    `  ratio Waardenpoort / bare: ${r.ratio} (target ≥ ${TARGETS.intakeRatio}: ${r.met ? 'met' : 'MISSED'}); / bare start-only: ${r.ratioVsStartOnly}; by CPU per project: ${r.cpuRatio}`,
  );
  for (const v of r.variants) if (v.cpu) ctx.log(`  [${v.label}]\n${cpuTable(v.cpu)}`);
}
