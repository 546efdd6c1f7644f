import {
  AUDIT_VERIFY_BATCH_SIZE,
  AuditRepository,
  createDataSource,
  loadCheckpointKeys,
  verifyAuditTrail,
  writeCheckpoint,
} from '@waardenpoort/persistence';
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { type BenchContext, newSampler } from './context';
import { type CpuReport, cpuTable } from './cpu';
import { fmtInt, progress } from './stats';
import { TARGETS, thousands } from './targets';

export interface AuditVerifyResult {
  events: number;
  projects: number;
  ok: boolean;
  seconds: number;
  eventsPerSecond: number;
  batchSize: number;
  /** Worker threads, each on its own connection */
  parallel: number;
  target: string;
  met: boolean;
  cpu: CpuReport;
  /** With --profile: the functions of this process that took the most CPU during verify */
  profile?: ProfileSummary;
  /**
   * The same verification held against its witnesses (issue 15): one signed checkpoint over every chain head (written
   * first, timed), then `verifyAuditTrail` with every head pinned (no workflows: the bulk data has none).
   */
  witnesses?: { checkpointSeconds: number; seconds: number; eventsPerSecond: number; ok: boolean; pins: number };
}

export interface ProfileSummary {
  file: string;
  topFunctions: Array<{ fn: string; selfMs: number; share: number }>;
  byPackage: Array<{ pkg: string; selfMs: number; share: number }>;
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function and per package (node_modules/<pkg>, our libs, node internals) of a V8 CPU profile. */
export function summarizeProfile(profile: CpuProfile, file: string): ProfileSummary {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const fnTime = new Map<string, number>();
  const pkgTime = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const node = byNode.get(id);
    if (!node) return;
    total += us;
    const { functionName, url, lineNumber } = node.callFrame;
    const short = url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '');
    const fn = `${functionName || '(anonymous)'} ${short ? `${short.split('/').slice(-2).join('/')}:${lineNumber + 1}` : ''}`;
    fnTime.set(fn, (fnTime.get(fn) ?? 0) + us);
    const pkg = !url
      ? functionName.startsWith('(')
        ? functionName
        : '(native)'
      : url.includes('/node_modules/')
        ? (/\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? 'node_modules')
        : url.startsWith('node:')
          ? 'node internals'
          : (/\/(libs\/[^/]+|apps\/[^/]+|workflows|bench)\//.exec(url)?.[1] ?? url);
    pkgTime.set(pkg, (pkgTime.get(pkg) ?? 0) + us);
  });
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => ({
        k,
        selfMs: Math.round(us / 1000),
        share: Math.round((us / Math.max(total, 1)) * 1000) / 10,
      }));
  return {
    file,
    topFunctions: top(fnTime, 12).map(({ k, ...rest }) => ({ fn: k, ...rest })),
    byPackage: top(pkgTime, 10).map(({ k, ...rest }) => ({ pkg: k, ...rest })),
  };
}

function post<T>(session: Session, method: string): Promise<T> {
  return new Promise((resolve, reject) =>
    session.post(method, (err, result) => (err ? reject(err) : resolve(result as T))),
  );
}

/**
 * Benchmark 5: AuditRepository.verify over every chain of the bulk-loaded database (valid hash chains), as
 * `npm run audit:verify` runs it (one connection, default batch size). With `profile`, this process is profiled
 * (V8 inspector) while it verifies.
 */
