import type { Client } from '@temporalio/client';
import { workflowIdFor } from '@waardenpoort/domain';
import { fmt, summarize } from './stats';

/**
 * Benchmark 2's breakdown of one gate action from Temporal's own history timestamps (issue 21): from the workflow
 * task that accepts the Update to the one that completes it, each step's gap (workflow task scheduled → started →
 * completed, activity scheduled → started → completed, local activity markers). The gaps are named by the step they
 * end, so "planAfter started" is the dispatch of that activity to a poller and "planAfter completed" its run.
 */
export interface TraceStep {
  step: string;
  p50: number;
  p95: number;
}

interface RawEvent {
  eventType?: unknown;
  eventTime?: { seconds?: unknown; nanos?: unknown } | null;
  activityTaskScheduledEventAttributes?: { activityType?: { name?: string | null } | null } | null;
  markerRecordedEventAttributes?: { markerName?: string | null } | null;
}

const TYPES: Record<number, string> = {
  5: 'WFT scheduled',
  6: 'WFT started',
  7: 'WFT completed',
  10: 'scheduled',
  11: 'started',
  12: 'completed',
  25: 'marker',
  40: 'upsert search attributes',
  41: 'Update accepted',
  43: 'Update completed',
  47: 'Update admitted',
};

function ms(e: RawEvent): number {
  const t = e.eventTime;
  return Number(t?.seconds ?? 0) * 1000 + Number(t?.nanos ?? 0) / 1e6;
}

function typeName(e: RawEvent): string {
  const raw = e.eventType;
  if (typeof raw === 'number') return TYPES[raw] ?? `event ${raw}`;
  return String(raw).replace(/^EVENT_TYPE_/, '');
}

/** The steps of the last Update in one history, each as [label, gap to the step before in ms]. */
function lastUpdateSteps(events: RawEvent[]): Array<[string, number]> {
  let accepted = -1;
  for (let i = events.length - 1; i >= 0; i--) {
    if (typeName(events[i]) === 'Update accepted') {
      accepted = i;
      break;
    }
  }
  if (accepted < 0) return [];
  // The workflow task that accepted it starts the round trip: go back to its "scheduled".
  let start = accepted;
  while (start > 0 && typeName(events[start]) !== 'WFT scheduled') start--;
  const activities = new Map<number, string>();
  const out: Array<[string, number]> = [];
  let prev = ms(events[start]);
  const occurrence = new Map<string, number>();
  for (let i = start; i < events.length; i++) {
    const e = events[i];
    let label = typeName(e);
    const name = e.activityTaskScheduledEventAttributes?.activityType?.name;
    if (name) activities.set(i + 1, name); // event ids are 1-based
    if (label === 'scheduled' || label === 'started' || label === 'completed') {
      const act = name ?? [...activities.values()].at(-1) ?? '?';
      label = `${act} ${label}`;
    }
    if (label === 'marker') label = `marker ${e.markerRecordedEventAttributes?.markerName ?? ''}`.trim();
    const n = (occurrence.get(label) ?? 0) + 1;
    occurrence.set(label, n);
    if (n > 1) label = `${label} #${n}`;
    out.push([label, ms(e) - prev]);
    prev = ms(e);
    if (label.startsWith('Update completed')) break;
  }
  return out;
}

/** The median and p95 of each step over the projects' last Update, in the order of the first history. */
export async function traceLastUpdates(client: Client, projectIds: string[]): Promise<TraceStep[]> {
  const byStep = new Map<string, number[]>();
  const order: string[] = [];
  for (const id of projectIds) {
    const history = await client.workflow.getHandle(workflowIdFor(id)).fetchHistory();
    for (const [step, gap] of lastUpdateSteps(history.events ?? [])) {
      if (!byStep.has(step)) {
        byStep.set(step, []);
        order.push(step);
      }
      byStep.get(step)?.push(gap);
    }
  }
  return order.map((step) => {
    const s = summarize(byStep.get(step) ?? []);
    return { step, p50: Math.round(s.p50 * 10) / 10, p95: Math.round(s.p95 * 10) / 10 };
  });
}

export function traceTable(title: string, steps: TraceStep[]): string {
  const total = steps.reduce((s, x) => s + x.p50, 0);
  const lines = steps.map((x) => `    ${x.step.padEnd(44)} +${fmt(x.p50).padStart(7)} ms  (p95 ${fmt(x.p95)} ms)`);
  return [`  ${title} (history gaps, p50; sum of p50s ${fmt(total)} ms)`, ...lines].join('\n');
}
