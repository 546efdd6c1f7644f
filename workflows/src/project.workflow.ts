import { allHandlersFinished, condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import {
  actionCountsOf,
  carriedForReevaluation,
  contributorsOf,
  gateOf,
  initialSnapshot,
  isClosed,
  policyLimits,
  type ProjectSnapshot,
  type ProjectWorkflowInput,
  type TimerEntry,
} from '@waardenpoort/domain';
import * as defs from '@waardenpoort/contracts';
import { plainCopy } from './activities';
import { ProjectRun } from './project-run';
import { RecentUpdates, setUpdateHandlers } from './updates';

export { BOUNDED_ACTIVITIES } from './activities';

/** How often a project that needs attention retries the step on its own. */
const ATTENTION_RETRY_MS = 60 * 60 * 1000;

/**
 * One workflow per technology project: carries it through the ethics gates, for months or years. The rules are the
 * domain's (`decide`); this shell turns Updates and timers into commands, runs the effects and continues as new.
 */
export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectSnapshot> {
  const info = workflowInfo();
  const first: ProjectSnapshot = input.carriedOver
    ? { ...input.carriedOver, runId: info.runId, policy: { id: input.policy.id, version: input.policy.version } }
    : initialSnapshot(input, { workflowId: info.workflowId, runId: info.runId });
  // A snapshot carried over from a run before these fields existed: derive what it still shows.
  first.contributors = contributorsOf(first);
  first.actionCounts = actionCountsOf(first);
  const run = new ProjectRun(input, first);
  const recent = new RecentUpdates(input.recentUpdates);

  // Handlers: all registered before the first await.
  setHandler(defs.projectStateQuery, () => run.s);
  setHandler(defs.auditHeadQuery, () => run.s.auditHead ?? null);
  setUpdateHandlers(run, recent);

  const mode = !input.carriedOver ? 'registered' : input.continuedFor === 'history' ? 'history' : 'reevaluation';
  await run.run({ type: 'start', mode });
  await run.publish();

  /** A closed project with transitions still parked waits for them to be written before it ends. */
  const finished = (): boolean =>
    isClosed(run.s) && gateOf(run.s, 'council-information').state !== 'active' && run.parked.length === 0;

  for (;;) {
    if (historyTooLong()) {
      // Temporal suggests a fresh run (or the run reached the policy's bound): let the Updates in flight finish,
      // write what they changed, and carry the whole state (its chain head included) into the next run.
      await condition(allHandlersFinished);
      await run.publishing;
      await continueAsNew<typeof projectWorkflow>({
        ...input,
        policy: run.policy,
        carriedOver: plainCopy(run.s),
        continuedFor: 'history',
        recentUpdates: recent.carried(),
        parkedTransitions: run.parked.length > 0 ? run.parked : undefined,
      });
    }
    if (finished()) break;
    const next: TimerEntry | undefined =
      run.s.heldAt === null
        ? run.s.timers.filter((t) => !t.fired).sort((a, b) => a.at.localeCompare(b.at))[0]
        : undefined;
    const seen = run.changes;
    const retrying = run.parked.length > 0;
    let waitMs = next ? Math.max(0, Date.parse(next.at) - Date.now()) : undefined;
    if (retrying) waitMs = Math.min(waitMs ?? ATTENTION_RETRY_MS, ATTENTION_RETRY_MS);
    const woke = () => run.changes !== seen || finished();
    if (waitMs === undefined) {
      await condition(woke);
      continue;
    }
    if (await condition(woke, waitMs)) continue;
    if (retrying && (!next || Date.parse(next.at) > Date.now())) {
      // The hourly retry of a step that needs attention: a publish sends what is parked first.
      await run.publish();
      continue;
    }
    if (!next) continue;
    if (next.kind === 'reevaluation') {
      await run.publishing;
      const carried = carriedForReevaluation(run.s, next.id);
      await continueAsNew<typeof projectWorkflow>({
        ...input,
        policy: await run.loadActivePolicy(),
        carriedOver: carried,
        ...(input.continuedFor ? { continuedFor: 'reevaluation' as const } : {}),
        ...(recent.size > 0 ? { recentUpdates: recent.carried() } : {}),
        // Always said, so what an earlier run parked and this one wrote is not carried again.
        parkedTransitions: run.parked.length > 0 ? run.parked : undefined,
      });
    }
    await fireDue();
  }
  await run.publishing;
  return run.s;

  /**
   * Whether this run should continue as new: Temporal suggests it (history length or size), or the run has more
   * events than the policy's limits.historyEvents. Behind a patch: histories recorded before it never did this.
   */
  function historyTooLong(): boolean {
    const current = workflowInfo();
    const due = current.continueAsNewSuggested || current.historyLength >= policyLimits(run.policy).historyEvents;
    return due && patched('continue-as-new-on-history');
  }

  async function fireDue(): Promise<void> {
    const due = run.s.timers.filter((t) => !t.fired && Date.parse(t.at) <= Date.now() && t.kind !== 'reevaluation');
    for (const timer of due) await run.run({ type: 'timer-fired', timer });
    await run.run({ type: 'timers-swept' });
    await run.publish();
  }
}