export async function benchAuditVerify(
  ctx: BenchContext,
  opts: { url: string; profile: boolean },
): Promise<AuditVerifyResult> {
  // As `npm run audit:verify` does: a worker thread per core, each on its own connection, one snapshot.
  const parallel = Math.min(8, availableParallelism());
  ctx.log(`\n5. Audit verification throughput (AuditRepository.verify over every chain, ${parallel} threads)`);
  const ds = createDataSource({ url: opts.url, poolSize: 1, applicationName: 'waardenpoort-bench-verify' });
  await ds.initialize();
  const session = opts.profile ? new Session() : null;
  try {
    if (session) {
      session.connect();
      await post(session, 'Profiler.enable');
      await post(session, 'Profiler.start');
    }
    let bar: ReturnType<typeof progress> | null = null;
    const sampler = newSampler(ctx).start();
    const t0 = performance.now();
    const result = await new AuditRepository(ds).verify({
      parallel,
      onProgress: (done, total) => {
        bar ??= progress('audit verify', total);
        bar.update(done);
      },
    });
    const seconds = (performance.now() - t0) / 1000;
    (bar as ReturnType<typeof progress> | null)?.stop();
    const cpu = sampler.stop();
    let profile: ProfileSummary | undefined;
    if (session) {
      const { profile: raw } = await post<{ profile: CpuProfile }>(session, 'Profiler.stop');
      const file = join(ctx.tmpDir, 'audit-verify.cpuprofile');
      writeFileSync(file, JSON.stringify(raw));
      profile = summarizeProfile(raw, file);
    }
    const eventsPerSecond = Math.round(result.events / seconds);
    const out: AuditVerifyResult = {
      events: result.events,
      projects: result.projects,
      ok: result.ok,
      seconds: Math.round(seconds * 100) / 100,
      eventsPerSecond,
      batchSize: AUDIT_VERIFY_BATCH_SIZE,
      parallel,
      target: `≥ ${thousands(TARGETS.auditEventsPerSecond)} events/s`,
      met: result.ok && eventsPerSecond >= TARGETS.auditEventsPerSecond,
      cpu,
      ...(profile ? { profile } : {}),
    };
    ctx.log(
      `  ${fmtInt(result.events)} events in ${fmtInt(result.projects)} chains: ${result.ok ? 'all hold' : 'BROKEN'}, ${out.seconds} s → ${fmtInt(eventsPerSecond)} events/s (target ≥ ${thousands(TARGETS.auditEventsPerSecond)}/s: ${out.met ? 'met' : 'MISSED'})`,
    );
    if (profile) {
      ctx.log(`  profile of the verifying process (${profile.file}):`);
      for (const p of profile.byPackage) ctx.log(`    ${p.pkg.padEnd(40)} ${String(p.share).padStart(5)} %`);
      for (const f of profile.topFunctions.slice(0, 8))
        ctx.log(`    ${f.fn.padEnd(70)} ${String(f.share).padStart(5)} %`);
    }
    ctx.log(cpuTable(cpu));

    // With witnesses: a checkpoint over all heads, then the same pass with every head pinned.
    const keys = loadCheckpointKeys(
      { signingKey: null, publicKey: null, devKeyFile: join(ctx.tmpDir, 'bench-checkpoint-key.pem') },
      true,
    );
    const checkpointDir = join(ctx.tmpDir, 'bench-checkpoints');
    const c0 = performance.now();
    const checkpoint = await writeCheckpoint({ dataSource: ds, dir: checkpointDir, keys });
    const checkpointSeconds = (performance.now() - c0) / 1000;
    const w0 = performance.now();
    const witnessed = await verifyAuditTrail(new AuditRepository(ds), {
      parallel,
      checkpointDir,
      keys,
      workflowHeads: { heads: new Map(), asked: 0, unanswered: 0, error: null },
    });
    const witnessSeconds = (performance.now() - w0) / 1000;
    out.witnesses = {
      checkpointSeconds: Math.round(checkpointSeconds * 100) / 100,
      seconds: Math.round(witnessSeconds * 100) / 100,
      eventsPerSecond: Math.round(witnessed.events / witnessSeconds),
      ok: witnessed.ok,
      pins: checkpoint?.heads.length ?? 0,
    };
    ctx.log(
      `  with witnesses: checkpoint over ${fmtInt(out.witnesses.pins)} heads written in ${out.witnesses.checkpointSeconds} s; ` +
        `verify with every head pinned: ${witnessed.ok ? 'all hold' : 'BROKEN'}, ${out.witnesses.seconds} s → ${fmtInt(out.witnesses.eventsPerSecond)} events/s`,
    );
    return out;
  } finally {
    session?.disconnect();
    await ds.destroy();
  }
}
