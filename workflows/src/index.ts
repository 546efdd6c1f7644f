import type { ProjectWorkflow } from '@waardenpoort/contracts';
import type { projectWorkflow } from './project.workflow';

export * from './project.workflow';
export * from './policy-activation.workflow';
export * from './search-attributes';

/** Fails to compile when the workflow no longer has the signature clients start it with (libs/contracts). */
export type ImplementsContract<T extends ProjectWorkflow> = T;
export type ProjectWorkflowImplementation = ImplementsContract<typeof projectWorkflow>;
