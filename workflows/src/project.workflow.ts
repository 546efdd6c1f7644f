import {
  defineQuery,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
  condition,
} from '@temporalio/workflow';
import {
  initialSnapshot,
  openGate,
  type ProjectActivities,
  type ProjectSnapshot,
  type ProjectWorkflowInput,
} from '@waardenpoort/domain';
import { searchAttributesOf } from './search-attributes';

export const projectStateQuery = defineQuery<ProjectSnapshot>('projectState');

const { planDeadline, recordProjectState } = proxyActivities<ProjectActivities>({
  // Both are quick local work (a calendar lookup, one small transaction); a minute covers a slow database.
  startToCloseTimeout: '1 minute',
  // The read model must eventually catch up, however long PostgreSQL is away: retry without a limit, backing off.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** One workflow per technology project: carries it through the ethics gates. */
export async function projectWorkflow(input: ProjectWorkflowInput): Promise<ProjectSnapshot> {
  const info = workflowInfo();
  let state = initialSnapshot(input, { workflowId: info.workflowId, runId: info.runId });
  setHandler(projectStateQuery, () => state);

  const openedAt = new Date().toISOString();
  const dueAt = await planDeadline({ from: openedAt, spec: input.deadlines.quickScan });
  state = openGate(state, {
    gate: 'quick-scan',
    assigneeRole: 'case-owner',
    assigneeSub: input.caseOwner.sub,
    at: openedAt,
    dueAt,
  });
  await publish(state);

  // The quick-scan is answered through an Update that the lifecycle adds; until then the project waits here.
  await condition(() => state.status !== 'active');
  return state;
}

async function publish(state: ProjectSnapshot): Promise<void> {
  upsertSearchAttributes(searchAttributesOf(state));
  await recordProjectState(state);
}
