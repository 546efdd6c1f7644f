import type { ProjectSnapshot, ProjectWorkflowInput } from '@waardenpoort/domain';

/**
 * The project workflow's signature (type `PROJECT_WORKFLOW_TYPE`): what a client starts and what a handle returns.
 * The workflow package implements it (`projectWorkflow satisfies ProjectWorkflow` is checked there), so a client
 * types its starts without loading workflow code.
 */
export type ProjectWorkflow = (input: ProjectWorkflowInput) => Promise<ProjectSnapshot>;
