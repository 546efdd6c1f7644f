import {
  Client,
  Connection,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  POLICY_ACTIVATION_WORKFLOW_TYPE,
  policyActivationWorkflowId,
  type PolicyActivationInput,
} from '@waardenpoort/domain';
import { waardenpoortDataConverter } from './payload-codec';
import type { TemporalSettings } from './project-workflows';
import { tracingClientInterceptors } from './tracing';

const START_DEADLINE_MS = 8_000;

/** Starts the durable delivery of an activation's re-assessment requests (workflows/src/policy-activation.workflow.ts). */
export class PolicyActivationWorkflows {
  constructor(
    private readonly client: Client,
    private readonly settings: TemporalSettings,
  ) {}

  /** Idempotent: the workflow id is the activation's, and a delivery already under way is left to go on. */
  async start(activationId: string): Promise<{ workflowId: string; started: boolean }> {
    const workflowId = policyActivationWorkflowId(activationId);
    const input: PolicyActivationInput = { activationId };
    try {
      await this.client.connection.withDeadline(Date.now() + START_DEADLINE_MS, () =>
        this.client.workflow.start(POLICY_ACTIVATION_WORKFLOW_TYPE, {
          workflowId,
          taskQueue: this.settings.taskQueue,
          args: [input],
          // A delivery that ended with requests still pending (it failed) may be started again; a running one not.
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        }),
      );
      return { workflowId, started: true };
    } catch (err) {
      if (err instanceof WorkflowExecutionAlreadyStartedError) return { workflowId, started: false };
      throw err;
    }
  }
}

/**
 * How a project's workflow answered an Update. A refusal is final (the validator or the handler said no with its
 * code, or the workflow is closed); anything else (a deadline passed, the connection broke) leaves it unknown.
 */
export type UpdateAnswer = { kind: 'refused'; code: string; message: string } | { kind: 'unknown'; message: string };

export function updateAnswerOf(err: unknown): UpdateAnswer {
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    return { kind: 'refused', code: err.cause.type ?? 'refused', message: err.cause.message };
  }
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof WorkflowNotFoundError || /already completed|not found/i.test(message)) {
    return { kind: 'refused', code: 'project-closed', message: 'the workflow no longer takes actions' };
  }
  return { kind: 'unknown', message };
}

/** A Temporal client outside Nest (the worker's delivery activity), with the API's data converter. */
export function createTemporalClient(options: { address: string; namespace: string }): Client {
  return new Client({
    connection: Connection.lazy({ address: options.address, connectTimeout: '3s' }),
    namespace: options.namespace,
    dataConverter: waardenpoortDataConverter,
    interceptors: tracingClientInterceptors(),
  });
}
