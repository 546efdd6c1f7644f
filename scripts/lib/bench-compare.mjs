// `npm run bench -- --stack`: the figures of one run on the dev server and one on npm run stack's Temporal, side by
// side, each with its ratio to bare Temporal on the same server and the target (bench/src/targets.ts).
import { writeFileSync } from 'node:fs';

const f = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const int = (n) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '–');
const yes = (met) => (met === undefined ? '–' : met ? 'met' : 'missed');

/** The rows of one run: [label, figure, ratio or detail, met]. */
function rows(r) {
  const out = new Map();
  const i = r.intake;
  if (i) {
    const w = i.variants.find((v) => v.variant === 'waardenpoort');
    const b = i.variants.find((v) => v.variant === 'bare');
    out.set('1 intake', [
      `${f(w?.perSecond)} /s (bare ${f(b?.perSecond)} /s)`,
      `× ${f(i.ratio, 2)} of bare (by CPU ${f(i.cpuRatio, 2)})`,
      i.met,
    ]);
  }
  const g = r.gate;
  if (g) {
    out.set('2 gate round trip', [
      `p50 ${f(g.waardenpoortMs.p50)} / p99 ${f(g.waardenpoortMs.p99)} ms (bare p99 ${f(g.bareMs.p99)}, floor p50 ${f(g.bareNoopMs.p50)})`,
      `p99 × ${f(g.ratioP99, 2)} of bare; p50 × ${f(g.waardenpoortMs.p50 / g.bareNoopMs.p50, 2)} of the floor`,
      g.met,
    ]);
  }
  const m = r.monitoring;
  if (m)
    out.set(`3 monitoring (${int(m.data.projects)} projects)`, [
      `list p95 ${f(m.projectsP95)} ms; pipeline ${f(m.pipelineP95)} ms`,
      '(PostgreSQL only)',
      m.met,
    ]);
  const o = r.openProjects;
  if (o)
    for (const p of o.phases)
      out.set(`4 ${int(p.openProjects)} open projects`, [
        `reminder p99 ${f(p.reminders.latenessMs.p99)} ms; worker ${p.workerRssMiB.peak} MiB; Temporal ${p.temporalRssMiB?.peak ?? '–'} MiB`,
        `bare timers p99 ${f(p.bare.reminders.latenessMs.p99)} ms`,
        p.met,
      ]);
  const a = r.auditVerify;
  if (a) out.set('5 audit verification', [`${int(a.eventsPerSecond)} events/s`, '(PostgreSQL only)', a.met]);
  const w = r.whatIf;
  if (w) out.set('6 what-if', [w.runs.map((x) => `${x.format} ${x.seconds} s`).join(', '), '(PostgreSQL only)', w.met]);
  for (const e of r.errors ?? []) out.set(`${e.benchmark} failed`, [e.message.slice(0, 120), '', false]);
  return out;
}

/** Writes bench/results/<stamp>-stack-comparison.md and answers its text. */
export function compare(dev, stack, file) {
  const a = rows(dev);
  const b = rows(stack);
  const lines = [
    `# Waardenpoort benchmarks on two Temporal servers — ${dev.startedAt.slice(0, 19).replace('T', ' ')} UTC (${dev.mode})`,
    '',
    `Dev server: \`temporal server start-dev\` (one process, SQLite in memory). Stack: \`npm run stack\`'s Temporal`,
    `(frontend, history, matching and worker as four processes on PostgreSQL, ${stack.temporal?.address ?? '?'}).`,
    `Load average at the start ${dev.machine.loadAverageAtStart.join(' ')} and ${stack.machine.loadAverageAtStart.join(' ')}.`,
    `Ratios are to bare Temporal on the same server.`,
    '',
    '| benchmark | dev server | ratio | | stack | ratio | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const [x1, r1, m1] = a.get(key) ?? ['–', '', undefined];
    const [x2, r2, m2] = b.get(key) ?? ['–', '', undefined];
    lines.push(`| ${key} | ${x1} | ${r1} | ${yes(m1)} | ${x2} | ${r2} | ${yes(m2)} |`);
  }
  const text = `${lines.join('\n')}\n`;
  writeFileSync(file, text);
  return text;
}
