import type { Client } from '@temporalio/client';
import { AUDIT_HEAD_QUERY, PROJECT_WORKFLOW_TYPE, UUID_PATTERN, type AuditHead } from '@waardenpoort/domain';

/** One Query at a time per slot; a closed workflow is replayed by a worker to answer. */
const CONCURRENCY = 8;
const QUERY_DEADLINE_MS = 10_000;
const WORKFLOW_ID = new RegExp(`^project-(${UUID_PATTERN.source.slice(1, -1)})$`, 'i');

export interface ProjectWorkflowHeads {
  heads: Map<string, AuditHead>;
  asked: number;
  unanswered: number;
  error: string | null;
}

/**
 * Asks every project workflow on `taskQueue` (open or closed, as long as Temporal keeps its history) for the audit
 * chain head it holds. Temporal is the witness here: its state and history are out of reach of the owner of the
 * application's database. A workflow that does not answer (no worker, a timeout) is counted, not guessed.
 */
export async function projectWorkflowHeads(
  client: Client,
  taskQueue: string,
  onlyProject?: string,
): Promise<ProjectWorkflowHeads> {
  const ids = new Set<string>();
  const query =
    `WorkflowType = '${PROJECT_WORKFLOW_TYPE}' AND TaskQueue = '${taskQueue.replace(/'/g, "''")}'` +
    (onlyProject ? ` AND WorkflowId = 'project-${onlyProject.toLowerCase()}'` : '');
  for await (const w of client.workflow.list({ query })) {
    // Runs continued as new share the workflow id; the latest run answers for all of them.
    if (WORKFLOW_ID.test(w.workflowId)) ids.add(w.workflowId);
  }
  const out: ProjectWorkflowHeads = { heads: new Map(), asked: ids.size, unanswered: 0, error: null };
  const queue = [...ids];
  const worker = async (): Promise<void> => {
    for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
      const workflowId = id;
      try {
        const head = await client.connection.withDeadline(Date.now() + QUERY_DEADLINE_MS, () =>
          client.workflow.getHandle(workflowId).query<AuditHead | null>(AUDIT_HEAD_QUERY),
        );
        const projectId = WORKFLOW_ID.exec(workflowId)?.[1]?.toLowerCase();
        if (head && projectId) out.heads.set(projectId, { seq: head.seq, hash: head.hash });
      } catch (err) {
        out.unanswered += 1;
        out.error ??= `${workflowId}: ${(err as Error).message}`;
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}
