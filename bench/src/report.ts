import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditVerifyResult } from './audit-verify';
import type { CpuReport } from './cpu';
import type { MachineInfo } from './env';
import type { GateResult } from './gate';
import type { IntakeResult } from './intake';
import type { MonitoringResult } from './monitoring';
import type { OpenProjectsResult } from './open-projects';
import { fmt, fmtInt, type Summary } from './stats';
import { TARGETS, thousands } from './targets';
import type { WhatIfResult } from './what-if';

export interface BenchResults {
  startedAt: string;
  finishedAt: string;
  mode: 'quick' | 'default' | 'full';
  /** Where Temporal ran: the bench's own dev server (in memory), or npm run stack's services on PostgreSQL */
  temporal?: { kind: 'dev server' | 'stack'; address: string; namespace: string };
  machine: MachineInfo & { loadAverageAtEnd: number[] };
  settings: Record<string, unknown>;
  intake?: IntakeResult;
  gate?: GateResult;
  monitoring?: MonitoringResult;
  openProjects?: OpenProjectsResult;
  auditVerify?: AuditVerifyResult;
  whatIf?: WhatIfResult;
  errors: Array<{ benchmark: string; message: string }>;
}

const ok = (met: boolean | undefined): string => (met === undefined ? '–' : met ? '✅ met' : '❌ missed');
const ms = (v: number): string => `${fmt(v)} ms`;

function cpuMd(title: string, r: CpuReport | null | undefined): string[] {
  if (!r) return [];
  return [
    '',
    `<details><summary>CPU per process — ${title} (${r.wallSeconds} s wall, ${r.cores} cores = ${r.cores * 100} %)</summary>`,
    '',
    '| process | CPU s | % of one core | peak RSS MiB |',
    '| --- | ---: | ---: | ---: |',
    ...r.groups.map((g) => `| ${g.name} | ${g.cpuSeconds} | ${g.percentOfCore} | ${g.peakRssMiB || ''} |`),
    `| whole machine (all processes, also others') | ${fmt((r.machinePercentOfCore * r.wallSeconds) / 100)} | ${r.machinePercentOfCore} | |`,
    '',
    '</details>',
  ];
}

const lat = (s: Summary): string => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}`;

export function markdown(r: BenchResults): string {
  const m = r.machine;
  const out: string[] = [
    `# Waardenpoort benchmarks — ${r.startedAt.slice(0, 19).replace('T', ' ')} UTC (${r.mode})`,
    '',
    `Machine: ${m.cores} cores (${m.cpuModel}), ${m.memoryGiB} GiB, ${m.platform}; load average ${m.loadAverageAtStart.join(' ')} at start, ${m.loadAverageAtEnd.join(' ')} at end. Node ${m.node}, PostgreSQL ${m.postgres}, ${r.temporal?.kind === 'stack' ? `Temporal server as npm run stack's four services on PostgreSQL (${r.temporal.address}, namespace ${r.temporal.namespace}); CLI ${m.temporalCli.split('\n')[0]}` : `${m.temporalCli.split('\n')[0]} (dev server, in memory)`}. Commit ${m.commit}.`,
    '',
    '| # | benchmark | Waardenpoort | bare Temporal / reference | ratio | target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const i = r.intake;
  if (i) {
    const w = i.variants.find((v) => v.variant === 'waardenpoort');
    const b = i.variants.find((v) => v.variant === 'bare');
    out.push(
      `| 1 | intake throughput (${i.concurrency} concurrent); CPU per project | ${fmt(w?.perSecond ?? NaN)} projects/s; ${w?.cpuMsPerProject ?? '?'} ms | ${fmt(b?.perSecond ?? NaN)} projects/s; ${b?.cpuMsPerProject ?? '?'} ms | ${i.ratio} (by CPU ${i.cpuRatio}) | ≥ ${TARGETS.intakeRatio} | ${ok(i.met)} |`,
    );
  }
  const g = r.gate;
  if (g) {
    out.push(
      `| 2 | gate round trip p99 (p50) | ${ms(g.waardenpoortMs.p99)} (${ms(g.waardenpoortMs.p50)}) | ${ms(g.bareMs.p99)} (${ms(g.bareMs.p50)}) | ${g.ratioP99}; p50 ${fmt(g.waardenpoortMs.p50 / g.bareNoopMs.p50, 2)} × Temporal's floor (${ms(g.bareNoopMs.p50)}) | ≤ ${TARGETS.gateP99Ratio}; p50 ≤ ${TARGETS.gateP50FloorRatio} × floor | ${ok(g.met)} |`,
    );
  }
  const mo = r.monitoring;
  if (mo) {
    const worst = [...mo.variants].sort((a, b) => b.latencyMs.p95 - a.latencyMs.p95)[0];
    out.push(
      `| 3 | monitoring p95, ${fmtInt(mo.data.projects)} projects / ${fmtInt(mo.data.auditEvents)} events | list ${ms(mo.projectsP95)}; pipeline ${Number.isFinite(mo.pipelineP95) ? ms(mo.pipelineP95) : 'absent'} | worst: ${worst ? `${worst.path} ${ms(worst.latencyMs.p95)}` : '–'} | – | < ${TARGETS.monitoringP95Ms} ms | ${ok(mo.met)} |`,
    );
  }
  const o = r.openProjects;
  if (o) {
    const cells = o.phases
      .map(
        (p) =>
          `${fmtInt(p.openProjects)} open: p99 ${ms(p.reminders.latenessMs.p99)}, worker RSS ${p.workerRssMiB.peak} MiB`,
      )
      .join('; ');
    out.push(
      `| 4 | many open projects: reminder lateness p99, worker peak RSS | ${cells} | bare timers: ${o.phases.map((p) => `p99 ${ms(p.bare.reminders.latenessMs.p99)}, worker ${p.bare.workerRssMiB.peak} MiB`).join('; ')} | ${o.growth ? `RSS × ${o.growth.rssFactor}, p99 × ${o.growth.p99Factor}` : '–'} | < ${TARGETS.reminderLatenessP99Ms} ms, < ${TARGETS.workerRssMiB} MiB | ${ok(o.met)} |`,
    );
  }
  const a = r.auditVerify;
  if (a) {
    out.push(
      `| 5 | audit verification | ${fmtInt(a.eventsPerSecond)} events/s (${fmtInt(a.events)} in ${a.seconds} s)${a.witnesses ? `; with witnesses ${fmtInt(a.witnesses.eventsPerSecond)} events/s (checkpoint ${a.witnesses.checkpointSeconds} s)` : ''} | – | ${fmt(a.eventsPerSecond / TARGETS.auditEventsPerSecond, 2)} of target | ≥ ${thousands(TARGETS.auditEventsPerSecond)}/s | ${ok(a.met)} |`,
    );
  }
  const w6 = r.whatIf;
  if (w6) {
    const cell = w6.runs
      .map(
        (x) =>
          `${x.format.toUpperCase()} ${x.seconds} s (${fmtInt(x.projectsPerSecond)}/s), RSS +${x.rssMiB.growth} MiB`,
      )
      .join('; ');
    out.push(
      `| 6 | what-if of policy v${w6.draft.version} over ${fmtInt(w6.projects)} projects, streamed | ${cell} | – | ${fmt(w6.ratioToTarget, 2)} of target | < 60 s, heap kept < 200 MiB | ${ok(w6.met)} |`,
    );
  }
  for (const e of r.errors)
    out.push(`| ${e.benchmark} | failed | ${e.message.replace(/\|/g, '/').slice(0, 200)} | | | | ❌ |`);

  if (i) {
    out.push(
      '',
      '## 1. Intake throughput',
      '',
      '| variant | projects | s | projects/s | CPU ms per project | latency p50 / p95 / p99 ms |',
    );
    out.push('| --- | ---: | ---: | ---: | ---: | --- |');
    for (const v of i.variants)
      out.push(
        `| ${v.label} | ${v.projects} | ${v.seconds} | ${fmt(v.perSecond)} | ${v.cpuMsPerProject} | ${lat(v.latencyMs)} |`,
      );
    out.push('', 'Where a project’s time goes (medians, ms):', '', '| variant | stage | ms |', '| --- | --- | ---: |');
    for (const v of i.variants)
      for (const [stage, t] of Object.entries(v.stagesMs)) out.push(`| ${v.label} | ${stage} | ${fmt(t)} |`);
    for (const v of i.variants) out.push(...cpuMd(v.label, v.cpu));
  }
  if (g) {
    out.push(
      '',
      '## 2. Gate round trip',
      '',
      '| side | n | p50 / p95 / p99 ms | max ms |',
      '| --- | ---: | --- | ---: |',
    );
    out.push(
      `| Waardenpoort POST …/decision, answer read from the read model | ${g.decisions} | ${lat(g.waardenpoortMs)} | ${fmt(g.waardenpoortMs.max)} |`,
    );
    out.push(
      `| bare Update (planAfter + publishTransition) + read-model row | ${g.decisions} | ${lat(g.bareMs)} | ${fmt(g.bareMs.max)} |`,
    );
    out.push(
      `| bare Update without activities (Temporal's floor) | ${g.decisions} | ${lat(g.bareNoopMs)} | ${fmt(g.bareNoopMs.max)} |`,
    );
    out.push(...cpuMd('decisions', g.cpu));
  }
  if (mo) {
    out.push(
      '',
      '## 3. Monitoring at scale',
      '',
      `${fmtInt(mo.data.projects)} projects, ${fmtInt(mo.data.tasks)} tasks, ${fmtInt(mo.data.auditEvents)} audit events (valid hash chains) loaded with COPY in ${mo.data.loadSeconds} s. Pipeline endpoint: ${mo.pipelineEndpoint}.`,
      '',
      '| request | n | p50 / p95 / p99 ms | |',
      '| --- | ---: | --- | --- |',
      ...mo.variants.map(
        (v) =>
          `| GET ${v.path} | ${v.latencyMs.n} | ${lat(v.latencyMs)} | ${v.met ? '' : `> ${TARGETS.monitoringP95Ms} ms`} |`,
      ),
      '',
      '<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the statements behind them</summary>',
      '',
    );
    for (const p of mo.plans) {
      out.push(`**${p.label}** — execution ${p.executionMs === null ? '?' : `${fmt(p.executionMs)} ms`}`, '');
      out.push('```sql', p.sql.slice(0, 1500), '```', '```', p.plan, '```', '');
    }
    out.push('</details>', ...cpuMd('monitoring requests', mo.cpu));
  }
  if (o) {
    out.push(
      '',
      '## 4. Many open projects',
      '',
      `Reminders at ${o.reminderRatePerSecond}/s after all projects of a phase are open; the others have their reminder hours away. As many bare workflows (a timer, then publishTransition) run beside them on a bare worker process, their timers interleaved with the reminders. Worker cache: ${o.workerCache}. Idle worker RSS ${o.workerBaselineRssMiB} MiB.`,
      '',
      '| open at once | started (s, /s) | side | reminders fired | lateness p50 / p95 / p99 / max ms | timer wake p99 ms | worker RSS before → peak MiB | Temporal RSS MiB |',
      '| ---: | --- | --- | --- | --- | ---: | --- | --- |',
    );
    for (const p of o.phases) {
      const l = p.reminders.latenessMs;
      const b = p.bare.reminders.latenessMs;
      out.push(
        `| ${fmtInt(p.openProjects)} | ${fmtInt(p.startedInPhase)} (${p.startSeconds} s, ${fmt(p.startsPerSecond)}/s) | Waardenpoort | ${p.reminders.fired}/${p.reminders.planned} (${p.reminders.dueBeforeAllOpen} due before all were open; figures over ${p.reminders.basis}) | ${fmt(l.p50)} / ${fmt(l.p95)} / ${fmt(l.p99)} / ${fmt(l.max)} | ${fmt(p.reminders.wakeLatenessMs.p99)} | ${p.workerRssMiB.before} → ${p.workerRssMiB.peak} | ${p.temporalRssMiB.before} → ${p.temporalRssMiB.peak} |`,
        `| | | bare | ${p.bare.reminders.fired}/${p.bare.reminders.planned} | ${fmt(b.p50)} / ${fmt(b.p95)} / ${fmt(b.p99)} / ${fmt(b.max)} | ${fmt(p.bare.reminders.wakeLatenessMs.p99)} | ${p.bare.workerRssMiB.before} → ${p.bare.workerRssMiB.peak} | |`,
      );
    }
    if (o.growth)
      out.push(
        '',
        `Growth ${fmtInt(o.growth.fromProjects)} → ${fmtInt(o.growth.toProjects)} open: worker peak RSS × ${o.growth.rssFactor} (${o.growth.rssMiBPer1000} MiB per 1,000 more projects; bare ${o.growth.bareRssMiBPer1000}), reminder lateness p99 × ${o.growth.p99Factor}.`,
      );
    for (const p of o.phases) out.push(...cpuMd(`${fmtInt(p.openProjects)} open`, p.cpu));
  }
  if (a) {
    out.push(
      '',
      '## 5. Audit verification',
      '',
      `${fmtInt(a.events)} events in ${fmtInt(a.projects)} chains, ${a.ok ? 'all valid' : 'BROKEN'}: ${a.seconds} s, ${fmtInt(a.eventsPerSecond)} events/s (batch ${a.batchSize}, ${a.parallel ?? 1} threads, one snapshot).`,
    );
    if (a.profile) {
      out.push(
        '',
        '| self time by package | % |',
        '| --- | ---: |',
        ...a.profile.byPackage.map((p) => `| ${p.pkg} | ${p.share} |`),
      );
      out.push(
        '',
        '| function | % |',
        '| --- | ---: |',
        ...a.profile.topFunctions.map((f) => `| \`${f.fn}\` | ${f.share} |`),
      );
    }
    out.push(...cpuMd('audit verify', a.cpu));
  }
  if (w6) {
    out.push(
      '',
      '## 6. What-if over the portfolio',
      '',
      `\`POST /api/v1/policy/what-if\` with ${w6.draft.file} (policy ${w6.draft.id} version ${w6.draft.version}) as the draft, over ${fmtInt(w6.projects)} projects (${fmtInt(w6.routed)} with a quick-scan, each the route of an example kind under the deployed policy), read to the end. Verdicts: ${Object.entries(
        w6.verdicts,
      )
        .map(([v, n]) => `${v} ${fmtInt(n)}`)
        .join(', ')}. API high-water RSS ${w6.apiHighWaterMiB} MiB.`,
      '',
      '| format | s | first byte ms | projects/s | bytes | projects listed | API RSS before → peak MiB (growth) | heap in use after full GCs, max MiB (GCs) | |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | --- |',
      ...w6.runs.map(
        (x) =>
          `| ${x.format} | ${x.seconds} | ${fmtInt(x.firstByteMs)} | ${fmtInt(x.projectsPerSecond)} | ${fmtInt(x.bytes)} | ${fmtInt(x.rows)} | ${x.rssMiB.before} → ${x.rssMiB.peak} (+${x.rssMiB.growth}) | ${x.liveHeapMiB.max ?? '–'} (${x.liveHeapMiB.fullCollections}) | ${ok(x.met)} |`,
      ),
    );
    for (const x of w6.runs) out.push(...cpuMd(`what-if, ${x.format}`, x.cpu));
  }
  out.push('');
  return out.join('\n');
}

/** One JSON and one Markdown file per run. */
export function writeResults(dir: string, r: BenchResults): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const stamp = r.startedAt.replace(/[:]/g, '').replace(/\..*$/, '').replace('T', '-');
  const json = join(dir, `${stamp}-${r.mode}.json`);
  const md = join(dir, `${stamp}-${r.mode}.md`);
  writeFileSync(json, JSON.stringify(r, null, 1) + '\n');
  writeFileSync(md, markdown(r));
  return { json, md };
}
